/**
 * Who an article is about: its people (named once in full, then "M.
 * Hammouchi", "Hammouchi" or "le Directeur général de la Sûreté nationale"),
 * and the agencies that stand for officials it does not name. Each sentence
 * gets its participants in reading order, for the meeting rules to use.
 */
import { foldKeepingOffsets } from '../../text/normalise';
import type { ArticleLayout, Sentence } from '../reading/article-text';
import { addWeight, articleCountryWeights, chooseAgain, findOrganizations, hitsWithin, overlapsHit, textCountryWeights, topCountry, type OrganizationHit } from '../lexicon/organizations';
import { findCountries } from '../lexicon/countries';
import { loneSurnames } from './lone-surnames';
import { variantKeys } from './name-variants';
import { findPersons, type PersonMention } from './persons';
import { counterpartOf, officeHolders, surnameFinder } from './references';
import type { ArticleEntities, OrgEntity, Participant, PersonEntity } from './entity-types';
import { findRoles, orgRef, type OrgRef, type RoleMention } from './roles';

const surnameKey = (name: string) => `person:${foldKeepingOffsets(name.split(/\s+/).at(-1)!)}`;
/** Agencies are one entity per name within an article. */
export const orgKey = (name: string) => `org:${foldKeepingOffsets(name)}`;

export function articleEntities(layout: ArticleLayout): ArticleEntities {
  const { text } = layout;
  // Headline lists and "Lire aussi" links name agencies too: only the article's sentences count.
  // Read only when a homonym or a ministry without its country needs it: a megabyte of names pays for it once at most.
  let countries: Map<string, number> | undefined;
  const named = () => (countries ??= withDatelines(textCountryWeights(text), layout));
  const readAgencies = (hits: OrganizationHit[]) => {
    const orgHits = layout.sentences.flatMap((s) => hitsWithin(hits, s.start, s.end));
    let weights: Map<string, number> | undefined;
    // The country the article is most about, or, for someone visiting `visited`, the most named other one.
    const articleCountry = (visited?: string) => {
      weights ??= articleCountryWeights(named(), orgHits.map((h) => ({ entries: [h.entry] })));
      if (!visited) return topCountry(weights);
      return topCountry(new Map([...weights].filter(([code]) => code !== visited)));
    };
    // Sentences are read in order: a counterpart ("son homologue français") takes the office named before it.
    const last = { interior: false };
    const perSentence = layout.sentences.map((sentence) => {
      const roles = findRoles(sentence.text, sentence.start, orgHits, articleCountry, last);
      // Overlapping, not only inside: "Nations Unies" is words of "l'Organisation des Nations Unies".
      const inSentence = hitsWithin(orgHits, sentence.start, sentence.end);
      const isAgency = (from: number, to: number) => overlapsHit(inSentence, sentence.start + from, sentence.start + to);
      const people = findPersons(sentence.text, sentence.start, roles, isAgency);
      return { sentence, roles, named: people };
    });
    return { orgHits, perSentence };
  };
  const first = findOrganizations(text, named);
  let { orgHits, perSentence } = readAgencies(first);
  // Agencies only titles name have countries too: homonyms ("Sûreté nationale") are chosen again with them.
  const titled = perSentence.flatMap((s) => s.roles.flatMap((r) => r.orgs.flatMap((o) => (o.fromTitle && o.country ? [o.country] : []))));
  if (titled.length > 0 && first.some((h) => h.choices)) {
    const again = chooseAgain(first, () => {
      const withTitles = new Map(named());
      for (const code of titled) addWeight(withTitles, code);
      return withTitles;
    });
    if (again.some((h, i) => h.entry !== first[i]!.entry)) ({ orgHits, perSentence } = readAgencies(again));
  }
  // "Hammouchi a eu …" in an article that never names him in full.
  const lone = loneSurnames(layout.sentences, new Set(perSentence.flatMap((s) => s.named.map((m) => m.name))), orgHits);
  // Both in text order: one cursor hands each sentence its mentions.
  let next = 0;
  for (const s of perSentence) {
    const from = next;
    while (next < lone.length && lone[next]!.start < s.sentence.end) next += 1;
    if (next > from) s.named = [...s.named, ...lone.slice(from, next)].sort((a, b) => a.start - b.start);
  }
  // People first, across the article: later sentences refer back to them.
  const mentions = perSentence.flatMap((s) => s.named);
  // A page names a few people many times: each name is keyed once.
  const keys = new Map<string, string>();
  for (const m of mentions) if (!keys.has(m.name)) keys.set(m.name, surnameKey(m.name));
  const variants = variantKeys([...keys].map(([name, key]) => ({ key, name })));
  const personKey = (name: string) => {
    const key = keys.get(name) ?? surnameKey(name);
    return variants.get(key) ?? key;
  };
  const persons = collectPersons(text, mentions, personKey);
  const orgs = new Map<string, OrgEntity>();
  const addOrg = (org: OrgRef, quoted: { start: number; end: number } = org) => {
    const key = orgKey(org.name);
    if (!orgs.has(key)) orgs.set(key, { key, org, quote: text.slice(quoted.start, quoted.end) });
  };
  // A body named only in passing is no fact of the article: those that say so are proposed through a title (below) alone.
  for (const hit of orgHits) if (!hit.entry.titled) addOrg(orgRef(hit.entry, hit.start, hit.end));
  // An agency only a title names ("ministre belge de l'Intérieur") is quoted with the whole title.
  for (const { roles } of perSentence) for (const role of roles) for (const org of role.orgs) addOrg(org, org.fromTitle ? role : org);
  const findParticipants = participantFinder(persons, personKey);
  const sentences = perSentence.map(({ sentence, roles, named }) => ({ sentence, roles, participants: findParticipants(sentence, roles, named) }));
  return { persons, orgs, sentences, orgHits };
}

