import { foldAccents } from '../../text/normalise';
import { fuzziness } from '../searchable-names';

/** The words of a query, folded; anything that is not a letter or digit separates words (so no Lucene syntax survives). */
export function queryTerms(text: string): string[] {
  return foldAccents(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * A Lucene query for the full-text index with the memory store's semantics:
 * every word must match; exact words rank first, then typos (edit distance
 * by length, as in memory), and the last word may be a prefix (it is being typed).
 */
export function luceneQuery(text: string): string {
  const terms = queryTerms(text);
  return terms
    .map((term, i) => {
      const alternatives = [`${term}^4`];
      const edits = fuzziness(term);
      if (edits > 0) alternatives.push(`${term}~${edits}`);
      if (i === terms.length - 1 && term.length >= 2) alternatives.push(`${term}*^2`);
      return `+(${alternatives.join(' OR ')})`;
    })
    .join(' ');
}
