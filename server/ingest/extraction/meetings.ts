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
import { lower, meetingKind, oneOccasion, triggers, VISIT } from './meeting-triggers';
import { agencyEvent } from './agency-events';
import { clauseEnd, delegationOf, inHoldersTitle, joinsInvitation, joinsLast, joinsPrevious, POSSESSIVE_SUBJECT, reciprocal, type Found } from './meeting-clauses';
import { mergeSameMeetings } from './merge-meetings';
import { inSpans, quotedSpans } from '../reading/quotes';
import type { MeetingDraft, Place } from './meeting-draft';
import { datelinePlace, placeIn, placeMentions } from './meeting-places';

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
  entities.sentences.forEach((facts, index) => {
    const { sentence } = facts;
    const mentions = placeMentions(layout, facts);
    const place = placeIn(mentions);
    const here = () => agenciesIn(entities, sentence);
    const joined = !sentence.isTitle && joinsPrevious(drafts.at(-1), facts, index);
    const found = joined || sentence.isTitle || sentence.hypothetical || otherHeadline(entities, index, lede) ? [] : meetingsIn(facts, protagonist, here, lastSubject, lastAgency);
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
  const merged = mergeSameMeetings(drafts.map((d) => withProtagonist(d, protagonist, entities)));
  assignRoles(merged, entities);
  collectTopics(merged, entities);
  fromTheArticle(merged, published, layout);
  return merged;
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

// A bullet or a dash may open the sentence ("• Il a tenu …").
const PRONOUN_SUBJECT = /^(?:.*[,;]\s*)?[^\p{L}]*(?:il|elle)\s/iu;
/** "Au cours de ce séjour, le locataire de la place Beauvau, a eu une séance de travail avec …": a periphrasis naming no one, and no office ("le chef de la délégation marocaine"), is the person followed. */
const PERIPHRASIS_SUBJECT = /(?:^|,\s*)(?:le|la)\s+\p{Ll}[^,;]{2,60},?\s+(?:(?:a|avait)\s+(?:eu|tenu)\s+(?:une?|des)\s+)?$/u;

/** Agencies a sentence names (not through a title): they attend only where they take part in something. */
function agenciesIn(entities: ArticleEntities, sentence: SentenceFacts['sentence']): Participant[] {
  return hitsWithin(entities.orgHits, sentence.start, sentence.end).map((h) => ({
    kind: 'org' as const,
    key: orgKey(h.entry.name),
    start: h.start,
    end: h.end,
  }));
}




function meetingsIn(facts: SentenceFacts, protagonist: Participant | undefined, agencies: () => Participant[], lastSubject?: Participant, lastAgency?: Participant): Found[] {
  const { sentence } = facts;
  const event = agencyEvent(facts, agencies, lastAgency);
  if (event !== undefined) return event ? [{ clauseStart: 0, draft: event }] : [];
  const ts = triggers(sentence.text);
  // A conference's participants include the agencies named around "a pris part": the delegation and the organiser.
  if (ts.length === 0) return [];
  const tookPart = ts.some((t) => t.kind === 'took-part');
  // "a reçu une délégation de la Guardia Civil": a delegation's agency attends whatever the verb.
  const attending = (a: Participant) => tookPart || delegationOf(sentence, a);
  const extra = agencies().filter((a) => attending(a) && !facts.participants.some((p) => a.start < p.end && a.end > p.start) && !inHoldersTitle(a, facts));
  const participants = extra.length > 0 ? [...facts.participants, ...extra].sort((a, b) => a.start - b.start) : facts.participants;
  const local = (p: Participant) => p.start - sentence.start;
  const first = ts[0]!;
  let subject = participants.filter((p) => local(p) < first.at);
  // "Il a également rencontré …": the pronoun stands for the person the article follows.
  // "Le patron de la sécurité a eu des rencontres avec …": an office naming no one else is the person followed too.
  const officeSubject = () => facts.roles.some((r) => !r.plural && r.start - sentence.start < first.at) && /^[^,]*$/.test(sentence.text.slice(0, first.at));
  if (subject.length === 0 && protagonist && (PRONOUN_SUBJECT.test(sentence.text.slice(0, first.at)) || POSSESSIVE_SUBJECT.test(sentence.text.slice(Math.max(0, first.at - 8), first.at)) || (PERIPHRASIS_SUBJECT.test(sentence.text.slice(0, first.at)) && !facts.roles.some((r) => r.start - sentence.start < first.at)) || officeSubject())) {
    // The person followed cannot meet themself: then the pronoun is the one the previous sentence was about.
    const metLater = participants.some((p) => p.key === protagonist.key && local(p) >= first.at);
    subject = metLater && lastSubject && lastSubject.key !== protagonist.key ? [lastSubject] : [protagonist];
  }
  const out: Found[] = [];
  ts.forEach((t, i) => {
    const end = clauseEnd(sentence.text, t.at, ts[i + 1]?.at ?? sentence.text.length);
    let inClause = participants.filter((p) => local(p) >= t.at && local(p) < end);
    // "Mechichi et Blome se sont entretenus", "A et son homologue B ont abordé …": the people met are the subject.
    if (inClause.length === 0 && i === 0 && reciprocal(sentence, t, subject, facts.roles)) inClause = subject.slice(0, -1);
    // "a tenu des séances de travail et eu des entretiens avec …": the first trigger's clause is empty; the next carries it.
    if (inClause.length === 0) return;
    if (joinsLast(out.at(-1), sentence.text, t.at, inClause)) return;
    if (joinsInvitation(out.at(-1), { previous: ts[i - 1]?.kind, current: t.kind }, sentence.text, inClause)) return;
    const words = sentence.text.slice(t.at, end);
    // "a tenu des séances de travail et eu des entretiens avec …": the kind may sit in an earlier, empty clause.
    const kindWords = sentence.text.slice(first.at, end);
    const hosts = t.kind === 'receive' ? subject : t.kind === 'invited' || t.kind === 'received-by' ? inClause.slice(0, 1) : [];
    const base = t.kind === 'visit-by' ? [] : t.kind === 'receive' || t.kind === 'received-by' ? subject : subject.slice(-1);
    const counterparts = unique(inClause).filter((p) => !base.some((b) => b.key === p.key));
    if (counterparts.length === 0) return;
    const everyone = unique([...base, ...counterparts]);
    if (t.kind !== 'visit-by' && everyone.length < 2) return;
    const kind = meetingKind(kindWords, t, everyone.length);
    const persons = counterparts.filter((p) => p.kind === 'person');
    const oneTable = /tripartite|multipartite|multilatéra|\bentre\b/.test(lower(words));
    const oneByOne = t.kind === 'talks' && persons.length > 1 && persons.length === counterparts.length && !oneTable && !oneOccasion(sentence.text, t.at);
    const groups = oneByOne ? persons.map((p) => [p]) : [counterparts];
    for (const group of groups) {
      out.push({
        clauseStart: t.at,
        draft: {
          participants: unique([...base, ...group]).map((p) => ({
            key: p.key,
            kind: p.kind,
            role: t.kind === 'visit-by' ? 'guest' : hosts.some((h) => h.key === p.key) ? 'host' : t.kind === 'receive' || t.kind === 'invited' || t.kind === 'received-by' ? 'guest' : 'participant',
            quote: sentence.text,
          })),
          kind: oneByOne ? meetingKind(kindWords, t, 2) : kind,
          quote: sentence.text,
          topics: [],
          regions: [],
        },
      });
    }
  });
  return out;
}

/**
 * A meeting of one party met someone: in an article that follows one person,
 * that person ("des réunions de travail avec Dieter Romann" in a report of
 * Hammouchi's visit). One meeting of both, not a meeting of one.
 */
function withProtagonist(d: MeetingDraft, protagonist: Participant | undefined, entities: ArticleEntities): MeetingDraft {
  if (!protagonist || d.participants.length !== 1 || d.participants[0]!.key === protagonist.key) return d;
  // A sentence that names them and leaves them out of the meeting means someone else.
  if (d.sentences.some((i) => entities.sentences[i]?.participants.some((p) => p.key === protagonist.key))) return d;
  return { ...d, participants: [{ key: protagonist.key, kind: protagonist.kind, role: 'participant', quote: d.quote }, ...d.participants] };
}

function unique(ps: Participant[]): Participant[] {
  const seen = new Set<string>();
  return ps.filter((p) => !seen.has(p.key) && seen.add(p.key));
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