/** "ALGER (Algérie) – …", "Rabat, 12 mars 2025 – …": where the story was filed weighs as much as three mentions. */
function withDatelines(weights: Map<string, number>, layout: ArticleLayout): Map<string, number> {
  for (const line of layout.datelines) {
    if (line.reason !== 'place dateline') continue;
    const code = findCountries(layout.text.slice(line.start, line.end))[0]?.code;
    if (code) for (let i = 0; i < 3; i++) addWeight(weights, code);
  }
  return weights;
}

/** One entity per person, with the fullest name and the first title the article gives them. */
function collectPersons(text: string, mentions: PersonMention[], personKey: (name: string) => string): Map<string, PersonEntity> {
  const persons = new Map<string, PersonEntity>();
  for (const mention of mentions) {
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
    persons.set(key, {
      ...known,
      ...(full && !known.name.includes(' ') ? { name: entity.name, ...(known.role ? {} : { quote: entity.quote }) } : {}),
      ...(!known.role && entity.role ? { role: entity.role, quote: entity.quote } : {}),
    });
  }
  return persons;
}

/** Who each sentence names, in reading order: people in full, by surname or by office, and agencies standing for unnamed officials. */
function participantFinder(persons: Map<string, PersonEntity>, personKey: (name: string) => string) {
  // "Hammouchi" alone refers back to the person named in full.
  const findSurnames = surnameFinder([...persons.values()].filter((p) => p.name.includes(' ')));
  const holders = officeHolders(persons);
  const counterpart = counterpartOf(persons);
  return (sentence: Sentence, roles: RoleMention[], named: PersonMention[]): Participant[] => {
    const participants: Participant[] = [];
    const covered = (start: number, end: number) => participants.some((p) => start < p.end && end > p.start);
    for (const m of named) if (!m.elected) participants.push({ kind: 'person', key: personKey(m.name), start: m.start, end: m.end });
    const elected = named.filter((m) => m.elected);
    for (const m of findSurnames(sentence.text)) {
      const start = sentence.start + m.start;
      const end = sentence.start + m.end;
      if (!covered(start, end) && !elected.some((e) => start < e.end && end > e.start)) participants.push({ kind: 'person', key: m.key, start, end });
    }
    for (const role of roles) {
      if (role.plural || named.some((n) => n.role === role)) continue;
      const office = holders(role) ?? counterpart(role);
      if (office) {
        if (!covered(role.start, role.end)) participants.push({ kind: 'person', key: office.key, start: role.start, end: role.end });
        continue;
      }
      // An office the article names without its holder: the agency attends (never an invented person).
      // "son homologue soudanais" unnamed: the guessed ministry is whose office it is, not who attends.
      for (const org of role.orgs) if (!org.counterpart) participants.push({ kind: 'org', key: orgKey(org.name), start: role.start, end: role.end });
    }
    return participants.sort((a, b) => a.start - b.start);
  };
}
