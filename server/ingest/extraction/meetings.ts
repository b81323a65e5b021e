/**
 * Meetings an article reports: who met whom (a receiving host, talks "avec",
 * a meeting "entre"), where and when (in the sentence, else from the visit or
 * the opening sentence the meeting belongs to), about what (topics and regions
 * in the sentences that follow, up to the next meeting). Talks with several
 * named officials in turn are separate meetings; a tripartite table is one.
 */
import { orgKey } from './article-entities';
import type { ArticleEntities, Participant, SentenceFacts } from './entity-types';
import { hitsWithin } from '../lexicon/organizations';
import type { ArticleLayout } from '../reading/article-text';
import { findDateExpressions, type ArticleDate, type DateExpression } from '../reading/dates';
import { collectTopics } from './meeting-topics';
import { lower, VISIT } from './meeting-triggers';
import { joinsDelegation, joinsPrevious, type Found } from './meeting-clauses';
import { meetingsIn } from './sentence-meetings';
import { closeSession, withSession, type SessionSeen } from './session-meetings';
import { mergeSameMeetings } from './merge-meetings';
import { inSpans, quotedSpans } from '../reading/quotes';
import type { MeetingDraft, Place } from './meeting-draft';
import { datelinePlace, placeIn, placeMentions } from './meeting-places';

