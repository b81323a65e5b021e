/**
 * The meetings one sentence tells: who is its subject (a name, a pronoun or
 * periphrasis for the person the article follows), which triggers it holds,
 * and whom each trigger's clause names as met.
 */
import type { Participant, SentenceFacts } from './entity-types';
import { agencyEvent } from './agency-events';
import { clauseEnd, delegationOf, inHoldersTitle, joinsInvitation, joinsLast, POSSESSIVE_SUBJECT, reciprocal, unique, type Found } from './meeting-clauses';
import { lower, meetingKind, oneOccasion, triggers, visitToAgency } from './meeting-triggers';

// A bullet or a dash may open the sentence ("• Il a tenu …"); "C'est ce lundi qu'il a été reçu par …" too.
const PRONOUN_SUBJECT = /^(?:.*(?:[,;]\s*|qu['’]))?[^\p{L}]*(?:il|elle)\s/iu;
/** "Cette visite a été marquée par la tenue d'une rencontre avec X": the visit told is the person followed's. */
const VISIT_SUBJECT = /^[^\p{L}]*(?:cette|cet|ce|ces|la|sa|son)\s+(?:visite|séjour|tournée|déplacement|mission)(?![\p{L}])[^,;]{0,80}$/iu;
/** "Au cours de ce séjour, le locataire de la place Beauvau, a eu une séance de travail avec …": a periphrasis naming no one, and no office ("le chef de la délégation marocaine"), is the person followed. */
const PERIPHRASIS_SUBJECT = /(?:^|,\s*)(?:le|la)\s+\p{Ll}[^,;]{2,60},?\s+(?:(?:a|avait)\s+(?:eu|tenu)\s+(?:une?|des)\s+)?$/u;

export function meetingsIn(facts: SentenceFacts, protagonist: Participant | undefined, agencies: () => Participant[], lastSubject?: Participant, lastAgency?: Participant): Found[] {
  const { sentence } = facts;
  const event = agencyEvent(facts, agencies, lastAgency);
  if (event !== undefined) return event ? [{ clauseStart: 0, draft: event }] : [];
  const ts = triggers(sentence.text);
  if (ts.length === 0) ts.push(...visitToAgency(sentence.text, agencies().map((a) => a.start - sentence.start)));
  if (ts.length === 0) return [];
  // A conference's participants include the agencies named around "a pris part": the delegation and the organiser.
  const tookPart = ts.some((t) => t.kind === 'took-part');
  // "a reçu une délégation de la Guardia Civil": a delegation's agency attends whatever the verb.
  const attending = (a: Participant) => tookPart || delegationOf(sentence, a);
  const extra = agencies().filter((a) => attending(a) && !facts.participants.some((p) => a.start < p.end && a.end > p.start) && !inHoldersTitle(a, facts));
  const participants = extra.length > 0 ? [...facts.participants, ...extra].sort((a, b) => a.start - b.start) : facts.participants;
  const local = (p: Participant) => p.start - sentence.start;
  const first = ts[0]!;
  const subject = subjectOf(facts, participants, first, protagonist, lastSubject);
  // "Mechichi et Blome se sont entretenus", "A, ministre …, et le vice-président …, B, ont rencontré C": the subjects act together.
  const jointSubject = reciprocal(sentence, first, subject, facts.roles);
  const out: Found[] = [];
  ts.forEach((t, i) => {
    const end = clauseEnd(sentence.text, t.at, ts[i + 1]?.at ?? sentence.text.length);
    let inClause = participants.filter((p) => local(p) >= t.at && local(p) < end);
    // "Mechichi et Blome se sont entretenus", "A et son homologue B ont abordé …": the people met are the subject.
    if (inClause.length === 0 && i === 0 && jointSubject) inClause = subject.slice(0, -1);
    // "a eu des entretiens avec des responsables sécuritaires saoudiens": a meeting whose other parties go unnamed.
    if (inClause.length === 0 && i === 0 && !participants.some((p) => local(p) >= t.at)) {
      const alone = unnamedOthers(sentence.text, t, end, subject);
      if (alone) out.push(alone);
    }
    // "a tenu des séances de travail et eu des entretiens avec …": the first trigger's clause is empty; the next carries it.
    if (inClause.length === 0) return;
    if (joinsLast(out.at(-1), sentence.text, t.at, inClause)) return;
    if (joinsInvitation(out.at(-1), { previous: ts[i - 1]?.kind, current: t.kind }, sentence.text, inClause)) return;
    // "a tenu des séances de travail et eu des entretiens avec …": the kind may sit in an earlier, empty clause.
    const kindWords = sentence.text.slice(first.at, end);
    const hosts = t.kind === 'receive' ? subject : t.kind === 'invited' || t.kind === 'received-by' ? inClause.slice(0, 1) : [];
    // "A, ministre …, et le vice-président …, B, ont rencontré C": both subjects met C, at one meeting.
    const together = i === 0 && jointSubject && inClause.some((p) => !subject.includes(p));
    const base = t.kind === 'visit-by' ? [] : t.kind === 'receive' || t.kind === 'received-by' || together ? subject : (thisLast(sentence.text, t.at, participants, local) ?? subject.slice(-1));
    const counterparts = unique(inClause).filter((p) => !base.some((b) => b.key === p.key));
    if (counterparts.length === 0) return;
    const everyone = unique([...base, ...counterparts]);
    if (t.kind !== 'visit-by' && everyone.length < 2) return;
    const kind = meetingKind(kindWords, t, everyone.length);
    const persons = counterparts.filter((p) => p.kind === 'person');
    const oneTable = /tripartite|multipartite|multilatéra|\bentre\b/.test(lower(sentence.text.slice(t.at, end)));
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

/** "avec des responsables …", "avec de hauts responsables …", "une délégation …": others the clause does not name. */
const UNNAMED_OTHERS = /^[^;.]{0,60}?(?<![\p{L}])(?:avec\s+(?:des|les|plusieurs|de\s+hauts|d'autres|ses|leurs)\s+(?:hauts\s+|principaux\s+)?(?:responsables|officiels|dirigeants|cadres|représentants|homologues|chefs)|(?:une|la|l')\s*délégation)(?![\p{L}])/u;

function unnamedOthers(text: string, t: { at: number; kind: string }, end: number, subject: Participant[]): Found | undefined {
  const people = subject.filter((p) => p.kind === 'person');
  if (people.length === 0 || (t.kind !== 'talks' && t.kind !== 'receive') || !UNNAMED_OTHERS.test(lower(text.slice(t.at, end)))) return undefined;
  const who = people.slice(-1)[0]!;
  return {
    clauseStart: t.at,
    draft: { participants: [{ key: who.key, kind: 'person', role: t.kind === 'receive' ? 'host' : 'participant', quote: text }], kind: t.kind === 'receive' ? 'audience' : 'bilateral', quote: text, topics: [], regions: [], othersUnnamed: true },
  };
}

/** Who the sentence's first trigger is told of: the people before it, else the person followed or the one just named. */
function subjectOf(facts: SentenceFacts, participants: Participant[], first: { at: number }, protagonist: Participant | undefined, lastSubject: Participant | undefined): Participant[] {
  const { sentence } = facts;
  const local = (p: Participant) => p.start - sentence.start;
  const subject = participants.filter((p) => local(p) < first.at);
  // "Il a également rencontré …": the pronoun stands for the person the article follows.
  // "Le patron de la sécurité a eu des rencontres avec …": an office naming no one else is the person followed too.
  const officeSubject = () => facts.roles.some((r) => !r.plural && r.start - sentence.start < first.at) && /^[^,]*$/.test(sentence.text.slice(0, first.at));
  if (subject.length === 0 && protagonist && (PRONOUN_SUBJECT.test(sentence.text.slice(0, first.at)) || POSSESSIVE_SUBJECT.test(sentence.text.slice(Math.max(0, first.at - 8), first.at)) || (PERIPHRASIS_SUBJECT.test(sentence.text.slice(0, first.at)) && !facts.roles.some((r) => r.start - sentence.start < first.at)) || officeSubject() || VISIT_SUBJECT.test(sentence.text.slice(0, first.at)))) {
    // The person followed cannot meet themself: then the pronoun is the one the previous sentence was about.
    const metLater = participants.some((p) => p.key === protagonist.key && local(p) >= first.at);
    return metLater && lastSubject && lastSubject.key !== protagonist.key ? [lastSubject] : [protagonist];
  }
  return subject;
}

/** "… par le ministre de l'Intérieur, A, au cours de laquelle ce dernier s'est entretenu avec B": "ce dernier" is the one just named. */
function thisLast(text: string, at: number, participants: Participant[], local: (p: Participant) => number): Participant[] | undefined {
  if (!/(?<![\p{L}])(?:ce dernier|cette dernière)\s+$/iu.test(text.slice(Math.max(0, at - 20), at))) return undefined;
  const before = participants.filter((p) => p.kind === 'person' && local(p) < at);
  return before.length > 0 ? before.slice(-1) : undefined;
}
