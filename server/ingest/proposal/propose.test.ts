import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR, loadSeed } from '../../../graph-seed/load';
import type { Proposal } from '../../contract/proposal';
import type { GraphStore } from '../../store/graph-store';
import { createMemoryStore } from '../../store/memory/memory-store';
import { acceptArticle } from '../acceptance/accept';
import { proposeFacts } from './propose';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const seedArticle = (prefix: string) => {
  const dir = join(SEED_DIR, 'articles');
  return readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8');
};
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

async function seedStore(): Promise<GraphStore> {
  const store = createMemoryStore();
  await store.importGraph(loadSeed());
  return store;
}

/** Every quote a proposal carries, with what it supports. */
function quotes(p: Proposal): [string, string][] {
  return [
    ...p.persons.map((x) => [`person ${x.name}`, x.quote] as [string, string]),
    ...p.organizations.flatMap((x) => [[`org ${x.name}`, x.quote], ...(x.countryQuote ? [[`org country ${x.name}`, x.countryQuote]] : [])] as [string, string][]),
    ...p.meetings.flatMap((m) => [
      [`meeting ${m.key}`, m.quote],
      ...(m.dateQuote ? [[`date ${m.key}`, m.dateQuote]] : []),
      ...(m.placeQuote ? [[`place ${m.key}`, m.placeQuote]] : []),
      ...m.attendees.map((a) => [`attendee ${a.name}`, a.quote]),
      ...m.topicQuotes.map((t) => [`topic ${t.id}`, t.quote]),
      ...m.regionQuotes.map((r) => [`region ${r.id}`, r.quote]),
    ] as [string, string][]),
  ];
}

describe('proposing facts from the seed articles, against an empty graph', () => {
  let empty: GraphStore;
  beforeAll(() => {
    empty = createMemoryStore();
  });

  it('dates the Belgian visit "jeudi" in an article dated 2024-12 to December 2024, not to a day', async () => {
    const p = await proposeFacts(seedArticle('000'), empty);
    const visit = p.meetings.find((m) => m.participants.includes('Eric Snoek'))!;
    expect(visit).toMatchObject({ date: '2024-12', precision: 'month', country: 'BE' });
    expect(p.meetings.find((m) => m.participants.includes('Francisca Bostyn'))).toMatchObject({ date: '2024-11-25', precision: 'day', country: 'MA' });
  });

  it('keeps the three ambassadors in three meetings in Rabat on Wednesday 21 January 2026', async () => {
    const p = await proposeFacts(seedArticle('002'), empty);
    expect(p.meetings.map((m) => [m.date, m.city, m.participants])).toEqual([
      ['2026-01-21', 'Rabat', ['Abdellatif Hammouchi', 'Alex Pinfield']],
      ['2026-01-21', 'Rabat', ['Abdellatif Hammouchi', 'Branly Martial Oupolo']],
      ['2026-01-21', 'Rabat', ['Abdellatif Hammouchi', 'Shahabudeen Bin Adam']],
    ]);
    expect(p.persons.find((x) => x.name === 'Alex Pinfield')).toMatchObject({ country: 'GB', represents: true, title: 'Ambassadeur du Royaume-Uni à Rabat' });
  });

  it('lets agencies attend in Madrid when the article names no official, and keeps the bilateral and the tripartite apart', async () => {
    const p = await proposeFacts(seedArticle('003'), empty);
    expect(p.article).toMatchObject({ published: '2025-01-30', publisher: 'Challenge' });
    const tripartite = p.meetings.find((m) => m.kind === 'tripartite')!;
    expect(tripartite).toMatchObject({ date: '2025-01-28', dateEnd: '2025-01-29', city: 'Madrid', country: 'ES' });
    expect(tripartite.participants).toEqual(['Abdellatif Hammouchi']);
    expect(tripartite.organizations.sort()).toEqual(['Bundespolizei', 'Policía Nacional']);
    const bilateral = p.meetings.find((m) => m.kind === 'bilateral')!;
    expect(bilateral.organizations).toContain('Comisaría General de Información');
    expect(bilateral.topics).toEqual(expect.arrayContaining(['terrorism', 'radicalization', 'drug_trafficking', 'sports_event_security']));
  });

  it('meets Haines, Burns and Wray one by one on 13–14 June 2022 in the United States', async () => {
    const p = await proposeFacts(seedArticle('004'), empty);
    expect(p.meetings.map((m) => m.participants[1])).toEqual(['Avril Hainse', 'William Burns', 'Christopher Wray']);
    for (const m of p.meetings) expect(m).toMatchObject({ date: '2022-06-13', dateEnd: '2022-06-14', country: 'US' });
  });

  it('takes no fact from headline lists, "Lire aussi" links or what follows "Plus articles à lire"', async () => {
    const madrid = await proposeFacts(seedArticle('003'), empty);
    expect(madrid.organizations.map((o) => o.acronym)).not.toContain('FBI');
    expect(madrid.meetings.flatMap((m) => m.regions)).not.toContain('Sahara');
    const rabat = await proposeFacts(seedArticle('001'), empty);
    expect(JSON.stringify(rabat)).not.toMatch(/Mozambique|Frelimo|Chapo/);
    const emirats = await proposeFacts(fixture('emirats-2023.txt'), empty);
    expect(emirats.organizations.map((o) => o.name)).not.toContain('Guardia Civil');
  });

  it('says the article has no date rather than guessing one, and leaves "ce lundi" unresolved', async () => {
    const p = await proposeFacts(seedArticle('001'), empty);
    expect(p.article.published).toBeUndefined();
    expect(p.meetings[0]?.date).toBeUndefined();
    expect(p.warnings.join(' ')).toMatch(/no publication date/);
  });
});

