/**
 * One article in, one proposal out: the people, agencies, countries and
 * meetings it states, each with its quote, each resolved against the graph
 * (known, with a score and reasons, or new, with the id it will get).
 * Deterministic: the same text and graph give the same keys, so a reviewer's
 * choices ("leave out p2") can be sent back with the text.
 */
import { createHash } from 'node:crypto';
import { countryNames } from '../../graph-seed/countries';
import type { DatePrecision, MeetingKind } from '../contract/model';
import type { Proposal, ProposedMeeting, ProposedOrganization, ProposedPerson } from '../contract/proposal';
import type { GraphStore } from '../store/graph-store';
import { foldKeepingOffsets } from '../text/normalise';
import { articleEntities, type ArticleEntities } from './article-entities';
import { checkArticleText } from './article-input';
import { ARTICLE_LIMITS, checkCount } from './article-limits';
import { layoutArticle, type ArticleLayout } from './article-text';
import { articleDate, type ArticleDate } from './dates';
import { findCountries } from './lexicon/countries';
import { REGION_NAMES } from './lexicon/topics';
import { findMeetings, homeCountry, type MeetingDraft } from './meetings';
import { clauseAround } from './quotes';
import { nodeExists, resolveMeeting, resolveOrganization, resolvePerson } from './resolve';
import { NotFoundError } from '../store/errors';

export interface ProposeOptions {
  /** YYYY, YYYY-MM or YYYY-MM-DD: the article's date when its text gives none (or overrides it). */
  date?: string;
}

export const slug = (s: string) =>
  foldKeepingOffsets(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** A page without a title line is named by its opening words, cut at a word and marked as cut. */
function shorten(sentence: string, max: number): string {
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max);
  return `${sentence.slice(0, cut > 40 ? cut : max).replace(/[,;:]$/, '')}…`;
}

/** What building one proposal shares across its people, agencies and meetings. */
interface ProposalContext {
  store: GraphStore;
  /** Ids given to new entities of this proposal so far. */
  taken: Set<string>;
  /** Internal entity keys ("person:snoek") to the proposal's keys ("p3"), for meeting attendees. */
  keys: Map<string, string>;
  warnings: string[];
}

/** An id for a new entity that no other entity holds yet. */
async function freeId({ store, taken }: ProposalContext, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id) && !(await nodeExists(store, id))) {
      taken.add(id);
      return id;
    }
  }
}

/** An article as sent (checked, then read), proposed against the graph. */
export async function proposeFacts(rawText: string, store: GraphStore, options: ProposeOptions = {}, analyse: Analyse = analyseHere): Promise<Proposal> {
  return proposalFrom(await analyse(rawText, options), store);
}

/**
 * Reads an article into what the proposal is made of, without the graph: the
 * CPU-bound part, pure, and small enough to pass between threads (the server
 * runs it in a worker; see analysis-runner.ts).
 */
export function analyseArticle(text: string, options: ProposeOptions = {}): ArticleAnalysis {
  const layout = layoutArticle(text, { maxSentences: ARTICLE_LIMITS.sentences, tooMany: (count) => checkCount('sentences', count) });
  const { date: published, warnings } = articleDate(layout, options.date);
  const entities = articleEntities(layout);
  checkCount('persons', entities.persons.size);
  checkCount('organizations', entities.orgs.size);
  return { text, layout, published, warnings, entities, drafts: findMeetings(layout, entities, published) };
}

export interface ArticleAnalysis {
  text: string;
  layout: ArticleLayout;
  published: ArticleDate | null;
  warnings: string[];
  entities: ArticleEntities;
  drafts: MeetingDraft[];
}

/**
 * How a proposal gets its analysis of a text as sent (checked by
 * checkArticleText, then read): in this thread by default, in a worker with a
 * time budget on the server.
 */
export type Analyse = (rawText: string, options: ProposeOptions) => Promise<ArticleAnalysis>;

export const analyseHere: Analyse = async (rawText, options) => analyseArticle(checkArticleText(rawText), options);

/** The same, for text that has already passed checkArticleText (the CLI). */
export function proposeFromText(text: string, store: GraphStore, options: ProposeOptions = {}): Promise<Proposal> {
  return proposalFrom(analyseArticle(text, options), store);
}

