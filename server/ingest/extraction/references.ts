/**
 * How an article refers back to someone it named in full: by surname alone
 * ("Hammouchi") or by office ("le Directeur général de la Sûreté nationale").
 */
import { foldKeepingOffsets } from '../../text/normalise';
import type { PersonEntity } from './entity-types';
import { nameSimilarity } from '../resolution/name-similarity';
import type { RoleMention } from './roles';
import { SAME_PERSON } from './name-variants';

/**
 * "le Directeur général de la Sûreté nationale" is the person the article
 * named with that office. Answers are kept per set of agencies: an article
 * repeats a few offices many times.
 */
export function officeHolders(persons: Map<string, PersonEntity>): (role: RoleMention) => PersonEntity | undefined {
  const answers = new Map<string, PersonEntity | undefined>();
  return (role) => {
    if (role.orgs.length === 0) return undefined;
    const names = new Set(role.orgs.map((o) => o.name));
    const key = [...names].sort().join('\u0000');
    if (!answers.has(key)) {
      const holder = [...persons.values()].find((p) => p.role?.orgs.some((o) => names.has(o.name)) && p.role.orgs.every((o) => names.has(o.name)));
      answers.set(key, holder ?? untitledHead(persons));
    }
    return answers.get(key);
  };
}

/**
 * "le Secrétaire Général Jürgen Stock … le chef d'INTERPOL": the one person the article titles as a head without
 * saying of what holds the office it names without a holder. None when several could.
 */
function untitledHead(persons: Map<string, PersonEntity>): PersonEntity | undefined {
  const heads = [...persons.values()].filter((p) => p.role && p.role.orgs.length === 0 && !p.role.ambassador && !p.role.plural && !p.role.country && /^(?:secr[ée]taire g[ée]n[ée]ral|directeur|directrice|pr[ée]sident|chef|patron)/iu.test(p.role.title));
  return heads.length === 1 ? heads[0] : undefined;
}

/**
 * "une séance de travail avec son homologue sénégalais": the one person of that
 * country the article names with an office in an agency or a ministry (a head
 * of state is nobody's counterpart). None when several could be meant.
 */
export function counterpartOf(persons: Map<string, PersonEntity>): (role: RoleMention) => PersonEntity | undefined {
  return (role) => {
    if (!/^homologue/i.test(role.title) || role.plural || !role.country || role.orgs.length > 0) return undefined;
    const code = role.country.code;
    const office = [...persons.values()].filter((p) => p.role && p.role.orgs.length > 0 && (p.role.orgs[0]?.country ?? p.role.country?.code) === code);
    return office.length === 1 ? office[0] : undefined;
  };
}

/** The capitalised word after a given name, when the two are one of `people` misspelt: one comparison per namesake. */
function misspeltSurname(sentence: string, start: number, from: number, people: { key: string; name: string; rank: number }[]): (SurnameHit & { rank: number })[] {
  const next = /^\s+(\p{Lu}[\p{L}'-]+)/u.exec(sentence.slice(from, from + 40));
  if (!next) return [];
  const end = from + next[0].length;
  const written = sentence.slice(start, end);
  return people.filter((p) => p.name !== written && nameSimilarity(p.name, written) >= SAME_PERSON).map((p) => ({ key: p.key, start, end, rank: p.rank }));
}

const MAX_NAMESAKES = 4;

export interface SurnameHit {
  key: string;
  start: number;
  end: number;
}

const LETTERS = /\p{L}+/gu;
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isCapital = (ch: string | undefined) => ch !== undefined && /\p{Lu}/u.test(ch);

/**
 * Where a sentence names someone by surname alone, for every person named in
 * full. Surnames are looked up by their first run of letters at each word of
 * the sentence, so the cost grows with the sentence, not with the number of
 * people times sentences. Where two surnames overlap ("El-Hammouchi",
 * "Hammouchi"), the person the article named first keeps the words.
 */
export function surnameFinder(people: PersonEntity[]): (sentence: string) => SurnameHit[] {
  const byFirstRun = new Map<string, { key: string; surname: string; rank: number }[]>();
  people.forEach((p, rank) => {
    const surname = foldKeepingOffsets(p.surname);
    const first = surname.match(LETTERS)?.[0];
    if (!first) return;
    const list = byFirstRun.get(first) ?? [];
    list.push({ key: p.key, surname, rank });
    byFirstRun.set(first, list);
  });
  // "Christopher Wary" for Christopher Wray: the given name exact, the surname misspelt.
  const byGivenName = new Map<string, { key: string; name: string; rank: number }[]>();
  people.forEach((p, rank) => {
    const given = foldKeepingOffsets(p.name).match(LETTERS)?.[0];
    if (!given || given.length < 3 || !p.name.includes(' ')) return;
    const list = byGivenName.get(given) ?? [];
    list.push({ key: p.key, name: p.name, rank });
    byGivenName.set(given, list);
  });
  return (sentence) => {
    // Folded, "HAMMOUCHI" and "Münch" are "hammouchi" and "munch": a surname as outlets print or transliterate it.
    const folded = foldKeepingOffsets(sentence);
    const found: (SurnameHit & { rank: number })[] = [];
    for (const m of folded.matchAll(LETTERS)) {
      const namesakes = isCapital(sentence[m.index]) ? byGivenName.get(m[0]) : undefined;
      // A few people share a given name in an article; a page of thousands is not compared with each.
      const misspelt = namesakes && namesakes.length <= MAX_NAMESAKES ? namesakes : undefined;
      if (misspelt) found.push(...misspeltSurname(sentence, m.index, m.index + m[0].length, misspelt));
      const candidates = byFirstRun.get(m[0]);
      // A name is capitalised: "stock" is not Jürgen Stock.
      if (!candidates || !isCapital(sentence[m.index])) continue;
      for (const c of candidates) {
        const end = m.index + c.surname.length;
        if (folded.startsWith(c.surname, m.index) && !isLetter(folded[end])) found.push({ key: c.key, start: m.index, end, rank: c.rank });
      }
    }
    return found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  };
}