/** A sentence that opens on the meeting just told: "La réunion …", "Cette session …", "L'Assemblée générale …". */
const REFERS_BACK = /^[^\p{L}]*(?:la|cette|l'|ladite)\s*(?:réunion|rencontre|session|assemblée|conférence|entrevue|séance)(?![\p{L}])/u;
const THIS_VISIT = /(?<![\p{L}])(?:cette|sa|son) (?:visite|séjour|déplacement|tournée)(?![\p{L}])/u;
interface Context {
  date?: MeetingDraft['date'];
  place?: Place;
}

export function findMeetings(layout: ArticleLayout, entities: ArticleEntities, published: ArticleDate | null): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  const context: Context = {};
  const protagonist = mostMentioned(entities);
  let lede = true;
  // "Christopher Wray … se trouve au Maroc. Ce mardi, il a rencontré Abdellatif Hammouchi": "il" is the one just named.
  let lastSubject: Participant | undefined;
  // "AFRIPOL a tenu sa réunion … La réunion a rassemblé …": the agency that held it.
  let lastAgency: Participant | undefined;
  const session: SessionSeen = { toldOwnMeeting: new Set() };
  entities.sentences.forEach((facts, index) => {
    const { sentence } = facts;
    const mentions = placeMentions(layout, facts);
    const place = placeIn(mentions);
    const here = () => agenciesIn(entities, sentence);
    const joined = !sentence.isTitle && (joinsPrevious(drafts.at(-1), facts, index) || joinsDelegation(drafts.at(-1), facts, index));
    const told = joined || sentence.isTitle || sentence.hypothetical || otherHeadline(entities, index, lede) ? [] : meetingsIn(facts, protagonist, here, lastSubject, lastAgency);
    const found = withSession(told, facts, index, entities, session);
    if (!sentence.isTitle) {
      lastSubject = facts.participants.find((p) => p.kind === 'person') ?? lastSubject;
      lastAgency = here()[0];
    }
    const ledeSentence = !sentence.isTitle && lede;
    // A repeated headline or a byline ("Hicham TOUATI") has no full stop: the lede is the first sentence that has one.
    if (!sentence.isTitle && /[.!?»"”]\s*$/u.test(sentence.text)) lede = false;
    // The title, the opening sentence and a visit's sentence say where and when the article's meetings are.
    // A later mention of "cette visite" without a place is commentary ("indique jeudi un communiqué"), not the visit.
    const visitWord = VISIT.test(lower(sentence.text));
    const visit = visitWord && place !== undefined;
    if (found.length === 0 && !sentence.isTitle) datesTheLastTold(drafts.at(-1), sentence, () => pickDate(sentenceDates(layout, sentence, published), sentence.text));
    if (found.length === 0 && !sentence.isTitle && !ledeSentence && !visitWord) return;
    // Dates are read only where they are used: chrono is the costliest step on a long page.
    const dates = sentence.isTitle ? [] : sentenceDates(layout, sentence, published);
    const date = pickDate(dates, sentence.text);
    // "Après une visite de 48 heures, bouclée hier, mardi 21 mai, …": a visit told without its place still dates it by day and month.
    if (found.length === 0 && !visit && !sentence.isTitle && !ledeSentence) {
      if (date && /\d/.test(date.quote)) context.date = date;
      return;
    }
    if (found.length === 0) {
      if (date) context.date = date;
      if (place) context.place = context.place?.city && !place.city && context.place.country === place.country ? context.place : place;
      return;
    }
    // Once per sentence, not per meeting: a long sentence may report dozens.
    const thisVisit = THIS_VISIT.test(lower(sentence.text));
    const ownDates = clauseDates(found, dates, sentence.text);
    for (const [j, meeting] of found.entries()) {
      let ownPlace = placeIn(mentions, meeting.clauseStart) ?? place;
      // "une visite de travail en France" under the title "… reçu à Paris": the city the article gives.
      if (ownPlace && !ownPlace.city && context.place?.city && context.place.country === ownPlace.country) ownPlace = { ...ownPlace, city: context.place.city };
      const own = { date: ownDates[j] ?? date, place: ownPlace };
      const m: MeetingDraft = {
        ...meeting.draft,
        ...((own.date ?? context.date) ? { date: (own.date ?? context.date)! } : {}),
        ...((own.place ?? context.place) ? { place: (own.place ?? context.place)! } : {}),
        sentences: [index],
      };
      if (ledeSentence) {
        if (own.date) context.date = own.date;
        if (own.place) context.place = own.place;
      }
      // "Lors de cette visite (26-28 juin), il a eu …": the visit's dates are those of its later meetings ("Dans ce cadre, …").
      // Only the visit the article reports: "la récente visite effectuée le 25 novembre par X" recalls another.
      if (own.date && thisVisit) context.date = own.date;
      drafts.push(m);
    }
  });
  closeSession(drafts, entities, session);
  return completed(drafts, protagonist, entities, published, layout);
}

/** The sentences' meetings as the article tells them: one per occasion, with roles, topics, and its date and place. */
function completed(drafts: MeetingDraft[], protagonist: Participant | undefined, entities: ArticleEntities, published: ArticleDate | null, layout: ArticleLayout): MeetingDraft[] {
  const merged = mergeSameMeetings(withoutRetellings(drafts).map((d) => withProtagonist(d, protagonist, entities)));
  assignRoles(merged, entities);
  collectTopics(merged, entities);
  fromTheArticle(merged, published, layout);
  return merged;
}

/**
 * "M. Hammouchi a également discuté avec des responsables américains …" after his meetings with Haines, Burns and Wray:
 * talks with unnamed others, by someone the article has meet named people, retell those meetings; their topics are theirs.
 */
function withoutRetellings(drafts: MeetingDraft[]): MeetingDraft[] {
  return drafts.filter((d) => {
    if (!d.othersUnnamed || d.participants.length !== 1) return true;
    const key = d.participants[0]!.key;
    const told = drafts.filter((o) => o !== d && o.participants.length > 1 && o.participants.some((p) => p.key === key));
    for (const o of told) o.sentences.push(...d.sentences.filter((i) => !o.sentences.includes(i)));
    return told.length === 0;
  });
}

/** "La réunion … rassemble trois jours durant (23 - 25 novembre) …": the meeting just told, if undated, is dated by the sentence that opens on it. */
function datesTheLastTold(last: MeetingDraft | undefined, sentence: SentenceFacts['sentence'], dateOf: () => MeetingDraft['date']): void {
  if (!last || last.date || !REFERS_BACK.test(lower(sentence.text))) return;
  const date = dateOf();
  if (date && /\d/.test(date.quote)) last.date = date;
}

/** Where the text leaves a meeting undated or unplaced, what the article itself says: the month it was published, where it was filed. */
function fromTheArticle(meetings: MeetingDraft[], published: ArticleDate | null, layout: ArticleLayout): void {
  const filedFrom = datelinePlace(layout);
  for (const m of meetings) {
    if (!m.date && published) m.date = { start: 0, end: published.from.length, quote: published.from, value: published.value.slice(0, 7), precision: 'month', quoteSentence: published.from };
    if (!m.place && filedFrom) m.place = filedFrom;
  }
}

/** "Lire aussi"-style lines past the lede: a paragraph of its own without a full stop is another article's headline. */
function otherHeadline(entities: ArticleEntities, index: number, lede: boolean): boolean {
  const s = entities.sentences[index]!.sentence;
  const alone = entities.sentences[index - 1]?.sentence.paragraph !== s.paragraph && entities.sentences[index + 1]?.sentence.paragraph !== s.paragraph;
  return !lede && alone && s.text.length < 160 && !/[.!?»"”),;:]\s*$/u.test(s.text);
}

/** A sentence's date expressions, outside datelines ("jeudi, 16 juin, 2022 à 10:33") and quotations, in order. */
function sentenceDates(layout: ArticleLayout, sentence: SentenceFacts['sentence'], published: ArticleDate | null): DateExpression[] {
  const quoted = quotedSpans(sentence.text);
  const all = findDateExpressions(sentence.text, published).filter((d) => !inSpans(quoted, d.start));
  const inDateline = (d: { start: number }) => layout.datelines.some((l) => sentence.start + d.start >= l.start && sentence.start + d.start < l.end);
  // "Alger, 10 février 2025 - … a reçu dimanche …": the day the sentence gives, else the dateline's.
  const told = all.filter((d) => !inDateline(d));
  const dates = told.length > 0 ? told : all;
  // "hier, mardi 21 mai": the words that follow a relative one say the same day exactly.
  return dates.filter((d, i) => !(dates[i + 1] && !/\d/.test(d.quote) && dates[i + 1]!.start - d.end <= 3));
}

/** "X a reçu lundi A, puis mardi B": each of several meetings takes the date its own clause gives. One pointer: dates and clauses are in order. */
function clauseDates(found: Found[], dates: DateExpression[], text: string): (MeetingDraft['date'] | undefined)[] {
  if (found.length < 2) return [];
  let next = 0;
  return found.map((meeting, j) => {
    while (next < dates.length && dates[next]!.start < meeting.clauseStart) next += 1;
    const d = dates[next];
    return d && d.start < (found[j + 1]?.clauseStart ?? Infinity) ? { ...d, quoteSentence: text } : undefined;
  });
}

/** The sentence's date for its meetings. */
function pickDate(explicit: DateExpression[], text: string): MeetingDraft['date'] {
  // "Le 26 juin, le pôle a publié un communiqué concernant la visite … du 24 au 26 juin": the span is the event's, the day the statement's.
  const found = explicit.find((d) => d.dateEnd) ?? explicit[0];
  return found ? { ...found, quoteSentence: text } : undefined;
}

/** Who the article follows: "Il a également rencontré…" means them. */
function mostMentioned(entities: ArticleEntities): Participant | undefined {
  const counts = new Map<string, { p: Participant; n: number }>();
  for (const s of entities.sentences) {
    for (const p of s.participants) {
      if (p.kind !== 'person') continue;
      const c = counts.get(p.key) ?? { p, n: 0 };
      c.n += 1;
      counts.set(p.key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.p;
}

/** Agencies a sentence names (not through a title): they attend only where they take part in something. */
function agenciesIn(entities: ArticleEntities, sentence: SentenceFacts['sentence']): Participant[] {
  return hitsWithin(entities.orgHits, sentence.start, sentence.end).map((h) => ({
    kind: 'org' as const,
    key: orgKey(h.entry.name),
    start: h.start,
    end: h.end,
  }));
}

/**
 * A meeting of one party met someone: in an article that follows one person,
 * that person ("des réunions de travail avec Dieter Romann" in a report of
 * Hammouchi's visit). One meeting of both, not a meeting of one.
 */
function withProtagonist(d: MeetingDraft, protagonist: Participant | undefined, entities: ArticleEntities): MeetingDraft {
  if (!protagonist || d.othersUnnamed || d.participants.length !== 1 || d.participants[0]!.key === protagonist.key) return d;
  // A sentence that names them and leaves them out of the meeting means someone else.
  if (d.sentences.some((i) => entities.sentences[i]?.participants.some((p) => p.key === protagonist.key))) return d;
  return { ...d, participants: [{ key: protagonist.key, kind: protagonist.kind, role: 'participant', quote: d.quote }, ...d.participants] };
}

/** Hosts are from the country the meeting is in; visitors are guests; around a larger table, participants. */
function assignRoles(meetings: MeetingDraft[], entities: ArticleEntities) {
  for (const m of meetings) {
    if (m.participants.some((p) => p.role === 'host')) continue;
    const country = m.place?.country;
    for (const p of m.participants) {
      if (p.role === 'guest' || !country) continue;
      const home = homeCountry(p.key, p.kind, entities);
      if (!home) continue;
      p.role = home === country ? 'host' : m.kind === 'tripartite' || m.kind === 'multilateral' ? 'participant' : 'guest';
    }
  }
}

export function homeCountry(key: string, kind: 'person' | 'org', entities: ArticleEntities): string | undefined {
  if (kind === 'org') return entities.orgs.get(key)?.org.country;
  const role = entities.persons.get(key)?.role;
  return role?.ambassador ? role.country?.code : (role?.orgs[0]?.country ?? role?.country?.code);
}
