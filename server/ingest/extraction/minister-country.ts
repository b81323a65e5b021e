/**
 * Whose a minister is when the title does not say: the genre writes the home
 * minister bare ("le ministre de l'Intérieur, X") and qualifies the other
 * party ("son homologue français", "l'ambassadeur des USA", "la ministre
 * fédérale belge de l'Intérieur"); the bare one is then of another country.
 */
import { countryNames } from '../../../graph-seed/countries';
import { findCountries } from '../lexicon/countries';
import { gazetteerByName } from '../lexicon/organizations';
import { orgRef, type OrgRef } from './org-ref';

/** "Le ministre de l'Intérieur, Bruno Retailleau, s'est rendu lundi à Rabat", "…, X a poursuivi … par une visite officielle au Sénégal": the country visited is not theirs. */
const VISITS =
  /^[^.;]{0,100}?(?<![\p{L}])(?:s['’]est rendue?|en visite|effectue une visite|a effectué une visite|a entamé une visite|est arrivée?|a été reçue?|une visite (?:officielle|de travail|d['’]État|de deux jours|de trois jours))(?![\p{L}])/u;

export function visitedBy(sentence: string, roleEnd: number): string | undefined {
  const after = sentence.slice(roleEnd, roleEnd + 200);
  const verb = VISITS.exec(after);
  if (!verb) return undefined;
  return findCountries(after.slice(verb[0].length, verb[0].length + 80)).find((c) => c.via !== 'adjective')?.code;
}

/** "Le ministre de l'Intérieur, X, a tenu … une réunion avec son homologue français": X is not French. */
const COUNTERPART = /^[^;]{0,160}?(?<![\p{L}])(?:son|sa|ses|leurs?)\s+homologues?\s+(\p{L}+)/u;

/**
 * "Le ministre de l'Intérieur, A et Mme B, ministre française de l'Intérieur, …", "… avec la ministre fédérale belge de
 * l'Intérieur", "…, le ministre français a rappelé", "… a reçu le ministre de l'Intérieur saoudien": A is not of the other minister's country.
 */
const OTHER_MINISTER = /(?<![\p{L}])ministre\s+(?:(?:f[ée]d[ée]ral\p{L}*|d['’][ée]tat)\s+)?(?:(?:de l['’]|de la |du |des )\p{L}+\s+)?(\p{L}+)(?=[\s,.])/gu;

/** "a reçu l'ambassadeur des USA", "l'ambassadeur américain": whoever receives an ambassador is not of the country represented. */
const AMBASSADOR = /(?<![\p{L}])ambassad\p{L}*\s+(?:(?:de la|du|des|de l['’]|d['’]|de)\s*)?/u;

const adjective = (word: string) => findCountries(word).find((c) => c.via === 'adjective')?.code;

export function counterpartCountry(sentence: string, roleEnd: number, lower: string): string | undefined {
  const after = sentence.slice(roleEnd, roleEnd + 240);
  const m = COUNTERPART.exec(after);
  if (m) return adjective(m[1]!);
  // From the role on, not the sentence's start: a sentence names many roles.
  OTHER_MINISTER.lastIndex = roleEnd;
  for (let other = OTHER_MINISTER.exec(lower); other; other = OTHER_MINISTER.exec(lower)) {
    const code = adjective(other[1]!);
    if (code) return code;
  }
  const envoy = AMBASSADOR.exec(after);
  if (!envoy) return undefined;
  return findCountries(after.slice(envoy.index + envoy[0].length, envoy.index + envoy[0].length + 40)).find((c) => c.via !== 'city')?.code;
}

/** "le ministre de l'Intérieur, X, a rencontré son homologue français, Y": Y holds the same office in France. */
const INTERIOR_OFFICE = /(?<![\p{L}])ministr\p{L}*\s+(?:\p{L}+\s+){0,2}de\s+l['’]\s*int[ée]rieur/iu;

export const isInteriorMinister = (title: string) => INTERIOR_OFFICE.test(title);

/**
 * A ministry or a secretariat of state a title names ("Ministère de l'Intérieur", "Secrétariat d'État à l'Asile et la Migration"): `country`'s in the gazetteer
 * when it has it, else a new one named with the country, as the gazetteer names them (every country has one).
 */
export function ministryRef(name: string, country: string | undefined, start: number, end: number): OrgRef {
  const known = country ? gazetteerByName(name, country) : undefined;
  if (known && known.country === country) return { ...orgRef(known, start, end), fromTitle: true };
  return { name: country ? `${name} (${countryNames(country).fr})` : name, ...(country ? { country } : {}), kind: 'ministry', known: false, fromTitle: true, start, end };
}

/** The ministry of the interior of `code`, for "son homologue français": the office of whoever holds it. */
export const interiorMinistry = (code: string, start: number, end: number): OrgRef => ({ ...ministryRef("Ministère de l'Intérieur", code, start, end), counterpart: true });
