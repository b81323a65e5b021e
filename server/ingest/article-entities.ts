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

  // "Hammouchi" alone refers back to the person named in full: one pattern per person, built once.
  const surnames = [...persons.values()]
    .filter((p) => p.name.includes(' '))
    .map((p) => ({ key: p.key, re: new RegExp(`(?<![\\p{L}])${p.surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu') }));
  const sentences: SentenceFacts[] = perSentence.map(({ sentence, roles, named }) => {
    const participants: Participant[] = [];
    const covered = (start: number, end: number) => participants.some((p) => start < p.end && end > p.start);
    for (const m of named) participants.push({ kind: 'person', key: personKey(m.name), start: m.start, end: m.end });
    for (const p of surnames) {
      for (const m of sentence.text.matchAll(p.re)) {
        const start = sentence.start + m.index;
        if (!covered(start, start + m[0].length)) participants.push({ kind: 'person', key: p.key, start, end: start + m[0].length });
      }
    }
    for (const role of roles) {
      if (role.plural || named.some((n) => n.role === role)) continue;
      const office = officeHolder(role, persons);
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

/** "le Directeur général de la Sûreté nationale" is the person the article named with that office. */
function officeHolder(role: RoleMention, persons: Map<string, PersonEntity>): PersonEntity | undefined {
  if (role.orgs.length === 0) return undefined;
  const names = new Set(role.orgs.map((o) => o.name));
  return [...persons.values()].find((p) => p.role?.orgs.some((o) => names.has(o.name)) && p.role.orgs.every((o) => names.has(o.name)));
}
