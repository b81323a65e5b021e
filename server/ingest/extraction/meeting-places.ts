/** Where a sentence says a meeting was: "à Rabat", "en Belgique", not inside a title, a dateline or a quotation. */
import type { SentenceFacts } from './entity-types';
import type { ArticleLayout } from '../reading/article-text';
import { findCountries } from '../lexicon/countries';
import { clauseAround, inSpans, quotedSpans } from '../reading/quotes';
import type { Place } from './meeting-draft';

const LOCATIVE = /(?:^|[^\p{L}])(?:en|au|aux|à|dans)\s+(?:la\s+|l['’]\s*)?$/iu;

/** A country a sentence names where a place may be: not an adjective, not in a title or a dateline, after "à", "en"… */
interface PlaceMention {
  /** Offset within the sentence. */
  start: number;
  country: string;
  city?: string;
  quote: string;
}

/**
 * The sentence's candidate places, found once: every meeting of a long
 * sentence picks from this list instead of scanning the sentence again.
 */
export function placeMentions(layout: ArticleLayout, facts: SentenceFacts): PlaceMention[] {
  const { sentence, roles } = facts;
  // Only the datelines inside this sentence matter: filter once, not per country named.
  const datelines = layout.datelines.filter((d) => d.end > sentence.start && d.start < sentence.end);
  const inRole = (start: number) => roles.some((r) => start >= r.start && start < r.end);
  const inDateline = (start: number) => datelines.some((d) => start >= d.start && start < d.end);
  const quoted = quotedSpans(sentence.text);
  const out: PlaceMention[] = [];
  for (const c of findCountries(sentence.text)) {
    const start = sentence.start + c.start;
    if (c.via === 'adjective' || inRole(start) || inDateline(start) || inSpans(quoted, c.start)) continue;
    if (!LOCATIVE.test(sentence.text.slice(Math.max(0, c.start - 12), c.start))) continue;
    out.push({ start: c.start, country: c.code, ...(c.city ? { city: c.city } : {}), quote: clauseAround(sentence.text, c.start, c.end) });
  }
  return out;
}

/** Where a sentence says something happened, from `from` on: "à Rabat", "en Belgique", not inside a title ("ambassadeur … à Rabat"). */
export function placeIn(mentions: PlaceMention[], from = 0): Place | undefined {
  let found: Place | undefined;
  for (const c of mentions) {
    if (c.start < from) continue;
    if (!found) found = { country: c.country, ...(c.city ? { city: c.city } : {}), quote: c.quote };
    else if (!found.city && c.city && c.country === found.country) found = { ...found, city: c.city };
    // Nothing later can change the place once it has its city.
    if (found.city) break;
  }
  return found;
}

/**
 * Where the article was filed, from its place dateline ("Rabat – …", "ALGER (Algérie) – …"): the place of a
 * meeting the text places nowhere else, as the month of its publication dates one it gives no date. The
 * dateline is the quote, so the reviewer sees what the place rests on.
 */
export function datelinePlace(layout: ArticleLayout): Place | undefined {
  const line = layout.datelines.find((d) => d.reason === 'place dateline');
  if (!line) return undefined;
  const quote = layout.text.slice(line.start, line.end).replace(/\s*[–—-]\s*$/u, '').trim();
  const found = findCountries(quote)[0];
  return found ? { country: found.code, ...(found.city ? { city: found.city } : {}), quote } : undefined;
}
