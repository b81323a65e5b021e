/**
 * A session an international body holds ("la 40e session du Conseil des
 * ministres arabes de l'Intérieur", "la 89ème Assemblée générale d'INTERPOL",
 * "la Conférence régionale africaine d'Interpol"): one meeting of the body,
 * attended by those the article has speak at it or take part in it, even in
 * sentences that tell no meeting of their own ("Dans son discours inaugural,
 * le ministre X a …", "Intervenant à l'ouverture de la conférence, Y a …").
 */
import { hitsWithin, type OrganizationHit } from '../lexicon/organizations';
import { orgKey } from './article-entities';
import type { ArticleEntities, SentenceFacts } from './entity-types';
import type { Found } from './meeting-clauses';
import type { MeetingDraft } from './meeting-draft';
import { lower } from './meeting-triggers';

const ORDINAL = String.raw`(?:\d+\s*(?:e|ème|eme|è|er|re|ère)|[\p{L}-]+ième|première|premier)`;
/** A body's session, with the words after it where its body is named. */
const SESSION = new RegExp(String.raw`(?<![\p{L}])(?:(?:(sa|son|leur)\s+)?(${ORDINAL})\s+)?(session|assemblée générale|conférence|congrès|sommet|réunion)(?![\p{L}])(?!\s+de presse)[^.;]{0,200}`, 'gu');
/** The sentence tells the session is held or attended, not only that it exists. */
const HELD = /(?<![\p{L}])(?:particip\p{L}*|pr(?:end|ennent|is) part|s'est ouverte?s?|se sont ouverts?|se tient|s'est tenue?|tenue?s?|(?:a )?abrité|abrite|organisée?s?|travaux|ouverture|(?:a )?accueilli|accueille|au cours de (?:sa|son|leur)|intervenant|prenant la parole|a représenté|représente)(?![\p{L}])/u;
/** "lors de l'Assemblée générale tenue, dernièrement, à Glasgow": another session than the one the article reports. */
const ANOTHER_TIME = /(?<![\p{L}])(?:dernièrement|récemment|précédente?|prochaine?|dernière|passée?|l'an dernier|l'année dernière|à venir|futur\p{L}*)(?![\p{L}])/u;
/** "au cours de leur 36ème session": the body named before a possessive. */
const BODY_BEFORE = 120;

/** Saying something at the session, or taking part in it. */
const SPEECH =
  /(?<![\p{L}])(?:(?:a|ont)\s+(?:(?:\p{L}+ment|aussi)\s+)?(?:déclaré|affirmé|indiqué|souligné|appelé|plaidé|insisté|salué|félicité|relevé|estimé|exhorté|rappelé|mis l'accent|mis en avant|suggéré|proposé|présidé|ouvert|prononcé|présenté)|(?:dans|lors de)\s+son\s+(?:discours|intervention|allocution)|intervenant|prenant la parole|(?:a|ont) pris la parole|prend part|prennent part|participe|(?:a|ont) représenté|lors de l'ouverture)(?![\p{L}])/u;
const THIS_SESSION = /(?<![\p{L}])(?:cette|ces|ladite)\s+(?:session|assemblée|conférence|réunion)(?![\p{L}])/u;

/** The first session the sentence names with its body: a meeting of the body, which the sentence's place and date will date. */
function sessionOpening(facts: SentenceFacts, orgHits: OrganizationHit[]): Found | undefined {
  const { sentence } = facts;
  const text = lower(sentence.text);
  if (!HELD.test(text)) return undefined;
  for (const m of text.matchAll(SESSION)) {
    // "une réunion" is any meeting: only a numbered one is a body's session.
    if ((m[3] === 'réunion' && !m[2]) || ANOTHER_TIME.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const from = sentence.start + m.index;
    const after = hitsWithin(orgHits, from, from + m[0].length);
    const before = m[1] ? hitsWithin(orgHits, Math.max(sentence.start, from - BODY_BEFORE), from).reverse() : [];
    const body = after[0] ?? before[0];
    if (!body) continue;
    const key = orgKey(body.entry.name);
    return {
      clauseStart: m.index,
      draft: { participants: [{ key, kind: 'org', role: 'host', quote: sentence.text }], kind: 'multilateral', quote: sentence.text, topics: [], regions: [] },
    };
  }
  return undefined;
}

/** "48ème conférence", "la 48e Conférence": one numbered session however its number is written. */
function numberedSessions(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(SESSION)) if (m[2] && /\d/.test(m[2])) out.add(`${m[2].replace(/\D/g, '')} ${m[3]}`);
  return out;
}

/**
 * The people who speak at or take part in the session, in sentences that tell no other meeting: from its
 * sentence on, and before it where a sentence names the same numbered session ("Intervenant à l'ouverture
 * de la 48ème Conférence …, X a …" before "Y a représenté la DGSN à la 48ème Conférence … organisée par …").
 */
function addSessionSpeakers(session: MeetingDraft, entities: ArticleEntities, from: number, toldOwnMeeting: Set<number>): void {
  const numbered = numberedSessions(lower(entities.sentences[from]!.sentence.text));
  for (let i = 0; i < entities.sentences.length; i++) {
    if (i !== from && toldOwnMeeting.has(i)) continue;
    const { sentence, participants } = entities.sentences[i]!;
    if (sentence.isTitle) continue;
    const text = lower(sentence.text);
    if (i < from && ![...numberedSessions(text)].some((n) => numbered.has(n))) continue;
    if (i !== from && !SPEECH.test(text) && !THIS_SESSION.test(text)) continue;
    for (const p of participants) {
      if (p.kind !== 'person' || session.participants.some((q) => q.key === p.key)) continue;
      session.participants.push({ key: p.key, kind: 'person', role: 'participant', quote: sentence.text });
    }
    if (!session.sentences.includes(i)) session.sentences.push(i);
  }
}

export interface SessionSeen {
  /** The sentence that first names a body's session, and the body. */
  opened?: { index: number; key: string };
  /** Sentences that tell a meeting of their own: what is said there is not said at the session. */
  toldOwnMeeting: Set<number>;
}

/** The sentence's meetings, with the session of a body when it is the first the article names and no meeting there is the body's. */
export function withSession(told: Found[], facts: SentenceFacts, index: number, entities: ArticleEntities, session: SessionSeen): Found[] {
  if (told.length > 0) session.toldOwnMeeting.add(index);
  if (session.opened || facts.sentence.isTitle || facts.sentence.hypothetical) return told;
  const opening = sessionOpening(facts, entities.orgHits);
  if (!opening) return told;
  const key = opening.draft.participants[0]!.key;
  session.opened = { index, key };
  if (told.some((f) => f.draft.participants.some((p) => p.key === key))) return told;
  return [...told, opening].sort((a, b) => a.clauseStart - b.clauseStart);
}

/** The session's meeting, once every sentence is read, with those who spoke at it. */
export function closeSession(drafts: MeetingDraft[], entities: ArticleEntities, session: SessionSeen): void {
  const opened = session.opened;
  const held = opened && drafts.find((d) => d.sentences.includes(opened.index) && d.participants.some((p) => p.key === opened.key));
  if (held) addSessionSpeakers(held, entities, opened.index, session.toldOwnMeeting);
}
