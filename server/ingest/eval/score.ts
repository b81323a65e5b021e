/**
 * A proposal scored against the curated facts of its article, field by field.
 * People, agencies and countries are paired one to one. A curated meeting is
 * found by the proposed meeting that holds all the people it names (or, when
 * it names none, all its agencies); every proposed meeting left unpaired, a
 * one-party "meeting" included, counts against precision. Dates are right when
 * they agree at the curated precision; topics are compared meeting by meeting,
 * on the meetings found.
 */
import type { Proposal, ProposedMeeting } from '../../contract/proposal';
import type { GoldArticle, GoldMeeting } from './gold';
import { sameOrganization, samePerson } from './names';

/** What the scorer reads of a proposal: a pipeline's, or a second curator's reading (agreement.ts). */
export type ScoredMeeting = Pick<ProposedMeeting, 'date' | 'participants' | 'organizations' | 'topics'>;
export interface Scored {
  persons: Pick<Proposal['persons'][number], 'name'>[];
  organizations: Pick<Proposal['organizations'][number], 'name' | 'acronym'>[];
  countries: string[];
  meetings: ScoredMeeting[];
}

export const FIELDS = ['persons', 'organizations', 'countries', 'meetings', 'topics'] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  counts: Record<Field, Counts>;
  /** Meetings found, and of them how many have the curated date. */
  dates: { found: number; right: number };
  /** What was missed or added, for the report. */
  notes: string[];
}

/** Pairs predicted with expected items one to one; what is left over is a false positive or a miss. */
export function pair<P, G>(predicted: P[], expected: G[], same: (p: P, g: G) => boolean): Counts & { missed: G[]; extra: P[] } {
  const open = [...expected];
  const extra: P[] = [];
  for (const p of predicted) {
    const i = open.findIndex((g) => same(p, g));
    if (i >= 0) open.splice(i, 1);
    else extra.push(p);
  }
  return { tp: expected.length - open.length, fp: extra.length, fn: open.length, missed: open, extra };
}

/** Whether the proposed date says what the curated one does, at the curated precision ("2024-12-05" is right for "2024-12"). */
export function dateAgrees(proposed: string | undefined, gold: string): boolean {
  return !!proposed && proposed.length >= gold.length && proposed.startsWith(gold);
}

/** Whether a proposed meeting holds every party the curated one names: its people, or its agencies when it names no one. */
export function holdsParties(m: ScoredMeeting, gold: GoldMeeting, orgs: Scored['organizations']): boolean {
  if (gold.persons.length > 0) return gold.persons.every((g) => m.participants.some((name) => samePerson(name, g)));
  if (gold.organizations.length === 0) return false;
  const attending = m.organizations.map((name) => orgs.find((o) => o.name === name) ?? { name });
  return gold.organizations.every((g) => attending.some((o) => sameOrganization(o, g)));
}

/**
 * Each curated meeting with the proposed one that finds it, preferring one that also holds its agencies, then
 * fewest extra parties. Pairs whose dates agree are made first, over all curated meetings, so that two meetings of
 * the same people (one visit a year apart) are paired by date, not by the order the curated facts list them in.
 */
export function pairMeetings<M extends ScoredMeeting>(proposal: Scored & { meetings: M[] }, gold: GoldMeeting[]): { found: [GoldMeeting, M][]; missed: GoldMeeting[]; extra: M[] } {
  const open = [...proposal.meetings];
  const found: [GoldMeeting, M][] = [];
  const size = (m: M) => m.participants.length + m.organizations.length;
  const pass = (golds: GoldMeeting[], eligible: (m: M, g: GoldMeeting) => boolean) =>
    golds.filter((g) => {
      // Of the meetings holding its people, the one that also holds its agencies ("his Spanish counterpart's police") is it.
      const agencies = (m: M) => Number(holdsParties(m, { ...g, persons: [] }, proposal.organizations));
      const candidates = open.filter((m) => eligible(m, g) && holdsParties(m, g, proposal.organizations));
      const best = candidates.sort((a, b) => agencies(b) - agencies(a) || size(a) - size(b))[0];
      if (best) found.push([g, ...open.splice(open.indexOf(best), 1)] as [GoldMeeting, M]);
      return !best;
    });
  const missed = pass(pass(gold, (m, g) => dateAgrees(m.date, g.date)), () => true);
  return { found, missed, extra: open };
}

const showGold = (g: GoldMeeting) => `${g.id} (${[...g.persons, ...(g.persons.length ? [] : g.organizations)].map((p) => p.name).join(', ')})`;
const showProposed = (m: ScoredMeeting) => `${m.date ?? 'undated'} ${[...m.participants, ...m.organizations].join(', ') || 'no one'}`;

export function scoreArticle(proposal: Scored, gold: GoldArticle): ArticleScore {
  const notes: string[] = [];
  const note = <P, G>(field: string, r: { missed: G[]; extra: P[] }, show: (x: P | G) => string) => {
    for (const m of r.missed) notes.push(`${field}: missed ${show(m)}`);
    for (const x of r.extra) notes.push(`${field}: not in the curated graph: ${show(x)}`);
  };
  const persons = pair(proposal.persons, gold.persons, (p, g) => samePerson(p.name, g));
  note('persons', persons, (x) => x.name);
  const organizations = pair(proposal.organizations, gold.organizations, (p, g) => sameOrganization(p, g));
  note('organizations', organizations, (x) => x.name);
  const countries = pair(proposal.countries, gold.countries, (p, g) => p === g);
  note('countries', countries, (x) => x);
  const meetings = pairMeetings(proposal, gold.meetings);
  for (const g of meetings.missed) notes.push(`meetings: missed ${showGold(g)}`);
  for (const m of meetings.extra) notes.push(`meetings: not in the curated graph: ${showProposed(m)}`);
  const topics: Counts = { tp: 0, fp: 0, fn: 0 };
  let right = 0;
  for (const [g, m] of meetings.found) {
    if (dateAgrees(m.date, g.date)) right += 1;
    else notes.push(`dates: ${g.id} is ${g.date}, proposed ${m.date ?? 'undated'}`);
    const t = pair([...new Set(m.topics)], g.topics, (p, x) => p === x);
    note(`topics of ${g.id}`, t, (x) => x);
    topics.tp += t.tp;
    topics.fp += t.fp;
    topics.fn += t.fn;
  }
  const c = ({ tp, fp, fn }: Counts) => ({ tp, fp, fn });
  return {
    counts: {
      persons: c(persons),
      organizations: c(organizations),
      countries: c(countries),
      meetings: { tp: meetings.found.length, fp: meetings.extra.length, fn: meetings.missed.length },
      topics,
    },
    dates: { found: meetings.found.length, right },
    notes,
  };
}

export function f1({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