describe('every quote is in the article', () => {
  const articles = [
    ...['000', '001', '002', '003', '004'].map((n) => [`seed ${n}`, seedArticle(n)]),
    ...readdirSync(FIXTURES).map((f) => [f, fixture(f)]),
  ];
  it.each(articles)('%s', async (_name, text) => {
    const p = await proposeFacts(text, createMemoryStore(), { date: '2024-11-25' });
    const all = quotes(p);
    expect(all.length).toBeGreaterThan(3);
    for (const [what, quote] of all) expect(text.includes(quote), `${what}: “${quote}”`).toBe(true);
  });
});

describe('resolving against what the graph holds', () => {
  it('resolves "Francesca Posten" to Francisca Bostyn, introduced by an earlier article, because both lead the Sûreté de l’État', async () => {
    const store = createMemoryStore();
    await acceptArticle(store, seedArticle('000'));
    const p = await proposeFacts(seedArticle('001'), store);
    const posten = p.persons.find((x) => x.name === 'Francesca Posten')!;
    expect(posten.status).toBe('known');
    expect(posten.match).toMatchObject({ name: 'Francisca Bostyn', reasons: expect.arrayContaining(['spelling variant', 'same organization']) });
    expect(posten.match!.score).toBeGreaterThan(0.7);
    expect(p.persons.find((x) => x.name === 'Abdel Latif Hammouchi')).toMatchObject({ status: 'known', match: { name: 'Abdellatif Hammouchi' } });
  });

  it('recognises the Rabat audience "ce lundi" as the 25 November 2024 visit already in the graph, a Monday', async () => {
    const p = await proposeFacts(seedArticle('001'), await seedStore());
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]).toMatchObject({ status: 'known', id: 'meeting:2024-11-25-rabat', date: '2024-11-25' });
    expect(p.meetings[0]!.match!.reasons).toContain('same weekday');
  });

  it('resolves an initial ("A. Hammouchi") and keeps a new FBI director new', async () => {
    const text = ' date 2025-03-10 Le Directeur général de la Sûreté nationale, A. Hammouchi, a reçu lundi à Rabat le directeur du FBI, Kash Patel, pour des entretiens sur la lutte contre le terrorisme.';
    const p = await proposeFacts(text, await seedStore());
    expect(p.persons.map((x) => [x.name, x.status, x.match?.name])).toEqual([
      ['A. Hammouchi', 'known', 'Abdellatif Hammouchi'],
      ['Kash Patel', 'new', undefined],
    ]);
    expect(p.meetings[0]).toMatchObject({ date: '2025-03-10', city: 'Rabat', participants: ['A. Hammouchi', 'Kash Patel'] });
  });

  it('does not take a namesake in another agency for the same person', async () => {
    const store = await seedStore();
    const text = fixture('interpol-2024.txt').replace('Jürgen Stock', 'Eric Snoeck');
    const p = await proposeFacts(text, store);
    expect(p.persons.find((x) => x.name === 'Eric Snoeck')).toMatchObject({ status: 'new' });
  });

  it('marks the seed’s own agencies and people as known, with the graph’s ids', async () => {
    const p = await proposeFacts(seedArticle('003'), await seedStore());
    expect(p.organizations.filter((o) => o.status === 'new')).toEqual([]);
    expect(p.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(['org:dgsn', 'org:policia-nacional', 'org:bundespolizei']));
  });
});

