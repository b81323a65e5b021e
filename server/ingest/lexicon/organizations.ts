/**
 * The gazetteer of security agencies (organizations.yaml) and the search for
 * them in a text: aliases and acronyms anywhere, generic names ("police
 * nationale") only where a country qualifies them ("… espagnole", "… d'Espagne").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { ORGANIZATION_KINDS } from '../../contract/model';
import { foldKeepingOffsets } from '../../text/normalise';
import { findCountries } from './countries';

const entry = z.strictObject({
  name: z.string().min(1),
  acronym: z.string().min(2).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  kind: z.enum(ORGANIZATION_KINDS),
  aliases: z.array(z.string().min(2)).default([]),
  generic: z.array(z.string().min(2)).default([]),
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
const ACRONYMS = new Map(GAZETTEER.flatMap((e) => (e.acronym ? [[e.acronym, e] as const] : [])));
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

export function findOrganizations(text: string): OrganizationHit[] {
  const folded = foldKeepingOffsets(text);
  const hits: OrganizationHit[] = [];
  // One flag per character already inside a hit: overlap checks cost a hit's length, not the number of hits.
  const covered = new Uint8Array(text.length + 1);
  const taken = (start: number, end: number) => covered.subarray(start, end).includes(1);
  const push = (hit: OrganizationHit) => {
    hits.push(hit);
    covered.fill(1, hit.start, hit.end);
  };
  for (const { term, re } of TERM_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const qualifier = qualifierAfter(text, folded, end);
      const qualified = qualifier ? [...term.named, ...term.generic].find((e) => e.country === qualifier.code) : undefined;
      const chosen = qualified ?? term.named[0];
      if (!chosen) continue;
      const hit: OrganizationHit = { entry: chosen, start, end };
      if (qualified && qualifier) Object.assign(hit, { end: qualifier.end, countryStart: qualifier.start, countryEnd: qualifier.end });
      push(hit);
    }
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[A-Z][A-Za-z]{1,7}(?![\p{L}\p{N}])/gu)) {
    const e = ACRONYMS.get(m[0]);
    if (e && !taken(m.index, m.index + m[0].length)) push({ entry: e, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The hits (sorted by start) that lie inside [start, end): a binary search, for long texts. */
export function hitsWithin(hits: OrganizationHit[], start: number, end: number): OrganizationHit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
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
