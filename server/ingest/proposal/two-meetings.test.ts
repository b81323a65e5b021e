/**
 * The same two people meeting twice, as an article recalls an earlier visit,
 * with a pronoun, a misspelt name and a month without a day. A short text
 * written for the test (never a test-split article).
 */
import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../reading/dates';
import { createMemoryStore } from '../../store/memory/memory-store';
import { acceptArticle } from '../acceptance/accept';
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

describe('another article’s headline', () => {
  it("does not read a linked headline ('Jean Dupont reçoit le directeur du FBI') in the body as this article's meeting", async () => {
    const p = await proposeFacts(
      ' date 2025-11-25 Le directeur général de la Sûreté nationale, Jean Dupont, a reçu, ce mardi 25 novembre, le chef de la police des Nations unies, Pierre Martin.\n\n' +
        'Jean Dupont a reçu le directeur du FBI, Paul Durand, à Rabat\n\nLes deux responsables ont évoqué la coopération.',
      createMemoryStore(),
    );
    expect(p.meetings).toHaveLength(1);
  });
});

describe('two agencies meeting again', () => {
  it('does not take an undated, unplaced meeting of two agencies for the one the graph holds from another year', async () => {
    const store = createMemoryStore();
    await acceptArticle(store, " date 2025-12-02 AFRIPOL a tenu sa réunion à Alger, en Algérie, du 2 au 4 décembre 2025. La réunion a rassemblé les délégations de la Gendarmerie royale et d'INTERPOL.");
    const p = await proposeFacts("Prenant la parole devant la troisième Assemblée générale d'AFRIPOL, INTERPOL a souligné la nécessité de travailler côte à côte.", store);
    expect(p.meetings.find((m) => m.status === 'known')).toBeUndefined();
  });
});
