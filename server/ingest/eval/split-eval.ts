/**
 * One split scored: its articles ingested in id order into a graph that holds
 * none of their facts (an empty embedded store), each accepted so later
 * articles resolve against earlier ones, as a researcher would work: where
 * the text gives no date, the review dialog asks for one, and the researcher
 * types the page's publication date.
 */
import type { Proposal } from '../../contract/proposal';
import type { GraphStore } from '../../store/graph-store';
import { createMemoryStore } from '../../store/memory/memory-store';
import { AcceptError } from '../acceptance/accept-error';
import { acceptArticle } from '../acceptance/accept';
import { proposeFacts } from '../proposal/propose';
import type { GoldArticle } from './gold';
import { FIELDS, f1, scoreArticle, type ArticleScore, type Counts, type Field } from './score';

export interface SplitResult {
  articles: number;
  counts: Record<Field, Counts>;
  dates: { found: number; right: number };
  /** Per article, in the order scored: its counts, for the intervals (intervals.ts). */
  perArticle: { articleId: string; counts: Record<Field, Counts> }[];
  /** Per article: what was missed or added. */
  notes: { articleId: string; lines: string[] }[];
}

/** The figures `npm run eval:ingest` prints as JSON, rounded to two places. */
export interface SplitFigures {
  articles: number;
  persons_f1: number;
  organizations_f1: number;
  countries_f1: number;
  meetings_f1: number;
  topics_f1: number;
  meeting_date_acc: number;
}

export const emptyCounts = (): Record<Field, Counts> => Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;

export const emptyResult = (): SplitResult => ({ articles: 0, counts: emptyCounts(), dates: { found: 0, right: 0 }, perArticle: [], notes: [] });

export async function evaluateSplit(gold: GoldArticle[]): Promise<SplitResult> {
  const store = createMemoryStore();
  const result = emptyResult();
  for (const article of [...gold].sort((a, b) => a.articleId.localeCompare(b.articleId))) {
    const { proposal, given } = await proposalAsReviewed(article, store);
    const score = scoreArticle(proposal, article);
    if (given.date) score.notes.push(`(the text gives no date: dated ${given.date} as the researcher would, from the page)`);
    addScore(result, article.articleId, score);
    try {
      await acceptArticle(store, article.text, given);
    } catch (error) {
      if (!(error instanceof AcceptError)) throw error;
      score.notes.push(`(not accepted into the evaluation graph: ${error.message})`);
    }
  }
  return result;
}

async function proposalAsReviewed(article: GoldArticle, store: GraphStore): Promise<{ proposal: Proposal; given: { date?: string } }> {
  const proposal = await proposeFacts(article.text, store);
  if (proposal.article.published) return { proposal, given: {} };
  const given = { date: article.published };
  return { proposal: await proposeFacts(article.text, store, given), given };
}

/** One article's score added to the split's: its counts, its dates, and its notes (which may still grow). */
export function addScore(result: SplitResult, articleId: string, score: ArticleScore): void {
  result.articles += 1;
  for (const f of FIELDS) for (const k of ['tp', 'fp', 'fn'] as const) result.counts[f][k] += score.counts[f][k];
  result.dates.found += score.dates.found;
  result.dates.right += score.dates.right;
  result.perArticle.push({ articleId, counts: score.counts });
  result.notes.push({ articleId, lines: score.notes });
}

const round = (x: number) => Math.round(x * 100) / 100;

export function splitFigures(r: SplitResult): SplitFigures {
  return {
    articles: r.articles,
    persons_f1: round(f1(r.counts.persons).f1),
    organizations_f1: round(f1(r.counts.organizations).f1),
    countries_f1: round(f1(r.counts.countries).f1),
    meetings_f1: round(f1(r.counts.meetings).f1),
    topics_f1: round(f1(r.counts.topics).f1),
    meeting_date_acc: round(r.dates.found === 0 ? 1 : r.dates.right / r.dates.found),
  };
}
