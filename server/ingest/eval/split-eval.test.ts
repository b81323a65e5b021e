import { expect, it } from 'vitest';
import { evaluateSplit } from './split-eval';

const text = [
  'Coopération policière',
  '',
  "Le directeur général de la Sûreté nationale, Abdellatif Hammouchi, a reçu ce lundi à Rabat le commissaire général de la police fédérale belge, Eric Snoek.",
  '',
  'Les deux responsables ont évoqué la lutte contre le terrorisme.',
].join('\n');

const person = (name: string) => ({ name, aliases: [] });

it('dates an article whose text gives no date from its page, as the researcher does in the review dialog, and scores its meeting’s date', async () => {
  const result = await evaluateSplit([
    {
      articleId: 'article:undated',
      text,
      published: '2024-03-14',
      persons: [person('Abdellatif Hammouchi'), person('Eric Snoek')],
      organizations: [],
      countries: ['BE', 'MA'],
      meetings: [{ id: 'meeting:m', date: '2024-03-11', persons: [person('Abdellatif Hammouchi'), person('Eric Snoek')], organizations: [], topics: ['terrorism'] }],
    },
  ]);
  expect(result.notes[0]?.lines).toContain('(the text gives no date: dated 2024-03-14 as the researcher would, from the page)');
  expect(result.dates).toEqual({ found: 1, right: 1 });
});
