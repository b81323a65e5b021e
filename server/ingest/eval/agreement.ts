/**
 * `npm run eval:agreement`: how far two careful curators agree on what the same articles state. A second curator,
 * who never saw the corpus facts, read 12 dev articles (graph-seed/corpus/second-reading.yaml); their reading is
 * scored against the corpus facts with the eval's own matching, as if it were a proposal. A target above what two
 * people agree on measures the curation as much as the pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { isTopicId, type TopicId } from '../../contract/topics';
import type { GoldArticle } from './gold';
import { scoreArticle, type Scored } from './score';
import { addScore, emptyResult, type SplitResult } from './split-eval';

const meeting = z.strictObject({
  // A year alone reads as a number.
  date: z.union([z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/), z.number().int()]).transform(String).optional(),
  city: z.string().nullable().optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  persons: z.array(z.string()).default([]),
  organizations: z.array(z.string()).default([]),
  topics: z.array(z.custom<TopicId>((t) => typeof t === 'string' && isTopicId(t), 'not a topic of the vocabulary')).default([]),
  note: z.string().optional(),
});
const reading = z.strictObject({
  articles: z.array(
    z.strictObject({
      article: z.string().startsWith('article:'),
      persons: z.array(z.string()).default([]),
      organizations: z.array(z.string()).default([]),
      countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
      meetings: z.array(meeting).default([]),
    }),
  ),
});
export type SecondReading = z.output<typeof reading>;

export const SECOND_READING = join(import.meta.dirname, '../../../graph-seed/corpus/second-reading.yaml');

export function readSecondReading(file = SECOND_READING): SecondReading {
  return reading.parse(parse(readFileSync(file, 'utf8')));
}

/** One article's second reading in the shape the scorer reads. */
function asScored(a: SecondReading['articles'][number]): Scored {
  return {
    persons: a.persons.map((name) => ({ name })),
    organizations: a.organizations.map((name) => ({ name })),
    countries: a.countries,
    meetings: a.meetings.map((m) => ({ ...(m.date ? { date: m.date } : {}), participants: m.persons, organizations: m.organizations, topics: m.topics })),
  };
}

/** The second reading scored against the curated facts of the same articles. */
export function agreement(second: SecondReading, gold: GoldArticle[]): SplitResult {
  const result = emptyResult();
  for (const a of second.articles) {
    const first = gold.find((g) => g.articleId === a.article);
    if (!first) throw new Error(`${SECOND_READING}: ${a.article} is no corpus article`);
    addScore(result, a.article, scoreArticle(asScored(a), first));
  }
  return result;
}
