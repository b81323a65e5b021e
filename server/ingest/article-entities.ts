/**
 * Who an article is about: its people (named once in full, then "M.
 * Hammouchi", "Hammouchi" or "le Directeur général de la Sûreté nationale"),
 * and the agencies that stand for officials it does not name. Each sentence
 * gets its participants in reading order, for the meeting rules to use.
 */
import { foldKeepingOffsets } from '../text/normalise';
import type { ArticleLayout, Sentence } from './article-text';
import { findOrganizations, hitsWithin, type OrganizationHit } from './lexicon/organizations';
import { findPersons } from './persons';
import { findRoles, orgRef, type OrgRef, type RoleMention } from './roles';

export interface PersonEntity {
  key: string;
  name: string;
  surname: string;
  role?: RoleMention;
  /** The words that name them with their title: "l'ambassadeur du Royaume-Uni à Rabat, Alex Pinfield". */
  quote: string;
}

export interface OrgEntity {
  key: string;
  org: OrgRef;
  quote: string;
}

export interface Participant {
  kind: 'person' | 'org';
  key: string;
  start: number;
  end: number;
}

export interface SentenceFacts {
  sentence: Sentence;
  participants: Participant[];
  roles: RoleMention[];
}

export interface ArticleEntities {
  persons: Map<string, PersonEntity>;
  orgs: Map<string, OrgEntity>;
  sentences: SentenceFacts[];
  orgHits: OrganizationHit[];
}

const personKey = (name: string) => `person:${foldKeepingOffsets(name.split(/\s+/).at(-1)!)}`;
/** Agencies are one entity per name within an article. */
export const orgKey = (name: string) => `org:${foldKeepingOffsets(name)}`;

export function articleEntities(layout: ArticleLayout): ArticleEntities {
  const { text } = layout;
  // Headline lists and "Lire aussi" links name agencies too: only the article's sentences count.
  const allHits = findOrganizations(text);
  const orgHits = layout.sentences.flatMap((s) => hitsWithin(allHits, s.start, s.end));
  const persons = new Map<string, PersonEntity>();
  const orgs = new Map<string, OrgEntity>();
  const addOrg = (org: OrgRef, quoted: { start: number; end: number } = org) => {
    const key = orgKey(org.name);
    if (!orgs.has(key)) orgs.set(key, { key, org, quote: text.slice(quoted.start, quoted.end) });
    return key;
  };

  const perSentence = layout.sentences.map((sentence) => {
    const roles = findRoles(sentence.text, sentence.start, orgHits);
    const named = findPersons(sentence.text, sentence.start, roles);
    return { sentence, roles, named };
  });

  // People first, across the article: later sentences refer back to them.
  for (const { named } of perSentence) {
    for (const mention of named) {
      const key = personKey(mention.name);
      const known = persons.get(key);
      const full = mention.name.includes(' ');
      const quoteStart = Math.min(mention.start, mention.role?.start ?? mention.start);
      const quoteEnd = Math.max(mention.end, mention.role?.end ?? mention.end);
      const entity: PersonEntity = {
        key,
        name: mention.name,
        surname: mention.name.split(/\s+/).at(-1)!,
        ...(mention.role ? { role: mention.role } : {}),
        quote: text.slice(quoteStart, quoteEnd),
      };
      if (!known) {
        persons.set(key, entity);
        continue;
      }
      // Keep the fullest name and the first title the article gives.
      persons.set(key, {
        ...known,
        ...(full && !known.name.includes(' ') ? { name: entity.name, ...(known.role ? {} : { quote: entity.quote }) } : {}),
        ...(!known.role && entity.role ? { role: entity.role, quote: entity.quote } : {}),
      });
    }
  }
  for (const hit of orgHits) addOrg(orgRef(hit.entry, hit.start, hit.end));
  // An agency only a title names ("ministre belge de l'Intérieur") is quoted with the whole title.
  for (const { roles } of perSentence) for (const role of roles) for (const org of role.orgs) addOrg(org, org.fromTitle ? role : org);

  // "Hammouchi" alone refers back to the person named in full.
  const findSurnames = surnameFinder([...persons.values()].filter((p) => p.name.includes(' ')));
  const holders = officeHolders(persons);
  const sentences: SentenceFacts[] = perSentence.map(({ sentence, roles, named }) => {
    const participants: Participant[] = [];
    const covered = (start: number, end: number) => participants.some((p) => start < p.end && end > p.start);
    for (const m of named) participants.push({ kind: 'person', key: personKey(m.name), start: m.start, end: m.end });
    for (const m of findSurnames(sentence.text)) {
      const start = sentence.start + m.start;
      const end = sentence.start + m.end;
      if (!covered(start, end)) participants.push({ kind: 'person', key: m.key, start, end });
    }
    for (const role of roles) {
      if (role.plural || named.some((n) => n.role === role)) continue;
      const office = holders(role);
      if (office) {
        if (!covered(role.start, role.end)) participants.push({ kind: 'person', key: office.key, start: role.start, end: role.end });
        continue;
      }
      // An office the article names without its holder: the agency attends (never an invented person).
      for (const org of role.orgs) participants.push({ kind: 'org', key: orgKey(org.name), start: role.start, end: role.end });
    }
    return { sentence, roles, participants: participants.sort((a, b) => a.start - b.start) };
  });
  return { persons, orgs, sentences, orgHits };
}

/**
 * "le Directeur général de la Sûreté nationale" is the person the article
 * named with that office. Answers are kept per set of agencies: an article
 * repeats a few offices many times.
 */
function officeHolders(persons: Map<string, PersonEntity>): (role: RoleMention) => PersonEntity | undefined {
  const answers = new Map<string, PersonEntity | undefined>();
  return (role) => {
    if (role.orgs.length === 0) return undefined;
    const names = new Set(role.orgs.map((o) => o.name));
    const key = [...names].sort().join('\u0000');
    if (!answers.has(key)) {
      answers.set(key, [...persons.values()].find((p) => p.role?.orgs.some((o) => names.has(o.name)) && p.role.orgs.every((o) => names.has(o.name))));
    }
    return answers.get(key);
  };
}

interface SurnameHit {
  key: string;
  start: number;
  end: number;
}

const LETTERS = /\p{L}+/gu;
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/**
 * Where a sentence names someone by surname alone, for every person named in
 * full. Surnames are looked up by their first run of letters at each word of
 * the sentence, so the cost grows with the sentence, not with the number of
 * people times sentences. Where two surnames overlap ("El-Hammouchi",
 * "Hammouchi"), the person the article named first keeps the words.
 */
function surnameFinder(people: PersonEntity[]): (sentence: string) => SurnameHit[] {
  const byFirstRun = new Map<string, { key: string; surname: string; rank: number }[]>();
  people.forEach((p, rank) => {
    const first = p.surname.match(LETTERS)?.[0];
    if (!first) return;
    const list = byFirstRun.get(first) ?? [];
    list.push({ key: p.key, surname: p.surname, rank });
    byFirstRun.set(first, list);
  });
  return (sentence) => {
    const found: (SurnameHit & { rank: number })[] = [];
    for (const m of sentence.matchAll(LETTERS)) {
      for (const c of byFirstRun.get(m[0]) ?? []) {
        const end = m.index + c.surname.length;
        if (sentence.startsWith(c.surname, m.index) && !isLetter(sentence[end])) found.push({ key: c.key, start: m.index, end, rank: c.rank });
      }
    }
    return found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  };
}
