/**
 * One article in, one proposal out: the people, agencies, countries and
 * meetings it states, each with its quote, each resolved against the graph
 * (known, with a score and reasons, or new, with the id it will get).
 * Deterministic: the same text and graph give the same keys, so a reviewer's
 * choices ("leave out p2") can be sent back with the text.
 */
import { createHash } from 'node:crypto';
import type { Proposal } from '../../contract/proposal';
import { NotFoundError } from '../../store/errors';
import type { GraphStore } from '../../store/graph-store';
import { analyseArticle, analyseHere, type Analyse, type ArticleAnalysis, type ProposeOptions } from '../extraction/analyse-article';
import { proposeOrganizations, proposePersons } from './propose-entities';
import { proposeMeetings } from './propose-meetings';
import { slug, type ProposalContext } from './proposal-context';

/** A page without a title line is named by its opening words, cut at a word and marked as cut. */
function shorten(sentence: string, max: number): string {
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max);
  return `${sentence.slice(0, cut > 40 ? cut : max).replace(/[,;:]$/, '')}…`;
}

/** An article as sent (checked, then read), proposed against the graph. */
export async function proposeFacts(rawText: string, store: GraphStore, options: ProposeOptions = {}, analyse: Analyse = analyseHere): Promise<Proposal> {
  return proposalFrom(await analyse(rawText, options), store);
}

/** The same, for text that has already passed checkArticleText (the CLI). */
export function proposeFromText(text: string, store: GraphStore, options: ProposeOptions = {}): Promise<Proposal> {
  return proposalFrom(analyseArticle(text, options), store);
}

/** The analysis resolved against the graph: known or new, with ids. */
export async function proposalFrom(analysis: ArticleAnalysis, store: GraphStore): Promise<Proposal> {
  const { text, layout, published, warnings, entities, drafts } = analysis;

  const title = layout.title?.text ?? shorten(layout.sentences[0]?.text ?? 'Untitled article', 120);
  const articleId = `article:${slug(title).slice(0, 48)}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
  const articleKnown = await store.article(articleId).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotFoundError) return false;
      throw error;
    },
  );
  if (articleKnown) warnings.push('this article is already in the graph: accepting it again changes nothing that is already there');
  if (!published) warnings.push('no publication date found: give the article’s date (--date YYYY-MM-DD on the command line, the date field in the review); the timeline needs it, and relative dates such as "ce lundi" stay unresolved without it');

  const context: ProposalContext = { store, taken: new Set(), keys: new Map(), warnings };
  const organizations = await proposeOrganizations(entities, text, context);
  const persons = await proposePersons(entities, context);
  const meetings = await proposeMeetings(drafts, persons, organizations, context);

  const countries = new Set<string>();
  for (const m of meetings) if (m.country) countries.add(m.country);
  for (const o of organizations) if (o.country) countries.add(o.country);
  for (const p of persons) if (p.country) countries.add(p.country);

  return {
    article: {
      id: articleId,
      status: articleKnown ? 'known' : 'new',
      title,
      ...(published?.publisher ? { publisher: published.publisher } : {}),
      ...(published ? { published: published.value, precision: published.precision, publishedFrom: published.from } : {}),
    },
    persons,
    organizations,
    countries: [...countries].sort(),
    meetings,
    warnings,
  };
}

