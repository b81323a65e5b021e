/**
 * The same two people meeting twice, as an article recalls an earlier visit,
 * with a pronoun, a misspelt name and a month without a day. A short text
 * written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../reading/dates';
import { createMemoryStore } from '../../store/memory/memory-store';
import { proposeFacts } from './propose';

describe('an earlier meeting recalled', () => {
  it('reads "en juin 2022" as a month', () => {
    expect(findDateExpressions('Il s’était rendu en juin 2022 aux Etats-Unis.', { value: '2023-02', precision: 'month', from: 'x' })).toMatchObject([
      { value: '2022-06', precision: 'month', quote: 'juin 2022' },
    ]);
  });

  it('keeps two meetings of the same people apart when their dates disagree, "il" being the one just named and a misspelt name the same person', async () => {
    const p = await proposeFacts(
      ' date 2023-02 Christopher Wray, le patron du FBI américain, se trouve au Maroc. Ce mardi 21 février, il a rencontré Abdellatif Hammouchi, patron du pôle DGSN-DGST.\n\n' +
        'Abdellatif Hammouchi s’était rendu en juin 2022 aux Etats-Unis où il avait eu des entretiens avec Christopher Wary.',
      createMemoryStore(),
    );
    expect(p.persons.map((x) => x.name).sort()).toEqual(['Abdellatif Hammouchi', 'Christopher Wray']);
    expect(p.meetings.map((m) => m.date).sort()).toEqual(['2022-06', '2023-02-21']);
    for (const m of p.meetings) expect([...m.participants].sort()).toEqual(['Abdellatif Hammouchi', 'Christopher Wray']);
  });
});
