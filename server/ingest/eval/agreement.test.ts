import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, readSecondReading, type SecondReading } from './agreement';
import type { GoldArticle } from './gold';
import { f1 } from './score';

const person = (name: string) => ({ name, aliases: [] });
const gold: GoldArticle[] = [
  {
    articleId: 'article:a',
    text: '',
    published: '2024-03-14',
    persons: [person('Ali Ben Salah'), person('Jean Dupont')],
    organizations: [],
    countries: ['BE', 'MA'],
    meetings: [{ id: 'meeting:m', date: '2024-03-11', persons: [person('Ali Ben Salah'), person('Jean Dupont')], organizations: [], topics: ['terrorism'] }],
  },
];
const sameReading = (extra: SecondReading['articles'][number]['meetings'] = []): SecondReading => ({
  articles: [
    {
      article: 'article:a',
      persons: ['Ali Ben Salah', 'Jean Dupont'],
      organizations: [],
      countries: ['MA', 'BE'],
      meetings: [{ date: '2024-03-11', country: 'MA', persons: ['Ali Ben Salah', 'Jean Dupont'], organizations: [], topics: ['terrorism'] }, ...extra],
    },
  ],
});

describe('two curators’ agreement', () => {
  it('is complete when the second reading states what the corpus facts state', () => {
    const result = agreement(sameReading(), gold);
    expect(f1(result.counts.meetings).f1).toBe(1);
    expect(f1(result.counts.persons).f1).toBe(1);
    expect(result.dates).toEqual({ found: 1, right: 1 });
  });

  it('counts a meeting only the second curator saw against its precision', () => {
    const result = agreement(sameReading([{ date: '2023', country: 'MA', persons: ['Ali Ben Salah', 'Paul Martin'], organizations: [], topics: [] }]), gold);
    expect(result.counts.meetings).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('refuses a second reading whose topic is outside the vocabulary, naming where', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'second-')), 'second.yaml');
    writeFileSync(file, 'articles:\n  - article: article:a\n    meetings:\n      - country: MA\n        topics: [ public_order ]\n');
    expect(() => readSecondReading(file)).toThrow(/topics/);
  });
});
