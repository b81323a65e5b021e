/**
 * People named in a sentence, by the patterns this genre uses: "M. Abdellatif
 * Hammouchi", "le Commissaire général de la Police Fédérale belge, Eric Snoek",
 * "Francesca Posten, directrice générale de …". No list of people: a name is
 * a run of capitalised words next to an honorific or a title.
 */
import { foldKeepingOffsets } from '../../text/normalise';
import { findCountries } from '../lexicon/countries';
import type { RoleMention } from './roles';

export interface PersonMention {
  start: number;
  end: number;
  /** The name as written: "Abdel Latif Hammouchi". */
  name: string;
  role?: RoleMention;
}

const TOKEN = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*`;
const PARTICLE = String.raw`(?:bin|ben|ibn|el|al|de|da|del|della|dei|do|das|dos|van|von|der|du|di)`;
/** "A. Hammouchi": an initial may open a name ("M." is Monsieur, never an initial). */
const INITIAL = String.raw`(?!M\.)\p{Lu}\.\s?`;
const RUN = `(?:${INITIAL})?${TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${TOKEN}){0,4}`;
const HONORIFIC = String.raw`(?:M\.|Mme|Mlle|Monsieur|Madame)`;
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])${HONORIFIC}\\s+(${RUN})`, 'gu');
const AFTER_ROLE = new RegExp(`^\\s*,\\s*(?:${HONORIFIC}\\s+)?(${RUN})`, 'u');
const BEFORE_ROLE = new RegExp(`(${RUN})\\s*,\\s*(?:(?:le|la|l['’])\\s*)?$`, 'u');

const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|du|des|au|aux|l['’]|de la|à la|son|sa|ses|leur|leurs)\s*$/iu;

/** Capitalised words that begin sentences or name offices, places and times: never part of a name. */
const NOT_NAMES = new Set(
  (
    'mme mlle cheikh sheikh general generale colonel lieutenant-general commissaire docteur professeur le la les l un une ce cette ces ainsi selon lors au aux en dans par pour avec et mais il elle ils elles son sa ses leur ' +
    'police surete securite direction directeur directrice bureau agency intelligence federal federale central centrale ' +
    'national nationale royaume republique etat ministere ministre service services office department commissariat ' +
    'commissaire general generale gendarmerie garde pole union organisation conseil comite agence forces cour tribunal ' +
    'parlement gouvernement ambassade ambassadeur president presidente roi sa majeste monsieur madame ' +
    'surveillance territoire immigration frontieres justice interieur defense renseignement information judiciaire ' +
    'coordination cooperation delegation ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche sahel sahara europe afrique moyen-orient'
  ).split(' '),
);
// "Avril" is a month and a first name: a month inside a run that an honorific or title vouches for stays.
const MONTHS = new Set('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '));

/** The name in a run of capitalised words, or null: leading places and sentence words are dropped. */
function cleanName(run: string, vouched: boolean): { name: string; skip: number } | null {
  const tokens = run.split(/\s+/);
  let skip = 0;
  while (tokens.length > 0) {
    const t = foldKeepingOffsets(tokens[0]!);
    const place = findCountries(tokens[0]!).length > 0;
    if ((NOT_NAMES.has(t) && !(vouched && MONTHS.has(t) && tokens.length >= 2)) || place) {
      skip += tokens[0]!.length + 1;
      tokens.shift();
    } else break;
  }
  if (tokens.some((t) => NOT_NAMES.has(foldKeepingOffsets(t)) && !MONTHS.has(foldKeepingOffsets(t)))) return null;
  if (tokens.length === 0) return null;
  return { name: tokens.join(' '), skip };
}

export function findPersons(sentence: string, offset: number, roles: RoleMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  const add = (start: number, name: string, role?: RoleMention) => {
    const absolute = offset + start;
    const existing = found.find((p) => p.start === absolute);
    if (existing) {
      if (role && !existing.role) existing.role = role;
      return;
    }
    found.push({ start: absolute, end: absolute + name.length, name, ...(role ? { role } : {}) });
  };

  for (const role of roles) {
    const localEnd = role.end - offset;
    const localStart = role.start - offset;
    // "le Commissaire général …, Eric Snoek" names after the title; "M. William Burns, directeur …" before it.
    const titleFirst = DETERMINER_BEFORE.test(sentence.slice(Math.max(0, localStart - 8), localStart));
    const after = titleFirst ? AFTER_ROLE.exec(sentence.slice(localEnd)) : null;
    if (after && !role.plural) {
      const run = after[1]!;
      const cleaned = cleanName(run, true);
      const honorific = /M\.|Mme|Mlle|Monsieur|Madame/.test(after[0].slice(0, after[0].length - run.length));
      if (cleaned && (cleaned.name.includes(' ') || honorific)) {
        add(localEnd + after[0].length - run.length + cleaned.skip, cleaned.name, role);
        continue;
      }
    }
    const before = titleFirst ? null : BEFORE_ROLE.exec(sentence.slice(0, localStart));
    if (before && !role.plural) {
      const run = before[1]!;
      const honorific = new RegExp(`${HONORIFIC}\\s+$`, 'u').test(sentence.slice(0, before.index));
      const cleaned = cleanName(run, true);
      if (cleaned && (cleaned.name.includes(' ') || honorific)) add(before.index + cleaned.skip, cleaned.name, role);
    }
  }
  for (const m of sentence.matchAll(HONORIFIC_NAME)) {
    const run = m[1]!;
    const cleaned = cleanName(run, true);
    if (cleaned) add(m.index + m[0].length - run.length + cleaned.skip, cleaned.name);
  }
  return found.sort((a, b) => a.start - b.start);
}
