import { StatusError } from '../../contract/errors';

/**
 * How much one article may state. An article of the genre has a few dozen
 * sentences, names a dozen people and reports a few meetings; a text with
 * thousands is a page dump or a crafted input, and reading and resolving it
 * (and reviewing it) would cost without bound. Past these the text is
 * refused, quickly, saying why: the work per request stays bounded.
 */
export const ARTICLE_LIMITS = {
  sentences: 3000,
  persons: 300,
  organizations: 300,
  /** Distinct meeting mentions (kind and attendees) before merging the ones that report one meeting. */
  meetingMentions: 600,
} as const;

const NOUNS: Record<keyof typeof ARTICLE_LIMITS, string> = {
  sentences: 'sentences',
  persons: 'people',
  organizations: 'agencies',
  meetingMentions: 'meetings',
};

/** The text states more than one review can hold: well formed, but not one article (HTTP 422). */
export class ArticleTooLargeError extends StatusError {
  override readonly name = 'ArticleTooLargeError';
  readonly status = 422;
  readonly code = 'unprocessable';
  override readonly field = 'text';
  override get replyMessage() {
    return `the article ${this.message}`;
  }
}

/** Counts may be partial (reading stops at the first past the limit): the message gives the limit only. */
export function checkCount(what: keyof typeof ARTICLE_LIMITS, count: number): void {
  const limit = ARTICLE_LIMITS[what];
  if (count <= limit) return;
  throw new ArticleTooLargeError(
    `has more than ${limit} ${NOUNS[what]}; Liaison proposes the facts of one article at a time: split the text into its articles`,
  );
}
