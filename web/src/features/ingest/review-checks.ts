/**
 * What a proposal still lacks before it can be accepted, and which of its
 * merges the reviewer should check: plain functions of the proposal and what
 * the reviewer typed, so the dialog only shows them.
 */
import { parsePartialDate } from '@contract/dates';
import type { EntityMatch, Proposal } from '@contract/proposal';

/** A merge the name alone does not settle, which resolution leaves to the reviewer. */
export const isUnsureMerge = (match: EntityMatch | undefined) => match?.unsure === true;

/** The date the reviewer typed, if it is one the server takes (YYYY, YYYY-MM or YYYY-MM-DD). */
export const typedDate = (typed: string) => parsePartialDate(typed.trim())?.value;

/** The text gives no date of its own: the field asks for one (and stays while the reviewer's date is the one used). */
export const needsDateField = (proposal: Proposal) => !proposal.article.published || proposal.article.publishedFrom === '--date';

export interface Missing {
  key: 'date' | 'redating' | 'facts';
  text: string;
}

/** Each thing Accept waits for, in words; none means Accept is offered. */
export function missingBeforeAccept(proposal: Proposal, typed: string, kept: number): Missing[] {
  const missing: Missing[] = [];
  const date = typedDate(typed);
  if (!proposal.article.published) {
    if (typed.trim() && !date) missing.push({ key: 'date', text: `“${typed.trim()}” is not a date: type the article's date as YYYY-MM-DD (or YYYY-MM, YYYY).` });
    else if (date) missing.push({ key: 'redating', text: `Re-dating the proposal to ${date}…` });
    else missing.push({ key: 'date', text: "The article's date: the text gives none. Type it below (YYYY-MM-DD, or YYYY-MM, YYYY)." });
  } else if (proposal.article.publishedFrom === '--date' && date !== proposal.article.published) {
    missing.push(date ? { key: 'redating', text: `Re-dating the proposal to ${date}…` } : { key: 'date', text: "The article's date: type it as YYYY-MM-DD (or YYYY-MM, YYYY)." });
  }
  if (kept === 0) missing.push({ key: 'facts', text: 'At least one fact ticked.' });
  return missing;
}

/** The facts whose merge with a graph entity resolution was unsure of, by name. */
export function unsureMerges(proposal: Proposal): string[] {
  return [...proposal.persons, ...proposal.organizations]
    .filter((f) => isUnsureMerge(f.match))
    .map((f) => `${f.name} = ${f.match!.name}`);
}
