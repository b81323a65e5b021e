/** Precision, recall and F1 of a proposal against the curated facts, field by field (micro-averaged). */
import type { Proposal } from '../../contract/proposal';
import { foldKeepingOffsets } from '../../text/normalise';
import { nameSimilarity } from '../resolution/resolve';
import { meetingDateKey, type GoldArticle } from './gold';

export const FIELDS = ['persons', 'organizations', 'countries', 'meeting dates', 'topics'] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Pairs predicted with expected items one to one; what is left over is a false positive or a miss. */
function pair<P, G>(predicted: P[], expected: G[], same: (p: P, g: G) => boolean): Counts & { missed: G[]; extra: P[] } {
  const open = [...expected];
  const extra: P[] = [];
  for (const p of predicted) {
    const i = open.findIndex((g) => same(p, g));
    if (i >= 0) open.splice(i, 1);
    else extra.push(p);
  }
  return { tp: expected.length - open.length, fp: extra.length, fn: open.length, missed: open, extra };
}

const fold = (s: string) => foldKeepingOffsets(s).replace(/[^a-z0-9]+/g, ' ').trim();

export interface ArticleScore {
  counts: Record<Field, Counts>;
  /** What was missed or added, for the report. */
  notes: string[];
}

export function scoreArticle(proposal: Proposal, gold: GoldArticle): ArticleScore {
  const notes: string[] = [];
  const note = <P, G>(field: Field, r: { missed: G[]; extra: P[] }, show: (x: P | G) => string) => {
    for (const m of r.missed) notes.push(`${field}: missed ${show(m)}`);
    for (const x of r.extra) notes.push(`${field}: not in the curated graph: ${show(x)}`);
  };
  const persons = pair(proposal.persons, gold.persons, (p, g) =>
    [g.name, ...g.aliases].some((n) => nameSimilarity(p.name, n) >= 0.9),
  );
  note('persons', persons, (x) => x.name);
  const organizations = pair(proposal.organizations, gold.organizations, (p, g) => {
    const theirs = [g.name, ...(g.acronym ? [g.acronym] : []), ...g.aliases].map(fold);
    return [p.name, ...(p.acronym ? [p.acronym] : [])].map(fold).some((n) => theirs.includes(n));
  });
  note('organizations', organizations, (x) => x.name);
  const countries = pair(proposal.countries, gold.countries, (p, g) => p === g);
  note('countries', countries, (x) => x);
  const dates = pair(
    proposal.meetings.map((m) => (m.date ? meetingDateKey(m.date, m.dateEnd) : 'undated')),
    gold.meetingDates,
    (p, g) => p === g,
  );
  note('meeting dates', dates, (x) => x);
  const topics = pair([...new Set(proposal.meetings.flatMap((m) => m.topics))], gold.topics, (p, g) => p === g);
  note('topics', topics, (x) => x);
  const c = ({ tp, fp, fn }: Counts) => ({ tp, fp, fn });
  return {
    counts: { persons: c(persons), organizations: c(organizations), countries: c(countries), 'meeting dates': c(dates), topics: c(topics) },
    notes,
  };
}

export function f1({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
