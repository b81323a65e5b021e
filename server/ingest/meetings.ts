/**
 * Meetings an article reports: who met whom (a receiving host, talks "avec",
 * a meeting "entre"), where and when (in the sentence, else from the visit or
 * the opening sentence the meeting belongs to), about what (topics and regions
 * in the sentences that follow, up to the next meeting). Talks with several
 * named officials in turn are separate meetings; a tripartite table is one.
 */
import type { AttendanceRole, MeetingKind } from '../api/model';
import type { TopicId } from '../api/topics';
import { orgKey, type ArticleEntities, type Participant, type SentenceFacts } from './article-entities';
import { hitsWithin } from './lexicon/organizations';
import type { ArticleLayout } from './article-text';
import { findDateExpressions, type ArticleDate, type DateExpression } from './dates';
import { findCountries } from './lexicon/countries';
import { findRegions, findTopics } from './lexicon/topics';

export interface MeetingDraft {
  participants: { key: string; kind: 'person' | 'org'; role: AttendanceRole; quote: string }[];
  kind: MeetingKind;
  quote: string;
  date?: DateExpression & { quoteSentence: string };
  place?: Place;
  topics: { id: TopicId; quote: string }[];
  regions: { id: string; quote: string }[];
  /** Sentences (indexes) whose topics belong to this meeting. */
  sentences: number[];
}

interface Place {
  city?: string;
  country: string;
  quote: string;
}

