/** Who a clause of a meeting sentence adds: the people before the talks, an attendee "en présence de", not a holder's own agency. */
import type { Participant, SentenceFacts } from './entity-types';
import type { MeetingDraft } from './meeting-draft';
import { lower } from './meeting-triggers';

/** A meeting found in a sentence, before its date and place. */
export interface Found {
  clauseStart: number;
  draft: Omit<MeetingDraft, 'sentences' | 'date' | 'place'>;
}

export function unique(ps: Participant[]): Participant[] {
  const seen = new Set<string>();
  return ps.filter((p) => !seen.has(p.key) && seen.add(p.key));
}

/**
 * Whether the talks at `t` are those of the people named before them, joined by "et", with a plural verb ("ont", "se sont").
 * The last one's title may sit before the verb: "A et Mme B, ministre … et des Collectivités territoriales, se sont entretenus".
 */
export function reciprocal(sentence: { text: string; start: number }, t: { at: number; kind: string }, subject: Participant[], roles: { start: number; end: number }[] = []): boolean {
  const people = subject.filter((p) => p.kind === 'person');
  if (t.kind !== 'talks' || people.length < 2) return false;
  const last = people.at(-1)!;
  // "A, Ministre de l'Intérieur par intérim, et le Vice-Président de la Commission européenne, B": titles are not what lies between them.
  const joined = outside(roles, people.at(-2)!.end, last.start, sentence);
  const title = roles.find((r) => r.start >= last.end && r.start - last.end < 4 && r.end - sentence.start <= t.at);
  const verb = lower(sentence.text.slice((title?.end ?? last.end) - sentence.start, t.at + 12));
  return joined.length < 80 && /(?<![\p{L}])et(?![\p{L}])/u.test(joined) && /^[^.;]{0,80}$/u.test(verb) && /(?<![\p{L}])(?:ont|se sont|s'étaient|avaient)(?![\p{L}])/u.test(verb);
}

/** The text of [from, to) without the titles inside it. */
function outside(roles: { start: number; end: number }[], from: number, to: number, sentence: { text: string; start: number }): string {
  let text = '';
  let at = from;
  for (const r of roles) {
    if (r.end <= at || r.start >= to) continue;
    text += sentence.text.slice(at - sentence.start, Math.max(at, r.start) - sentence.start);
    at = Math.min(to, r.end);
  }
  return text + sentence.text.slice(at - sentence.start, to - sentence.start);
}

/** "Ali Badaoui, Directeur général de la Sûreté nationale, a pris part …": the agency of a named person's title is theirs, not a party of its own. */
export function inHoldersTitle(agency: Participant, facts: SentenceFacts): boolean {
  return facts.roles.some((r) => agency.start >= r.start && agency.end <= r.end && facts.participants.some((p) => p.kind === 'person' && (p.end <= r.start ? r.start - p.end < 4 : p.start - r.end < 4)));
}

/** "sa réunion co-présidée par A et B, en présence de C": C attends the meeting just told, not one of their own. */
export function joinsLast(last: Found | undefined, text: string, at: number, inClause: Participant[]): boolean {
  if (!last || !/^(?:en présence|aux côtés)/.test(lower(text.slice(at, at + 12)))) return false;
  for (const p of unique(inClause)) {
    if (!last.draft.participants.some((q) => q.key === p.key)) last.draft.participants.push({ key: p.key, kind: p.kind, role: 'participant', quote: text });
  }
  return true;
}

/** "Cette rencontre s'est déroulée en présence de M. X", "Ces entretiens, auxquels ont pris part … en présence de X, …": X attended the meeting the sentence before told. */
const HELD_IN_PRESENCE =
  /^(?:(?:cette|la|l')\s*(?:rencontre|réunion|audience|entrevue|séance de travail|entretien|cérémonie)\s+(?:s'est\s+(?:déroulée?|tenue?)|a eu lieu)[^.;]{0,40}?\s(?:en présence|aux côtés)\s+d|(?:ces|les)\s+(?:entretiens|rencontres|réunions|discussions|travaux),\s+(?:auxquel(?:le)?s|où)\s+ont\s+(?:pris part|assisté|participé))/u;

export function joinsPrevious(previous: MeetingDraft | undefined, facts: SentenceFacts, index: number): boolean {
  if (!previous || !HELD_IN_PRESENCE.test(lower(facts.sentence.text.trimStart()))) return false;
  for (const p of unique(facts.participants)) {
    if (!previous.participants.some((q) => q.key === p.key)) previous.participants.push({ key: p.key, kind: p.kind, role: 'participant', quote: facts.sentence.text });
  }
  if (!previous.sentences.includes(index)) previous.sentences.push(index);
  return true;
}

/** "X a pris part aux cérémonies du bicentenaire de la police espagnole, à l'invitation de Y": Y hosts the occasion X took part in. */
export function joinsInvitation(last: Found | undefined, kinds: { previous?: string; current: string }, text: string, inClause: Participant[]): boolean {
  if (!last || kinds.current !== 'invited' || kinds.previous !== 'took-part') return false;
  for (const p of unique(inClause)) {
    const known = last.draft.participants.find((q) => q.key === p.key);
    if (known) known.role = 'host';
    else last.draft.participants.push({ key: p.key, kind: p.kind, role: 'host', quote: text });
  }
  return true;
}

/** ", soulignant … que le président français, Emmanuel Macron, restait …": what someone said next names no one met. */
const CLAUSE_BREAK = /,\s*(?:soulignant|affirmant|indiquant|ajoutant|précisant|estimant|rappelant|relevant|notant|assurant|déclarant)(?![\p{L}])/u;

/** Where the people a trigger at `at` met stop being named: the next trigger, or a comment that follows. */
export function clauseEnd(text: string, at: number, next: number): number {
  const m = CLAUSE_BREAK.exec(text.slice(at, next));
  return m ? at + m.index : next;
}

/** "Hier, au terme de ses entretiens avec X, il a …": a possessive before the talks is the person followed. */
export const POSSESSIVE_SUBJECT = /(?<![\p{L}])(?:ses|son|sa|leurs?)\s+$/u;

const DELEGATION_OF = /(?<![\p{L}])délégations?(?:\s+[\p{L}-]+){0,3}?\s+(?:de la|du|des|de l'|d'|de)\s*$/u;

/** "une (importante) délégation de la Guardia Civil": the agency a delegation comes from. */
export function delegationOf(sentence: { text: string; start: number }, agency: Participant): boolean {
  const local = agency.start - sentence.start;
  return DELEGATION_OF.test(lower(sentence.text.slice(Math.max(0, local - 50), local)));
}

/** "La délégation, composée de MM. A, B et C, …": who the delegation just met was. */
const DELEGATION_MEMBERS = /(?<![\p{L}])délégation(?![\p{L}])[^.;]{0,80}?\s(?:est\s+)?(?:composée|comprenant|conduite|dirigée|formée|constituée)\s+(?:de|d'|des|du|par)(?![\p{L}])/u;

export function joinsDelegation(previous: MeetingDraft | undefined, facts: SentenceFacts, index: number): boolean {
  // "lors de la visite du président X et de la délégation brésilienne, composée de A ; B ; C": the visit's delegation.
  const text = lower(facts.sentence.text);
  if (!previous?.othersUnnamed && !(previous?.kind === 'multilateral' && /(?<![\p{L}])visite(?![\p{L}])/u.test(text))) return false;
  const m = DELEGATION_MEMBERS.exec(text);
  if (!m) return false;
  const members = facts.participants.filter((p) => p.kind === 'person' && p.start - facts.sentence.start > m.index);
  for (const p of unique(members)) {
    if (!previous.participants.some((q) => q.key === p.key)) previous.participants.push({ key: p.key, kind: p.kind, role: 'guest', quote: facts.sentence.text });
  }
  if (!previous.sentences.includes(index)) previous.sentences.push(index);
  return members.length > 0;
}
