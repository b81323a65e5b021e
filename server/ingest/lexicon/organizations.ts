/**
 * The gazetteer of security agencies (organizations.yaml) and the search for
 * them in a text: aliases and acronyms anywhere, generic names ("police
 * nationale") only where a country qualifies them ("… espagnole", "… d'Espagne").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bisector } from 'd3-array';
import { parse } from 'yaml';
import { z } from 'zod';
import { ORGANIZATION_KINDS } from '../../contract/model';
import { foldKeepingOffsets } from '../../text/normalise';
import { compoundAdjectiveCountries, findCountries } from './countries';

const entry = z.strictObject({
  name: z.string().min(1),
  acronym: z.string().min(2).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  kind: z.enum(ORGANIZATION_KINDS),
  aliases: z.array(z.string().min(2)).default([]),
  generic: z.array(z.string().min(2)).default([]),
  /** Proposed only where someone's title names it: the press names such bodies in passing far more than as a party ("en dehors de l'Union européenne"). */
  titled: z.boolean().default(false),
});
export type GazetteerEntry = z.output<typeof entry>;

export const GAZETTEER: GazetteerEntry[] = z
  .array(entry)
  .parse(parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'organizations.yaml'), 'utf8')));

export interface OrganizationHit {
  entry: GazetteerEntry;
  start: number;
  end: number;
  /** Where the country qualifier of a generic name is, when there is one. */
  countryStart?: number;
  countryEnd?: number;
  /** A homonym's possible entries (the usual one first), when the text does not say whose it is. */
  choices?: GazetteerEntry[];
}

interface Term {
  folded: string;
  /** Entries this is a name of: matched alone. */
  named: GazetteerEntry[];
  /** Entries this is a generic name of: matched only with their country. */
  generic: GazetteerEntry[];
}

/** Displayed names carry a country in brackets to tell homonyms apart; the text never does. */
const bare = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '');

function buildTerms(): Term[] {
  const terms = new Map<string, Term>();
  const add = (name: string, e: GazetteerEntry, kind: 'named' | 'generic') => {
    const folded = foldKeepingOffsets(bare(name));
    const term = terms.get(folded) ?? { folded, named: [], generic: [] };
    if (!term[kind].includes(e)) term[kind].push(e);
    terms.set(folded, term);
  };
  for (const e of GAZETTEER) {
    // Homonyms (Morocco's and Algeria's DGSN) list the name as generic for all but one.
    if (!e.generic.some((g) => foldKeepingOffsets(g) === foldKeepingOffsets(bare(e.name)))) add(e.name, e, 'named');
    for (const name of e.aliases) add(name, e, 'named');
    for (const name of e.generic) add(name, e, 'generic');
  }
  return [...terms.values()].sort((a, b) => b.folded.length - a.folded.length);
}

