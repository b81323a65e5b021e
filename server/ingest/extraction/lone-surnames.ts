/**
 * A person some articles never name in full: "Lors de cette visite,
 * Hammouchi a eu une série de réunions …", "Hammouchi était accompagné …".
 * A single capitalised word is a surname when it is the subject of a verb
 * (at the start of a clause, before an auxiliary) at least twice: once could
 * be a city ("Rabat a accueilli"), a person the article follows is the
 * subject of several of its sentences. Resolution then weighs the surname
 * against the graph's full names and flags the merge for review.
 */
import { foldKeepingOffsets } from '../../text/normalise';
import { findCountries } from '../lexicon/countries';
import type { OrganizationHit } from '../lexicon/organizations';
import type { Sentence } from '../reading/article-text';
import { NOT_NAMES, TOKEN } from './name-words';
import type { PersonMention } from './persons';

const SUBJECT = new RegExp(
  String.raw`(?:^|[,;:]\s+|\bet\s+)[^\p{L}]{0,3}(${TOKEN})\s+(?:a|avait|aura|était|est|sera|s['’]est|s['’]était|n['’]a|y\s+a)\s`,
  'gu',
);
const MIN_SUBJECT_USES = 2;

/** `named`: the names the other rules found, each once. */
export function loneSurnames(sentences: Sentence[], named: ReadonlySet<string>, orgHits: OrganizationHit[]): PersonMention[] {
  const knownSurnames = new Set([...named].map((name) => foldKeepingOffsets(name.split(/\s+/).at(-1)!)));
  const uses = new Map<string, PersonMention[]>();
  for (const sentence of sentences) {
    if (sentence.isTitle) continue;
    for (const m of sentence.text.matchAll(SUBJECT)) {
      const word = m[1]!;
      const folded = foldKeepingOffsets(word);
      if (knownSurnames.has(folded) || NOT_NAMES.has(folded) || findCountries(word).length > 0) continue;
      // What precedes the word (a comma, "et", a dash) cannot contain it.
      const start = sentence.start + m.index + m[0].indexOf(word);
      const end = start + word.length;
      if (orgHits.some((h) => start < h.end && end > h.start)) continue;
      const list = uses.get(folded) ?? [];
      list.push({ start, end, name: word });
      uses.set(folded, list);
    }
  }
  // In text order, as the sentences are.
  return [...uses.values()]
    .filter((list) => list.length >= MIN_SUBJECT_USES)
    .flat()
    .sort((a, b) => a.start - b.start);
}