// \b is ASCII-only in JS: "rencontré" needs letter-aware boundaries.
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'gu');
/** "a également rencontré", "s'est aussi entretenu": an adverb may sit between auxiliary and verb. */
const ADVERB = String.raw`(?: (?:\p{L}+ment|aussi|encore|par ailleurs|en outre|notamment|ensuite))?`;
const RECEIVE = word(`(?:a|ont|avait)${ADVERB} (?:accueilli|reçu)e?s?|reçoit|accueille`);
/** "Une délégation de la DGSN a pris part … à la conférence d'Afripol": the agencies named take part. */
const TOOK_PART = word(`(?:a|ont)${ADVERB} (?:pris part|participé)`);
/** "à l'invitation de X": X hosts the visitor. */
const INVITED = word("à l'invitation d(?:e la|u|e l'|es|e)?");
const TALKS = word(
  `entretiens?|entrevue|(?:s'est|se sont)${ADVERB} (?:entretenue?s?|réunie?s?)|(?:a|ont)${ADVERB} (?:rencontré|discuté|évoqué)|rencontres?|séances? de travail|discussions?|réunions?|rendez-vous|pourparlers|concertations?`,
);
const VISIT_BY = /(?<![\p{L}])visite(?![\p{L}])[^.]{0,120}?(?<![\p{L}])par(?![\p{L}])/gu;
const VISIT = /(?<![\p{L}])(?:visite|séjour|déplacement|tournée)(?![\p{L}])/u;
const LOCATIVE = /(?:^|[^\p{L}])(?:en|au|aux|à|dans)\s+(?:la\s+|l['’]\s*)?$/iu;
const DISCUSSION =
  /(?:porté|portant|porter|axés?|axées?) sur|discut|échang(?:é|er)|examin|consacr|évoqu|abord|l'occasion|passé en revue|passer en revue|convenu|en vue de|plan d'action|coopér|collabor|lutte contre|partage/;

interface Trigger {
  at: number;
  kind: 'receive' | 'talks' | 'visit-by' | 'invited' | 'took-part';
}

const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");

function triggers(sentence: string): Trigger[] {
  const l = lower(sentence);
  const found: Trigger[] = [];
  for (const m of l.matchAll(RECEIVE)) found.push({ at: m.index, kind: 'receive' });
  for (const m of l.matchAll(VISIT_BY)) found.push({ at: m.index, kind: 'visit-by' });
  for (const m of l.matchAll(INVITED)) found.push({ at: m.index, kind: 'invited' });
  for (const m of l.matchAll(TOOK_PART)) found.push({ at: m.index, kind: 'took-part' });
  for (const m of l.matchAll(TALKS)) if (!found.some((t) => Math.abs(t.at - m.index) < 3)) found.push({ at: m.index, kind: 'talks' });
  return found.sort((a, b) => a.at - b.at);
}

function meetingKind(words: string, trigger: Trigger, count: number): MeetingKind {
  const l = lower(words);
  if (/tripartite/.test(l)) return 'tripartite';
  if (/multipartite|multilatéra/.test(l)) return 'multilateral';
  if (/bilatéra/.test(l)) return 'bilateral';
  if (trigger.kind === 'receive') return 'audience';
  if (trigger.kind === 'invited') return 'working-visit';
  if (trigger.kind === 'took-part') return 'multilateral';
  if (/séances? de travail/.test(l)) return 'working-session';
  if (trigger.kind === 'visit-by') return 'working-visit';
  return count > 2 ? 'multilateral' : 'bilateral';
}

/** Where a sentence says something happened: "à Rabat", "en Belgique", not inside a title ("ambassadeur … à Rabat"). */
function placeIn(layout: ArticleLayout, facts: SentenceFacts, from = 0, to = Infinity): Place | undefined {
  const { sentence, roles } = facts;
  const inRole = (start: number) => roles.some((r) => start >= r.start && start < r.end);
  const inDateline = (start: number) => layout.datelines.some((d) => start >= d.start && start < d.end);
  let found: Place | undefined;
  for (const c of findCountries(sentence.text)) {
    const start = sentence.start + c.start;
    if (c.start < from || c.start >= to || inRole(start) || inDateline(start) || c.via === 'adjective') continue;
    if (!LOCATIVE.test(sentence.text.slice(Math.max(0, c.start - 12), c.start))) continue;
    const quote = clauseAround(sentence.text, c.start, c.end);
    if (!found) found = { country: c.code, ...(c.city ? { city: c.city } : {}), quote };
    else if (!found.city && c.city && c.code === found.country) found = { ...found, city: c.city };
  }
  return found;
}

/** The clause (between commas) around [start, end), cut at word ends when long: a short, exact quote. */
export function clauseAround(text: string, start: number, end: number): string {
  const before = text.lastIndexOf(',', start - 1);
  const afterComma = text.indexOf(',', end);
  let from = before < 0 || start - before > 160 ? Math.max(0, start - 60) : before + 1;
  let to = afterComma < 0 || afterComma - end > 160 ? Math.min(text.length, end + 60) : afterComma;
  if (from > before + 1 && from > 0) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  if (to < text.length && to !== afterComma) to = Math.max(end, text.lastIndexOf(' ', to));
  return text.slice(from, to).trim().replace(/[.;:]$/, '');
}

interface Context {
  date?: MeetingDraft['date'];
  place?: Place;
}

export function findMeetings(layout: ArticleLayout, entities: ArticleEntities, published: ArticleDate | null): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  const context: Context = {};
  const protagonist = mostMentioned(entities);
  let lede = true;
  entities.sentences.forEach((facts, index) => {
    const { sentence } = facts;
    const dates = findDateExpressions(sentence.text, published).filter(
      (d) => !layout.datelines.some((l) => sentence.start + d.start >= l.start && sentence.start + d.start < l.end),
    );
    const date = dates[0] ? { ...dates[0], quoteSentence: sentence.text } : undefined;
    const place = placeIn(layout, facts);
    const found = sentence.isTitle || sentence.hypothetical ? [] : meetingsIn(facts, protagonist, agenciesIn(entities, sentence));
    const ledeSentence = !sentence.isTitle && lede;
    if (!sentence.isTitle) lede = false;
    // The title, the opening sentence and a visit's sentence say where and when the article's meetings are.
    // A later mention of "cette visite" without a place is commentary ("indique jeudi un communiqué"), not the visit.
    const visit = VISIT.test(lower(sentence.text)) && place !== undefined;
    if (found.length === 0 && (sentence.isTitle || ledeSentence || visit)) {
      if (date && (ledeSentence || visit)) context.date = date;
      if (place) context.place = context.place?.city && !place.city && context.place.country === place.country ? context.place : place;
      return;
    }
    for (const meeting of found) {
      let ownPlace = placeIn(layout, facts, meeting.clauseStart) ?? place;
      // "une visite de travail en France" under the title "… reçu à Paris": the city the article gives.
      if (ownPlace && !ownPlace.city && context.place?.city && context.place.country === ownPlace.country) ownPlace = { ...ownPlace, city: context.place.city };
      const own = { date, place: ownPlace };
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
      drafts.push(m);
    }
  });
  const merged = mergeSameMeetings(drafts);
  assignRoles(merged, entities);
  collectTopics(merged, entities);
  return merged;
}

interface Found {
  clauseStart: number;
  draft: Omit<MeetingDraft, 'sentences' | 'date' | 'place'>;
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

const PRONOUN_SUBJECT = /^(?:.*[,;]\s*)?(?:il|elle)\s/i;

/** Agencies a sentence names (not through a title): they attend only where they take part in something. */
function agenciesIn(entities: ArticleEntities, sentence: SentenceFacts['sentence']): Participant[] {
  return hitsWithin(entities.orgHits, sentence.start, sentence.end).map((h) => ({
    kind: 'org' as const,
    key: orgKey({ name: h.entry.name, kind: h.entry.kind, known: true, start: h.start, end: h.end }),
    start: h.start,
    end: h.end,
  }));
}

function meetingsIn(facts: SentenceFacts, protagonist: Participant | undefined, agencies: Participant[]): Found[] {
  const { sentence } = facts;
  const ts = triggers(sentence.text);
  // A conference's participants include the agencies named around "a pris part": the delegation and the organiser.
  const participants = ts.some((t) => t.kind === 'took-part')
    ? [...facts.participants, ...agencies.filter((a) => !facts.participants.some((p) => a.start < p.end && a.end > p.start))].sort((a, b) => a.start - b.start)
    : facts.participants;
  if (ts.length === 0) return [];
  const local = (p: Participant) => p.start - sentence.start;
  const first = ts[0]!;
  let subject = participants.filter((p) => local(p) < first.at);
  // "Il a également rencontré …": the pronoun stands for the person the article follows.
  if (subject.length === 0 && protagonist && PRONOUN_SUBJECT.test(sentence.text.slice(0, first.at))) subject = [protagonist];
  const out: Found[] = [];
  ts.forEach((t, i) => {
    const end = ts[i + 1]?.at ?? sentence.text.length;
    const inClause = participants.filter((p) => local(p) >= t.at && local(p) < end);
    // "a tenu des séances de travail et eu des entretiens avec …": the first trigger's clause is empty; the next carries it.
    if (inClause.length === 0) return;
    const words = sentence.text.slice(t.at, end);
    // "a tenu des séances de travail et eu des entretiens avec …": the kind may sit in an earlier, empty clause.
    const kindWords = sentence.text.slice(first.at, end);
    const hosts = t.kind === 'receive' ? subject : t.kind === 'invited' ? inClause.slice(0, 1) : [];
    const base = t.kind === 'visit-by' ? [] : t.kind === 'receive' ? subject : subject.slice(-1);
    const counterparts = unique(inClause).filter((p) => !base.some((b) => b.key === p.key));
    if (counterparts.length === 0) return;
    const everyone = unique([...base, ...counterparts]);
    if (t.kind !== 'visit-by' && everyone.length < 2) return;
    const kind = meetingKind(kindWords, t, everyone.length);
    const persons = counterparts.filter((p) => p.kind === 'person');
    const oneTable = /tripartite|multipartite|multilatéra|\bentre\b/.test(lower(words));
    const oneByOne = t.kind === 'talks' && persons.length > 1 && persons.length === counterparts.length && !oneTable;
    const groups = oneByOne ? persons.map((p) => [p]) : [counterparts];
    for (const group of groups) {
      out.push({
        clauseStart: t.at,
        draft: {
          participants: unique([...base, ...group]).map((p) => ({
            key: p.key,
            kind: p.kind,
            role: t.kind === 'visit-by' ? 'guest' : hosts.some((h) => h.key === p.key) ? 'host' : t.kind === 'receive' || t.kind === 'invited' ? 'guest' : 'participant',
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

function unique(ps: Participant[]): Participant[] {
  const seen = new Set<string>();
  return ps.filter((p) => !seen.has(p.key) && seen.add(p.key));
}

/** One article often reports one meeting twice ("des réunions tripartites…", then "cette réunion tripartite…"). */
function mergeSameMeetings(drafts: MeetingDraft[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const d of drafts) {
    const keys = new Set(d.participants.map((p) => p.key));
    const same = out.find((o) => {
      if (o.kind !== d.kind && !(o.kind === 'bilateral' && d.kind === 'bilateral')) return false;
      const other = new Set(o.participants.map((p) => p.key));
      const [small, large] = keys.size <= other.size ? [keys, other] : [other, keys];
      return [...small].every((k) => large.has(k));
    });
    if (!same) {
      out.push(d);
      continue;
    }
    for (const p of d.participants) if (!same.participants.some((q) => q.key === p.key)) same.participants.push(p);
    same.sentences.push(...d.sentences);
    same.date ??= d.date;
    same.place ??= d.place;
  }
  return out;
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

/** Topics and regions from each meeting's sentences up to the next meeting, where the text discusses them. */
function collectTopics(meetings: MeetingDraft[], entities: ArticleEntities) {
  const starts = [...new Set(meetings.flatMap((m) => m.sentences))].sort((a, b) => a - b);
  for (const m of meetings) {
    const scope = new Set<number>();
    for (const s of m.sentences) {
      const next = starts.find((x) => x > s) ?? entities.sentences.length;
      for (let i = s; i < next; i++) scope.add(i);
    }
    for (const i of [...scope].sort((a, b) => a - b)) {
      const { sentence } = entities.sentences[i]!;
      if (sentence.hypothetical || sentence.isTitle) continue;
      if (!m.sentences.includes(i) && !DISCUSSION.test(lower(sentence.text))) continue;
      for (const t of findTopics(sentence.text)) {
        if (!m.topics.some((x) => x.id === t.id)) m.topics.push({ id: t.id, quote: clauseAround(sentence.text, t.start, t.end) });
      }
      for (const r of findRegions(sentence.text)) {
        if (!m.regions.some((x) => x.id === r.id)) m.regions.push({ id: r.id, quote: clauseAround(sentence.text, r.start, r.end) });
      }
    }
  }
}