const TERMS = buildTerms();
const TERMS_BY_FOLDED = new Map(TERMS.map((t) => [t.folded, t]));
/** Each acronym with its agency first, then the homonyms that list it as generic (Algeria's DGSN after Morocco's). */
const ACRONYMS = new Map(
  GAZETTEER.flatMap((e) => (e.acronym ? [[e.acronym, [e, ...GAZETTEER.filter((h) => h !== e && h.generic.includes(e.acronym!))]] as const] : [])),
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const TERM_PATTERNS = TERMS.map((t) => ({ term: t, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(t.folded)}(?![\\p{L}\\p{N}])`, 'gu') }));
/** Between a generic name and its country: "(Bundespolizei)", "de la République", "du Royaume de". */
const QUALIFIER_GAP = /^(?:\s*\([^)]{1,60}\))?\s*(?:(?:de\s+la|du|de|des|d')\s*(?:(?:republique|royaume|etat|federation)\s*(?:federale\s*)?(?:de\s+la|du|de|des|d')?\s*)?)?$/;

/** The country a generic name is qualified with: "police nationale espagnole" → ES. */
function qualifierAfter(text: string, folded: string, end: number): { code: string; start: number; end: number } | null {
  const tail = text.slice(end, end + 80);
  const first = findCountries(tail)[0];
  if (!first || first.via === 'city') return null;
  if (!QUALIFIER_GAP.test(folded.slice(end, end + first.start))) return null;
  return { code: first.code, start: end + first.start, end: end + first.end };
}

interface TermMatch {
  term: Term;
  start: number;
  end: number;
  qualifier: { code: string; start: number; end: number } | null;
}

const REPRESENTED = /ambassad\p{L}*\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|d'|de\s+)?(?:(?:republique|royaume|etat|federation)\s*(?:federale\s*)?(?:de\s+la\s+|du\s+|des\s+|de\s+l'|d'|de\s+)?)?$/u;

/** Countries an agency name may belong to: homonyms (DGSN, "Sûreté nationale") have several. */
const candidates = (term: Term) => [...term.named, ...term.generic];

const ABOUT_CHARS = 30_000;

/** How often the article names each country (names, adjectives, cities, "tuniso-"), leaving out the countries ambassadors represent. */
export function textCountryWeights(whole: string): Map<string, number> {
  // What an article is about shows in its opening pages: a megabyte page is not read twice for it.
  const text = whole.slice(0, ABOUT_CHARS);
  const weights = new Map<string, number>();
  const folded = foldKeepingOffsets(text);
  // The country an ambassador represents is the guest's, not what the article is about.
  for (const c of findCountries(text)) if (!REPRESENTED.test(folded.slice(Math.max(0, c.start - 40), c.start))) addWeight(weights, c.code);
  for (const code of compoundAdjectiveCountries(text)) addWeight(weights, code);
  return weights;
}

export const addWeight = (weights: Map<string, number>, code: string) => weights.set(code, (weights.get(code) ?? 0) + 1);

/**
 * How strongly the article is about each country: the countries it names, and
 * those of the agencies it names that have only one. An agency's homonym follows
 * this context ("Sûreté nationale" in an article about Algeria is Algeria's).
 */
export function articleCountryWeights(named: Map<string, number>, matches: { entries: GazetteerEntry[] }[]): Map<string, number> {
  const weights = new Map(named);
  for (const { entries } of matches) {
    const codes = new Set(entries.map((e) => e.country));
    const only = entries[0]?.country;
    if (codes.size === 1 && only) addWeight(weights, only);
  }
  return weights;
}

/** The entry among `choices` (the usual one first) the article is likeliest about. */
function likeliest(choices: GazetteerEntry[], weights: Map<string, number>): GazetteerEntry | undefined {
  const weight = (e: GazetteerEntry | undefined) => (e?.country ? (weights.get(e.country) ?? 0) : 0);
  let best = choices[0];
  for (const e of choices) if (weight(e) > weight(best)) best = e;
  return best;
}

/** What a match may stand for: its qualifier's country's entry, else every homonym (the usual one first). */
function choicesOf(match: TermMatch): GazetteerEntry[] {
  const all = candidates(match.term);
  const qualified = match.qualifier && all.find((e) => e.country === match.qualifier!.code);
  if (qualified) return [qualified];
  const usual = match.term.named[0];
  return usual ? [usual, ...all.filter((e) => e !== usual)] : all;
}

const ambiguous = (choices: GazetteerEntry[]) => new Set(choices.map((e) => e.country)).size > 1;

/**
 * `named`: how often the article names each country (textCountryWeights), with
 * what else tells what it is about; only asked for when some name is a homonym,
 * so that an article without one does not pay for it.
 */
export function findOrganizations(text: string, named: () => Map<string, number> = () => textCountryWeights(text)): OrganizationHit[] {
  const folded = foldKeepingOffsets(text);
  // One flag per character already inside a hit: overlap checks cost a hit's length, not the number of hits.
  const covered = new Uint8Array(text.length + 1);
  const taken = (start: number, end: number) => covered.subarray(start, end).includes(1);
  const matches: TermMatch[] = [];
  for (const { term, re } of TERM_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const qualifier = qualifierAfter(text, folded, end);
      // A generic name ("police nationale") is an agency only with its country beside it.
      if (term.named.length === 0 && !term.generic.some((e) => e.country === qualifier?.code)) continue;
      covered.fill(1, start, end);
      matches.push({ term, start, end, qualifier });
    }
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Z][A-Za-z0-9]{1,7}(?![\p{L}\p{N}])/gu)) {
    // "la direction générale de la Sûreté nationale (Dgsn)": some outlets print an acronym as a word.
    const entries = ACRONYMS.get(m[0]) ?? (/^\p{Lu}\p{Ll}{2,6}$/u.test(m[0]) ? ACRONYMS.get(m[0].toUpperCase()) : undefined);
    if (entries && !taken(m.index, m.index + m[0].length)) {
      matches.push({ term: { folded: m[0], named: [entries[0]!], generic: entries.slice(1) }, start: m.index, end: m.index + m[0].length, qualifier: null });
    }
  }
  const hits: OrganizationHit[] = [];
  for (const match of matches) {
    const choices = choicesOf(match);
    if (!choices[0]) continue;
    const hit: OrganizationHit = { entry: choices[0], start: match.start, end: match.end, ...(ambiguous(choices) ? { choices } : {}) };
    const q = match.qualifier;
    if (q && hit.entry.country === q.code) Object.assign(hit, { end: q.end, countryStart: q.start, countryEnd: q.end });
    hits.push(hit);
  }
  return chooseAgain(hits, named).sort((a, b) => a.start - b.start);
}

/** Homonyms chosen by the article's countries and the agencies it names that have only one. */
export function chooseAgain(hits: OrganizationHit[], named: () => Map<string, number>): OrganizationHit[] {
  if (!hits.some((h) => h.choices)) return hits;
  const weights = articleCountryWeights(named(), hits.map((h) => ({ entries: h.choices ?? [h.entry] })));
  // "la DGSN … la Sûreté nationale algérienne": an article that says when it means the foreign homonym means the other one otherwise.
  const told = new Set(hits.filter((h) => !h.choices).map((h) => h.entry));
  // Not in an article about that country that never names the usual one's: "la police algérienne … la DGSN" in an Algerian paper is one agency,
  // while "une délégation de la DGSN … la délégation marocaine … la Sûreté nationale algérienne" names both.
  const home = topCountry(weights);
  return hits.map((h) => {
    if (!h.choices) return h;
    const usualNamed = (weights.get(h.choices[0]!.country ?? '') ?? 0) > 0;
    const left = h.choices.filter((e, i) => i === 0 || !told.has(e) || (e.country === home && !usualNamed));
    return { ...h, entry: likeliest(left.length > 0 ? left : h.choices, weights)! };
  });
}

/** The country named clearly more than any other, if one is. */
export function topCountry(weights: Map<string, number>): string | undefined {
  let top: [string, number] | undefined;
  let next = 0;
  for (const [code, n] of weights) {
    if (!top || n > top[1]) {
      next = top?.[1] ?? 0;
      top = [code, n];
    } else if (n > next) next = n;
  }
  return top && top[1] > next ? top[0] : undefined;
}

/** In hits sorted by start, the index of the first that starts at or after `position` (a binary search, for long texts). */
const byStart = bisector((hit: OrganizationHit) => hit.start);
export const firstHitFrom = (hits: readonly OrganizationHit[], position: number): number => byStart.left(hits, position);

/**
 * Whether a hit (sorted by start, none overlapping another) overlaps [from, to): only the last one that starts before
 * `to` can, so a binary search, not a scan — "Services de renseignements des Emirats Arabes Unis" began before "Arabes Unis".
 */
export function overlapsHit(hits: readonly OrganizationHit[], from: number, to: number): boolean {
  const last = hits[firstHitFrom(hits, to) - 1];
  return !!last && last.end > from;
}

/** The hits (sorted by start) that lie inside [start, end). */
export function hitsWithin(hits: OrganizationHit[], start: number, end: number): OrganizationHit[] {
  const lo = firstHitFrom(hits, start);
  const out: OrganizationHit[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < end; i++) if (hits[i]!.end <= end) out.push(hits[i]!);
  return out;
}

/** The entry a name (not a text) denotes, exactly: "Commissariat général à l'information" → CGI. */
export function gazetteerByName(name: string, country?: string): GazetteerEntry | undefined {
  const term = TERMS_BY_FOLDED.get(foldKeepingOffsets(name.trim()));
  if (!term) return undefined;
  return [...term.named, ...term.generic].find((e) => country && e.country === country) ?? term.named[0];
}
