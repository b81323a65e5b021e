/**
 * Query parameters of the API, validated and normalised. The store receives
 * the parsed shapes; the HTTP layer turns zod issues into 400s naming the field.
 */
import { z } from 'zod';
import { NODE_TYPES } from './model';
import { parsePartialDate } from './dates';
import { isTopicId, type TopicId } from './topics';

export const LIMITS = {
  search: { default: 10, max: 50 },
  // Neo4j Browser shows 100 neighbours per expand; the UI pages on with offset.
  neighbourhood: { default: 100, max: 1000 },
  whoMet: { default: 50, max: 500 },
  meetings: { default: 100, max: 500 },
  pathLength: { default: 6, max: 10 },
  /** Meetings listed per who-met row; the row still counts them all. */
  meetingsPerWhoMetRow: 5,
  /** A node's details list this many neighbours and source quotes, and say when there are more. */
  detailsNeighbours: 200,
  detailsSources: 200,
  /** Characters of a node id (in a query, a body or the URL). */
  idLength: 200,
  /** Bytes of an article's text: a larger file is a page dump, not an article. */
  articleBytes: 1024 * 1024,
  /** Characters of a note, once trimmed. */
  noteText: 10_000,
  /** Notes per reply: of one node, or of every node (what an export of the whole graph needs). */
  notes: { default: 100, max: 1000 },
} as const;

/**
 * A whole number written in decimal digits, nothing else: "0x10", "1e3", " 5"
 * and "" are refused (Number() would read them as 16, 1000, 5 and 0). The
 * zod message for a union is vague: the digits rule comes first in it.
 */
const wholeNumber = (min: number, max: number) =>
  z
    // Code calling the store directly passes numbers; query strings pass text.
    .union([z.number(), z.string().regex(/^\d{1,9}$/, 'expected a whole number in decimal digits').transform(Number)])
    .pipe(z.number().int().min(min).max(max));

/** A positive integer; values above the maximum are capped, not refused. */
const cappedLimit = (limits: { default: number; max: number }) =>
  wholeNumber(1, 999_999_999)
    .optional()
    .transform((n) => Math.min(n ?? limits.default, limits.max));

const offset = wholeNumber(0, 1_000_000).optional().transform((n) => n ?? 0);

const commaList = z
  .string()
  .max(1000)
  .transform((s) => s.split(',').map((part) => part.trim()).filter(Boolean));

const nodeTypes = commaList.pipe(z.array(z.enum(NODE_TYPES)));

const topics = commaList.pipe(
  z.array(
    z
      .string()
      .transform((t) => t.replace(/^topic:/, ''))
      .refine(isTopicId, { message: 'unknown topic (see /api/facets for the vocabulary)' })
      .transform((t) => t as TopicId),
  ),
);

const nodeId = z.string().trim().min(1).max(LIMITS.idLength);

/** `from`/`to` bounds: a year or an ISO date, widened to the first or last day it can mean. */
const dateBound = (end: 'first' | 'last') =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const parsed = parsePartialDate(value);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: 'expected a year (2024) or an ISO date (2024-11 or 2024-11-25)' });
        return z.NEVER;
      }
      return parsed[end];
    });

const meetingFilterShape = {
  from: dateBound('first').optional(),
  to: dateBound('last').optional(),
  topics: topics.optional(),
};

function fromNotAfterTo(value: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` is before `from`' });
  }
}

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(200),
  types: nodeTypes.optional(),
  limit: cappedLimit(LIMITS.search),
});

export const neighbourhoodQuery = z
  .object({
    id: nodeId,
    depth: wholeNumber(1, 2).optional().transform((n) => n ?? 1),
    ...meetingFilterShape,
    types: nodeTypes.optional(),
    limit: cappedLimit(LIMITS.neighbourhood),
    offset,
    cypher: z.stringbool().optional(),
  })
  .superRefine(fromNotAfterTo);

export const whoMetQuery = z
  .object({
    id: nodeId,
    ...meetingFilterShape,
    limit: cappedLimit(LIMITS.whoMet),
    cypher: z.stringbool().optional(),
  })
  .superRefine(fromNotAfterTo);

export const pathQuery = z.object({
  from: nodeId,
  to: nodeId,
  maxLength: wholeNumber(1, LIMITS.pathLength.max).optional().transform((n) => n ?? LIMITS.pathLength.default),
  cypher: z.stringbool().optional(),
});

export const meetingsQuery = z
  .object({
    ...meetingFilterShape,
    limit: cappedLimit(LIMITS.meetings),
    offset,
  })
  .superRefine(fromNotAfterTo);

/** Topic counts follow the year filter; the per-year histogram always covers every year (it is what one brushes). */
export const facetsQuery = z
  .object({ from: meetingFilterShape.from, to: meetingFilterShape.to })
  .superRefine(fromNotAfterTo);

export const idParam = z.object({ id: nodeId });

export const ARTICLE_MAX_BYTES = LIMITS.articleBytes;

const articleDate = z
  .string()
  .trim()
  .refine((value) => parsePartialDate(value) !== null, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

/** POST /api/articles: an article's text (and its date when the text gives none) → a proposal. */
export const articleProposalBody = z.strictObject({
  text: z.string().min(1, 'paste the article text').max(ARTICLE_MAX_BYTES, 'an article is at most a megabyte of text'),
  date: articleDate,
});

/** POST /api/articles/accept: the same, less the facts the reviewer left out. */
export const articleAcceptBody = articleProposalBody.extend({
  exclude: z.array(z.string().max(20)).max(1000).default([]),
});

/** GET /api/notes: the notes of one node (`target`), or of every node without it. */
export const notesQuery = z.object({
  target: nodeId.optional(),
  limit: cappedLimit(LIMITS.notes),
});

/** POST /api/notes: a note on a node. */
export const noteBody = z.strictObject({
  target: nodeId,
  text: z
    .string()
    .trim()
    .min(1, 'write the note: it is empty')
    .max(LIMITS.noteText, `a note is at most ${LIMITS.noteText.toLocaleString('en')} characters`),
});

export type SearchQuery = z.output<typeof searchQuery>;
export type NeighbourhoodQuery = z.output<typeof neighbourhoodQuery>;
export type WhoMetQuery = z.output<typeof whoMetQuery>;
export type PathQuery = z.output<typeof pathQuery>;
export type MeetingsQuery = z.output<typeof meetingsQuery>;
export type FacetsQuery = z.output<typeof facetsQuery>;
export type NotesQuery = z.output<typeof notesQuery>;
export type NoteBody = z.output<typeof noteBody>;
export type ArticleProposalBody = z.input<typeof articleProposalBody>;
export type ArticleAcceptBody = z.input<typeof articleAcceptBody>;
/** The filter every meeting-bearing query shares. */
export type MeetingFilter = Pick<NeighbourhoodQuery, 'from' | 'to' | 'topics'>;
