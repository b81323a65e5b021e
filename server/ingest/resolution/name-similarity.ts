/**
 * How alike two person names are, 0–1, forgiving what varies between outlets:
 * accents and case, spacing ("Abdel Latif"), initials ("L."), transliteration
 * (Münch/Munch, Al-/El-, Ben/Bin/Ibn) and a letter or two. Words are compared
 * by Jaro-Winkler and by their French phonetic key (Sonnex), from talisman.
 */
// talisman ships no types: its declarations must reach every project that compiles this file (the browser tests import the server).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient module declarations cannot be imported
/// <reference path="./talisman.d.ts" />
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import sonnex from 'talisman/phonetics/french/sonnex';
import { foldKeepingOffsets } from '../../text/normalise';

/** Particles transliterated several ways: one spelling each. */
const PARTICLES: Record<string, string> = { el: 'al', bin: 'ben', ibn: 'ben', ould: 'ben' };

export const foldName = (s: string) =>
  foldKeepingOffsets(s)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const words = (s: string) =>
  foldName(s)
    .split(' ')
    .filter(Boolean)
    .map((w) => PARTICLES[w] ?? w);

/** Two words that sound alike in French are nearly the same name ("Munch", "Muench"). */
const SAME_SOUND = 0.95;
/** Below this a word is another word, not a spelling of it ("Posten"/"Bostyn" 0.78, "Péchenard"/"Veaux" 0.44). */
const WORD_MATCHES_NOTHING = 0.7;

function wordSimilarity(word: string, other: string): number {
  if (word === other) return 1;
  if (word.length === 1) return other.startsWith(word) ? 0.9 : 0;
  const sound = sonnex(word) === sonnex(other) ? SAME_SOUND : 0;
  return Math.max(sound, jaroWinkler(word, other));
}

export function nameSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  if (wa.join('') === wb.join('')) return 1;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const scores = short.map((word) => Math.max(...long.map((other) => wordSimilarity(word, other))));
  // A surname alone ("Hammouchi") is weaker evidence than a full name.
  const coverage = short.length / long.length;
  const score = (scores.reduce((a, b) => a + b, 0) / short.length) * (coverage < 1 ? 0.85 + 0.15 * coverage : 1);
  // "Frédéric Péchenard" is not a spelling of "Frédéric Veaux": a shared first name cannot carry a word that matches nothing.
  return Math.min(...scores) < WORD_MATCHES_NOTHING ? Math.min(score, WORD_MATCHES_NOTHING) : score;
}
