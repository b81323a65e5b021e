/** The words a person's name is made of in this genre, and the capitalised words that are never a name. */
import { foldKeepingOffsets } from '../../text/normalise';
import { findCountries } from '../lexicon/countries';

export const TOKEN = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*`;
/** A surname some outlets print in capitals ("M. Abdellatif HAMMOUCHI"); five letters or more, so that acronyms (DGSN, FBI) are not names. */
export const CAPS = String.raw`\p{Lu}[\p{Lu}'’-]{4,}(?![\p{Ll}])`;
const CAPS_WORD = new RegExp(`^${CAPS}$`, 'u');
/** "Mohamed ould Cheikh", "Iyad ag Ghali": Saharan names join their parts with a lowercase word too. */
export const PARTICLE = String.raw`(?:bin|ben|ibn|ould|ag|el|al|de|da|del|della|dei|do|das|dos|van|von|der|du|di)`;
/** "A. Hammouchi": an initial may open a name ("M." is Monsieur, never an initial). */
export const INITIAL = String.raw`(?!M\.)\p{Lu}\.\s?`;
/** "Ronald K. Noble", "David T. Fischer": a middle initial between two words of a name. */
const MIDDLE_INITIAL = String.raw`(?!M\.)\p{Lu}\.(?=\s+\p{Lu})`;
/** "Ahmed Abou el-Gheith", "Abdelaziz al-Saoud Ibn Nayef Ibn Abdelaziz al-Saoud": a particle may be joined by a hyphen, and a name run to ten words. */
export const RUN = `(?:${INITIAL})?${TOKEN}(?:\\s+(?:${PARTICLE}(?:\\s+|-))?(?:${TOKEN}|${CAPS}|${MIDDLE_INITIAL})){0,9}`;
/** "le Dr. Mohammed bin Ali Koman": a doctor's title is an honorific too; "MM." opens a list of men. */
export const HONORIFIC = String.raw`(?:MM\.|M\.|Mme|Mlle|Monsieur|Madame|Dr\.?|S\.E\.|SE|Son Excellence)`;

/** Capitalised words that begin sentences or name offices, places and times: never part of a name. */
export const NOT_NAMES = new Set(
  (
    'mme mlle cheikh sheikh emir prince princesse altesse brigade division dr excellence general generale colonel colonel-major general-major lieutenant-colonel commandant capitaine lieutenant-general commissaire docteur professeur le la les l un une ce cette ces ainsi selon lors au aux en dans par pour avec et mais il elle ils elles son sa ses leur ' +
    'police surete securite direction directeur directrice bureau agency intelligence federal federale central centrale ' +
    'national nationale royaume republique etat ministere ministre service services office department commissariat ' +
    'commissaire general generale gendarmerie garde pole union organisation conseil comite agence forces cour tribunal ' +
    'parlement gouvernement ambassade ambassadeur president presidente roi sa majeste monsieur madame ' +
    'surveillance territoire immigration frontieres justice interieur defense renseignement information judiciaire ' +
    'coordination cooperation delegation region province wilaya prefecture prefet gouvernorat affaires etrangeres exterieures ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche sahel sahara europe afrique moyen-orient'
  ).split(' '),
);
// "Avril" is a month and a first name: a month inside a run that an honorific or title vouches for stays.
export const MONTHS = new Set('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '));

/** The name in a run of capitalised words, or null: leading places and sentence words are dropped. */
export function cleanName(run: string, vouched: boolean): { name: string; skip: number } | null {
  const tokens = run.split(/\s+/);
  let skip = 0;
  while (tokens.length > 0) {
    const t = foldKeepingOffsets(tokens[0]!);
    const place = findCountries(tokens[0]!).length > 0;
    // "Général de Brigade Ahmad Radan": a particle after a dropped word belongs to the office, not the name.
    const officeParticle = skip > 0 && /^(?:de|du|des|d')$/u.test(t);
    if ((NOT_NAMES.has(t) && !(vouched && MONTHS.has(t) && tokens.length >= 2)) || place || officeParticle) {
      skip += tokens[0]!.length + 1;
      tokens.shift();
    } else break;
  }
  if (tokens.some((t) => NOT_NAMES.has(foldKeepingOffsets(t)) && !MONTHS.has(foldKeepingOffsets(t)))) return null;
  if (tokens.length === 0) return null;
  // "HAMMOUCHI" is written Hammouchi: same length, so offsets hold.
  return { name: tokens.map((t) => (CAPS_WORD.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t)).join(' '), skip };
}

/** A name that is all a place: "Abou Dhabi", "Tanger". */
const PLACE_NAMES = new Map<string, boolean>();
export function isPlace(name: string): boolean {
  // A page names a few people many times: each name is looked up once (the cache is emptied past a page's worth).
  let known = PLACE_NAMES.get(name);
  if (known === undefined) {
    if (PLACE_NAMES.size > 10_000) PLACE_NAMES.clear();
    known = findCountries(name).some((c) => c.start === 0 && c.end === name.length);
    PLACE_NAMES.set(name, known);
  }
  return known;
}

const NAME_RUN = new RegExp(`(?:${HONORIFIC}\\s+)?(${RUN})`, 'gu');

/**
 * Where a name of two words or more starts between `from` and `to` ("… américain Mike Pompeo"), if one does.
 * `isAgency` tells the words of an agency the gazetteer knows ("la Guardia Civil espagnole") from a name.
 */
export function nameRunStart(text: string, from: number, to: number, isAgency: (start: number, end: number) => boolean): number | undefined {
  NAME_RUN.lastIndex = from;
  for (let m = NAME_RUN.exec(text); m && m.index < to; m = NAME_RUN.exec(text)) {
    const cleaned = cleanName(m[1]!, false);
    // After office words, only a capitalised name that is not a place ("Police de Dubaï" is an agency).
    if (!cleaned || !cleaned.name.includes(' ') || (cleaned.skip > 0 && (!/^\p{Lu}/u.test(cleaned.name) || findCountries(cleaned.name).length > 0))) continue;
    // "le Commandant en chef de la police d'Abou Dhabi, le général …": a city of two words is the office's, not a name.
    if (isPlace(cleaned.name)) continue;
    // "ministre de la Défense Téné Birahima Ouattara": the office's last words run into the name; the name starts after them.
    const start = cleaned.skip === 0 ? m.index : m.index + m[0].length - m[1]!.length + cleaned.skip;
    if (!isAgency(start, m.index + m[0].length)) return start;
  }
  return undefined;
}