/** The analysis resolved against the graph: known or new, with ids. */
export async function proposalFrom(analysis: ArticleAnalysis, store: GraphStore): Promise<Proposal> {
  const { text, layout, published, warnings, entities, drafts } = analysis;

  const title = layout.title?.text ?? shorten(layout.sentences[0]?.text ?? 'Untitled article', 120);
  const articleId = `article:${slug(title).slice(0, 48)}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
  const articleKnown = await store.article(articleId).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotFoundError) return false;
      throw error;
    },
  );
  if (articleKnown) warnings.push('this article is already in the graph: accepting it again changes nothing that is already there');
  if (!published) warnings.push('no publication date found: pass --date YYYY-MM-DD (the timeline needs it; relative dates such as "ce lundi" stay unresolved)');

  const context: ProposalContext = { store, taken: new Set(), keys: new Map(), warnings };
  const organizations = await proposeOrganizations(entities, text, context);
  const persons = await proposePersons(entities, context);
  const meetings = await proposeMeetings(drafts, persons, organizations, context);

  const countries = new Set<string>();
  for (const m of meetings) if (m.country) countries.add(m.country);
  for (const o of organizations) if (o.country) countries.add(o.country);
  for (const p of persons) if (p.country) countries.add(p.country);

  return {
    article: {
      id: articleId,
      status: articleKnown ? 'known' : 'new',
      title,
      ...(published?.publisher ? { publisher: published.publisher } : {}),
      ...(published ? { published: published.value, precision: published.precision, publishedFrom: published.from } : {}),
    },
    persons,
    organizations,
    countries: [...countries].sort(),
    meetings,
    warnings,
  };
}

async function proposeOrganizations(entities: ArticleEntities, text: string, context: ProposalContext): Promise<ProposedOrganization[]> {
  const { store, keys } = context;
  const out: ProposedOrganization[] = [];
  for (const { key, org, quote } of entities.orgs.values()) {
    const match = await resolveOrganization(store, { name: org.name, ...(org.acronym ? { acronym: org.acronym } : {}), ...(org.country ? { country: org.country } : {}) });
    const countryQuote = org.country ? countryStated(entities, text, org.name, org.country) : undefined;
    const proposed: ProposedOrganization = {
      key: `o${out.length + 1}`,
      id: match?.id ?? (await freeId(context, `org:${slug(org.acronym ?? org.name.replace(/\s*\([^)]*\)$/, ''))}${org.country && !org.acronym ? `-${org.country.toLowerCase()}` : ''}`)),
      status: match ? 'known' : 'new',
      ...(match ? { match } : {}),
      name: org.name,
      ...(org.acronym ? { acronym: org.acronym } : {}),
      ...(org.country ? { country: org.country } : {}),
      kind: org.kind,
      quote,
      ...(countryQuote ? { countryQuote } : {}),
    };
    out.push(proposed);
    keys.set(key, proposed.key);
  }
  return out;
}

/** Words of the article that give an agency's country ("la Police Fédérale belge"), if any do. */
function countryStated(entities: ArticleEntities, text: string, name: string, country: string): string | undefined {
  const spans = [
    ...entities.orgHits.filter((h) => h.entry.name === name),
    ...entities.sentences.flatMap((s) => s.roles.filter((r) => r.orgs.some((o) => o.name === name))),
  ];
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    if (findCountries(words).some((c) => c.code === country && c.via !== 'city')) return words;
  }
  return undefined;
}

async function proposePersons(entities: ArticleEntities, context: ProposalContext): Promise<ProposedPerson[]> {
  const { store, keys, warnings } = context;
  const out: ProposedPerson[] = [];
  for (const p of entities.persons.values()) {
    if (!p.name.includes(' ')) warnings.push(`"${p.name}" is named by surname only`);
    const role = p.role;
    const org = role?.orgs[0];
    const country = role?.ambassador ? role.country?.code : homeCountry(p.key, 'person', entities);
    const match = await resolvePerson(store, {
      name: p.name,
      organizations: (role?.orgs ?? []).flatMap((o) => [o.name, ...(o.acronym ? [o.acronym] : [])]),
      ...(role?.ambassador && country ? { country } : {}),
    });
    out.push({
      key: `p${out.length + 1}`,
      id: match?.id ?? (await freeId(context, `person:${slug(p.name)}`)),
      status: match ? 'known' : 'new',
      ...(match ? { match } : {}),
      name: p.name,
      ...(role ? { title: role.title } : {}),
      ...(org ? { organization: org.name, organizations: role!.orgs.map((o) => o.name) } : {}),
      ...(country ? { country } : {}),
      ...(role?.ambassador ? { represents: true } : {}),
      quote: p.quote,
    });
    keys.set(p.key, out.at(-1)!.key);
  }
  return out;
}

const KIND_NAMES: Record<MeetingKind, string> = {
  tripartite: 'Tripartite',
  multilateral: 'Multilateral',
  bilateral: 'Bilateral',
  audience: 'Audience',
  'working-visit': 'Visit',
  'working-session': 'Talks',
};

/** Two names make a title ("Hammouchi – Snoek"); a larger table is named by its kind and place. */
function meetingTitle(kind: MeetingKind, names: string[], place: string | undefined): string {
  if (names.length <= 2 && kind !== 'tripartite' && kind !== 'multilateral') return names.join(' – ');
  return `${KIND_NAMES[kind]}${place ? ` in ${place}` : ''}`;
}

async function proposeMeetings(
  drafts: MeetingDraft[],
  persons: ProposedPerson[],
  organizations: ProposedOrganization[],
  context: ProposalContext,
): Promise<ProposedMeeting[]> {
  const { store, keys, warnings } = context;
  const out: ProposedMeeting[] = [];
  let n = 0;
  for (const d of drafts) {
    const attendees = d.participants.flatMap((p) => {
      const key = keys.get(p.key);
      const entity = persons.find((x) => x.key === key) ?? organizations.find((x) => x.key === key);
      return entity ? [{ ref: entity.key, name: entity.name, role: p.role, quote: p.quote, id: entity.id, known: entity.status === 'known', kind: p.kind }] : [];
    });
    const known = attendees.filter((a) => a.known).map((a) => a.id);
    const resolved = await resolveMeeting(store, {
      attendees: known,
      newAttendees: attendees.length - known.length,
      ...(d.date?.value ? { date: d.date.value } : {}),
      ...(d.date?.weekday !== undefined && !d.date.value ? { weekday: d.date.weekday } : {}),
      ...(d.place ? { country: d.place.country } : {}),
    });
    const match = resolved?.match;
    const matched = resolved?.meeting;
    // "ce lundi" alone dates nothing: a meeting already known gives its date.
    const date = d.date?.value ?? matched?.date;
    const precision: DatePrecision | undefined = d.date?.precision ?? matched?.precision;
    const dateEnd = d.date?.dateEnd ?? (d.date?.value ? undefined : matched?.dateEnd);
    const country = d.place?.country ?? matched?.country;
    const names = attendees.map((a) => (a.kind === 'person' ? a.name.split(/\s+/).at(-1)! : (organizations.find((o) => o.key === a.ref)?.acronym ?? a.name)));
    const place = d.place?.city ?? (country ? countryNames(country).fr : undefined);
    const title = meetingTitle(d.kind, names, place);
    const key = `m${++n}`;
    if (!match && (!date || !country)) {
      warnings.push(`meeting ${key} (${title}) has no ${!date ? 'date' : 'place'} the text supports: it is left out when you accept`);
    }
    const counterpart = slug(names.filter((_, i) => i > 0).join('-') || names[0] || 'meeting');
    out.push({
      key,
      id: match?.id ?? (await freeId(context, `meeting:${date ?? 'undated'}-${slug(place ?? 'unknown')}-${counterpart}`.slice(0, 90))),
      status: match ? 'known' : 'new',
      ...(match ? { match } : {}),
      ...(date ? { date } : {}),
      ...(precision ? { precision } : {}),
      ...(dateEnd ? { dateEnd } : {}),
      ...(d.date ? { dateQuote: clauseAround(d.date.quoteSentence, d.date.start, d.date.end) } : {}),
      ...(d.place?.city ? { city: d.place.city } : {}),
      ...(country ? { country } : {}),
      ...(d.place ? { placeQuote: d.place.quote } : {}),
      kind: d.kind,
      title,
      participants: attendees.filter((a) => a.kind === 'person').map((a) => a.name),
      organizations: attendees.filter((a) => a.kind === 'org').map((a) => a.name),
      topics: d.topics.map((t) => t.id),
      regions: d.regions.map((r) => REGION_NAMES.get(r.id) ?? r.id),
      attendees: attendees.map(({ ref, name, role, quote }) => ({ ref, name, role, quote })),
      topicQuotes: d.topics,
      regionQuotes: d.regions,
      quote: d.quote,
    });
  }
  return out;
}
