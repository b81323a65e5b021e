/** The contract's writes (graph-store-contract.ts runs them last): what a write adds is there afterwards, and nothing else. */
import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../contract/requests';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { GraphStore } from '../graph-store';

/** `current` gives the store the suite opened on the seed graph. */
export function writesContract(current: () => GraphStore) {
  describe('writes', () => {
    const source = { articleId: 'article:004-hammouchi-etats-unis', quote: 'Christopher Wray' };

    it('adds what it is given: a new person, their membership and its quote are there afterwards', async () => {
      const store = current();
      const before = await store.health();
      const person = { type: 'Person' as const, id: 'person:contract-new', label: 'Contract Newcomer', name: 'Contract Newcomer', aliases: [], titles: [] };
      const edge = { id: 'contract-new-member', type: 'MEMBER_OF' as const, source: person.id, target: 'org:fbi', title: 'Agent', sources: [source] };
      await store.writeFacts({ nodes: [person], edges: [edge], articles: [] });
      expect(await store.health()).toMatchObject({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
      const details = await store.node(person.id);
      expect(details.neighbours.map((n) => n.node.id)).toEqual(['org:fbi']);
      expect(details.sources.map((s) => s.quote)).toEqual(['Christopher Wray']);
      expect((await store.search(searchQuery.parse({ q: 'Contract Newcomer' })))[0]?.id).toBe(person.id);
    });

    it('refuses a relationship whose end is missing, and writes nothing of that batch', async () => {
      const store = current();
      const before = await store.health();
      const person = { type: 'Person' as const, id: 'person:contract-orphan', label: 'Orphan', name: 'Orphan', aliases: [], titles: [] };
      const edge = { id: 'contract-orphan-member', type: 'MEMBER_OF' as const, source: person.id, target: 'org:nowhere', title: 'Agent', sources: [source] };
      const error = await store.writeFacts({ nodes: [person], edges: [edge], articles: [] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidQueryError);
      expect(await store.health()).toEqual(before);
      await expect(store.node(person.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('keeps the fields a partial record leaves out: the FBI written again without acronym or country is still "FBI" of the US', async () => {
      const store = current();
      const [fbi] = (await store.search(searchQuery.parse({ q: 'fbi' }))).filter((h) => h.id === 'org:fbi');
      expect(fbi).toBeDefined();
      const partial = { type: 'Organization' as const, id: 'org:fbi', label: 'Federal Bureau of Investigation', name: 'Federal Bureau of Investigation', aliases: [], kind: 'police' as const };
      const known = (await store.node('org:fbi')).node;
      await store.writeFacts({ nodes: [partial], edges: [], articles: [] });
      expect((await store.node('org:fbi')).node).toEqual({ ...known, ...partial });
      expect((await store.node('org:fbi')).node).toMatchObject({ acronym: 'FBI' });
      expect((await store.search(searchQuery.parse({ q: 'fbi' })))[0]?.id).toBe('org:fbi');
    });

    it('gives the JSON of a record as it is after a write changed it, not as it was first serialised', async () => {
      const store = current();
      const before = (await store.node('person:william-burns')).node;
      if (before.type !== 'Person') throw new Error('William Burns is a person in the seed');
      expect(store.recordJson(before)).toBe(JSON.stringify(before));
      await store.writeFacts({ nodes: [{ ...before, aliases: [...before.aliases, 'Bill Burns'] }], edges: [], articles: [] });
      const after = (await store.node('person:william-burns')).node;
      expect(store.recordJson(after)).toBe(JSON.stringify(after));
      expect(JSON.parse(store.recordJson(after))).toMatchObject({ aliases: expect.arrayContaining(['Bill Burns']) });
    });
  });
}
