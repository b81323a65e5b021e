/**
 * Reads an article into what a proposal is made of, without the graph: the
 * CPU-bound part, pure, and small enough to pass between threads (the server
 * runs it in a worker; see ../worker/article-reader.ts).
 */
import { checkArticleText } from '../reading/article-input';
import { ARTICLE_LIMITS, checkCount } from '../reading/article-limits';
import { layoutArticle, type ArticleLayout } from '../reading/article-text';
import { articleDate, type ArticleDate } from '../reading/dates';
import { articleEntities } from './article-entities';
import type { ArticleEntities } from './entity-types';
import type { MeetingDraft } from './meeting-draft';
import { findMeetings } from './meetings';

export interface ProposeOptions {
  /** YYYY, YYYY-MM or YYYY-MM-DD: the article's date when its text gives none (or overrides it). */
  date?: string;
}

export function analyseArticle(text: string, options: ProposeOptions = {}): ArticleAnalysis {
  const layout = layoutArticle(text, { maxSentences: ARTICLE_LIMITS.sentences, tooMany: (count) => checkCount('sentences', count) });
  const { date: published, warnings } = articleDate(layout, options.date);
  const entities = articleEntities(layout);
  checkCount('persons', entities.persons.size);
  checkCount('organizations', entities.orgs.size);
  return { text, layout, published, warnings, entities, drafts: findMeetings(layout, entities, published) };
}

export interface ArticleAnalysis {
  text: string;
  layout: ArticleLayout;
  published: ArticleDate | null;
  warnings: string[];
  entities: ArticleEntities;
  drafts: MeetingDraft[];
}

/**
 * How a proposal gets its analysis of a text as sent (checked by
 * checkArticleText, then read): in this thread by default, in a worker with a
 * time budget on the server.
 */
export type Analyse = (rawText: string, options: ProposeOptions) => Promise<ArticleAnalysis>;

export const analyseHere: Analyse = async (rawText, options) => analyseArticle(checkArticleText(rawText), options);