describe('articles of the genre beyond the seed', () => {
  it('reads a visit to the Emirates: a minister named with "Cheikh", the Dubai police, and "Il a également rencontré"', async () => {
    const p = await proposeFacts(fixture('emirats-2023.txt'), createMemoryStore());
    expect(p.persons.map((x) => x.name)).toEqual(['Abdellatif Hammouchi', 'Saif bin Zayed Al Nahyan', 'Abdullah Khalifa Al Marri']);
    expect(p.organizations.map((o) => o.name)).toContain('Police de Dubaï');
    expect(p.organizations.find((o) => o.kind === 'ministry')).toMatchObject({ name: expect.stringMatching(/^Ministère de l'Intérieur \(Émirats/), country: 'AE' });
    expect(p.meetings.map((m) => [m.date, m.dateEnd, m.country, m.participants[1]])).toEqual([
      ['2023-03-06', '2023-03-08', 'AE', 'Saif bin Zayed Al Nahyan'],
      ['2023-03-06', '2023-03-08', 'AE', 'Abdullah Khalifa Al Marri'],
    ]);
    expect(p.meetings[0]!.city).toBe('Abu Dhabi');
  });

  it('dates "lundi" in an article of Tuesday 14 May 2024 to Monday 13 May, and carries the day to "Le même jour"', async () => {
    const p = await proposeFacts(fixture('interpol-2024.txt'), createMemoryStore());
    expect(p.meetings.map((m) => [m.date, m.city, m.kind, m.participants[1]])).toEqual([
      ['2024-05-13', 'Rabat', 'audience', 'Jürgen Stock'],
      ['2024-05-13', 'Rabat', 'audience', 'Mercedes González'],
    ]);
    expect(p.organizations.map((o) => o.acronym ?? o.name)).toEqual(expect.arrayContaining(['INTERPOL', 'Guardia Civil']));
    expect(p.meetings[1]!.topics).toEqual(['illegal_migration', 'drug_trafficking']);
  });

  it('reads "à l’invitation du directeur général …" as a host, and the publisher and date from "Publié dans"', async () => {
    const p = await proposeFacts(fixture('paris-2023.txt'), createMemoryStore());
    expect(p.article).toMatchObject({ publisher: 'Le Matin', published: '2023-10-06', title: 'Coopération sécuritaire : Hammouchi reçu à Paris par le patron de la DGSI' });
    expect(p.meetings[0]).toMatchObject({ date: '2023-10-03', dateEnd: '2023-10-04', city: 'Paris', country: 'FR', participants: ['Abdellatif Hammouchi', 'Nicolas Lerner'] });
    expect(p.meetings[0]!.attendees.find((a) => a.name === 'Nicolas Lerner')!.role).toBe('host');
    expect(p.organizations.map((o) => o.acronym)).toEqual(expect.arrayContaining(['DGSI', 'DGPN']));
  });

  it('follows another protagonist: a Belgian minister receiving "son homologue sénégalais"', async () => {
    const p = await proposeFacts(fixture('bruxelles-2025.txt'), createMemoryStore());
    expect(p.persons.map((x) => [x.name, x.country])).toEqual([
      ['Annelies Verlinden', 'BE'],
      ['Jean Baptiste Tine', 'SN'],
    ]);
    expect(p.meetings[0]).toMatchObject({ date: '2025-02', precision: 'month', city: 'Bruxelles', country: 'BE', kind: 'audience' });
    expect(p.meetings[0]!.topics).toEqual(['illegal_migration', 'human_trafficking', 'training', 'technical_assistance']);
  });

  it('seats a minister, a named director general and an agency whose commander is unnamed at one table in Lisbon', async () => {
    const p = await proposeFacts(fixture('lisbonne-2024.txt'), createMemoryStore());
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]).toMatchObject({
      date: '2024-06-18',
      city: 'Lisbonne',
      country: 'PT',
      participants: ['José Luís Carneiro', 'Leonardo Marcos'],
      organizations: ['Gendarmerie royale'],
    });
    expect(p.meetings[0]!.topics).toEqual(['sports_event_security', 'intelligence_sharing', 'terrorism', 'organized_crime']);
  });

  it('lets a delegation’s agency, the organiser and its chair attend a conference, and invents no name for an unnamed delegation head', async () => {
    const p = await proposeFacts(fixture('alger-2024.txt'), createMemoryStore());
    expect(p.meetings).toHaveLength(1);
    expect(p.meetings[0]).toMatchObject({ kind: 'multilateral', date: '2024-06-24', dateEnd: '2024-06-26', city: 'Alger', country: 'DZ' });
    expect(p.meetings[0]!.organizations).toEqual(['Direction générale de la Sûreté nationale', "Mécanisme de coopération policière de l'Union africaine"]);
    expect(p.meetings[0]!.participants).toEqual(['Jalel Chelba']);
    // Algeria's DGSN, told apart from Morocco's by "algérienne".
    expect(p.persons.find((x) => x.name === 'Ali Badaoui')).toMatchObject({ country: 'DZ', organization: 'Direction générale de la Sûreté nationale (Algérie)' });
  });

  it('reads "la directrice de …, X" with a lowercase particle in the name, and a Swiss capital in French', async () => {
    const text = " date 2024-09-12 La directrice de l'Office fédéral de la police, Nicoletta della Valle, a rencontré mardi à Berne le directeur du FBI, Christopher Wray, pour évoquer la lutte contre la cybercriminalité.";
    const p = await proposeFacts(text, createMemoryStore());
    expect(p.persons.map((x) => [x.name, x.organization, x.country])).toEqual([
      ['Nicoletta della Valle', 'Office fédéral de la police', 'CH'],
      ['Christopher Wray', 'Federal Bureau of Investigation', 'US'],
    ]);
    expect(p.meetings[0]).toMatchObject({ date: '2024-09-10', city: 'Berne', country: 'CH', topics: ['cybercrime'] });
  });
});
