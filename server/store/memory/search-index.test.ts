import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../contract/model';
import { searchQuery } from '../../contract/requests';
import { createSearchIndex } from './search-index';

const person = (id: string, name: string, aliases: string[] = []): GraphNode => ({ type: 'Person', id, label: name, name, aliases, titles: [] });
const article = (id: string, title: string): GraphNode => ({ type: 'Article', id, label: title, title, published: '2024-12', precision: 'month' });

function indexOf(nodes: GraphNode[]) {
  const index = createSearchIndex();
  index.add(nodes);
  return (q: string, extra: Record<string, string> = {}) => index.search(searchQuery.parse({ q, ...extra }));
}

describe('searching names', () => {
  const search = indexOf([
    article('article:1', 'Hammouchi en visite de travail en Belgique'),
    person('person:hammouchi', 'Abdellatif Hammouchi'),
    person('person:bostyn', 'Francisca Bostyn', ['Francesca Posten']),
    person('person:haines', 'Avril Haines', ['Avril Hainse']),
  ]);

  it('puts the person named before an article whose long title mentions them', () => {
    expect(search('Hammouchi').map((hit) => hit.id)).toEqual(['person:hammouchi', 'article:1']);
  });

  it('requires every word, completing only the last one', () => {
    expect(search('Avril Hai').map((hit) => hit.id)).toEqual(['person:haines']);
    expect(search('Avr Haines')).toEqual([]);
  });

  it('says which name matched, aliases and typos included', () => {
    expect(search('posten')[0]).toMatchObject({ id: 'person:bostyn', matched: 'Francesca Posten' });
    expect(search('Bostin')[0]).toMatchObject({ id: 'person:bostyn', matched: 'Francisca Bostyn' });
  });

  it('tries typos only when nothing matches as typed', () => {
    // "haines" matches exactly; the one-edit neighbour "hainse" must not pull in a second pass.
    expect(search('Haines').map((hit) => hit.id)).toEqual(['person:haines']);
  });

  it('keeps to the requested types and limit', () => {
    expect(search('Hammouchi', { types: 'Article' }).map((hit) => hit.id)).toEqual(['article:1']);
    expect(search('Hammouchi', { limit: '1' }).map((hit) => hit.id)).toEqual(['person:hammouchi']);
  });
});

describe('updating the index', () => {
  it('forgets the old names of a node added again', () => {
    const index = createSearchIndex();
    index.add([person('person:x', 'Karim Benali')]);
    index.add([person('person:x', 'Karim Benhali')]);
    const search = (q: string) => index.search(searchQuery.parse({ q })).map((hit) => hit.id);
    expect(search('Benhali')).toEqual(['person:x']);
    expect(search('Karim')).toEqual(['person:x']);
    expect(index.size()).toBe(1);
  });
});
