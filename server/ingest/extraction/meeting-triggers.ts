/**
 * The words that report a meeting in French news: a host receiving ("a reçu"),
 * talks ("s'est entretenu avec", "réunion … entre"), a visit by someone ("visite
 * … par"), an invitation, taking part in a conference; and what kind each is.
 */
import type { MeetingKind } from '../../contract/model';

// \b is ASCII-only in JS: "rencontré" needs letter-aware boundaries.
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'gu');
/** "a également rencontré", "s'est aussi entretenu": an adverb may sit between auxiliary and verb. */
const ADVERB = String.raw`(?: (?:\p{L}+ment|aussi|encore|par ailleurs|en outre|notamment|ensuite))?`;
/** "Dieter Romann a été reçu … par Abdellatif Hammouchi", "Il a été accueilli par son homologue": the subject is the guest, the one after "par" the host. */
const RECEIVED_BY = word(
  `(?:a|ont|avait|avaient)${ADVERB} été (?:reçue?s?|accueillie?s?)|(?:est|sont) reçue?s?|d'être (?:reçue?s?|accueillie?s?)|avoir été (?:reçue?s?|accueillie?s?)`,
);
const RECEIVE = word(`(?:a|ont|avait)${ADVERB} (?:accueilli|reçu)e?s?|reçoit|accueille`);
/** "Une délégation de la DGSN a pris part … à la conférence d'Afripol": the agencies named take part. */
const SESSION = String.raw`(?:assemblée|session|conférence|sommet|forum|réunion|congrès|séminaire|colloque|symposium|conseil|comité|cérémonie|célébration)`;
/**
 * "Prenant la parole devant la troisième Assemblée générale d'AFRIPOL, le chef d'INTERPOL …", "a assisté à la cérémonie",
 * "AFRIPOL coorganise avec la DGSN la 3e Assemblée générale": attending or organising a session is taking part in it.
 */
const TOOK_PART = word(
  `(?:a|ont)${ADVERB} (?:pris part|participé|assisté)|(?:avec|a vu|ont vu) la participation d(?:e|u|es)|(?:prenant|prend|prennent) part|participe|participant à|(?:prenant|a pris) la parole (?:devant|lors|à|au)|s'exprimant (?:devant|lors|à|au)|intervenant (?:devant|lors)|(?:co-?organise|organise|abrite|(?:a|ont) (?:co-?organisé|organisé|abrité)|(?:a|ont)${ADVERB} représenté|représente)(?=[^.]{0,120}${SESSION})`,
);
/** "à l'invitation de X": X hosts the visitor. */
const INVITED = word("à l'invitation d(?:e la|u|e l'|es|e)?");
const TALKS = word(
  `entretiens?|entrevue|(?:s'est|se sont)${ADVERB} (?:entretenue?s?|réunie?s?)|(?:a|ont)${ADVERB} (?:rencontré|discuté|évoqué|échangé)|(?:a|ont)${ADVERB} (?:abordé|passé en revue|examiné)|(?:a|ont)${ADVERB} co-?présidé|(?:a|ont|avait|avaient)(?: (?:lui|elle|eux) aussi)?${ADVERB} rendu visite|rend(?:ra)? visite|rendre visite|(?:a|ont)${ADVERB} signé|s'entreti(?:en|enn)(?:t|ent)|se réuni(?:t|ssent)|(?:examine|discute|échange)(?= avec)|sous la (?:co-?)?présidence d(?:e|u|es)|se sont${ADVERB} rendue?s|en présence d(?:e|u|es)|aux côtés d(?:e|u|es)|rencontrer|s'entretenir|se réunir|rencontres?|séances? de travail|discussions?|réunions?|rendez-vous|pourparlers|concertations?`,
);
/** "la visite effectuée par X", not "cette visite a été marquée par la tenue d'une rencontre": what marked a visit is no visitor. */
const VISIT_BY = /(?<![\p{L}])visite(?![\p{L}])[^.]{0,120}?(?<![\p{L}])(?<!(?:marquée?s?|ponctuée?s?|couronnée?s?|sanctionnée?s?|suivie?s?|précédée?s?|conclue?s?|clôturée?s?)\s)par(?![\p{L}])/gu;
export const VISIT = /(?<![\p{L}])(?:visite|séjour|déplacement|tournée)(?![\p{L}])/u;

/** A demonstrative before a meeting noun refers back: "cette entrevue", "ces entretiens", "ladite réunion". */
const TOLD_BEFORE = /(?<![\p{L}])(?:cette|cet|ces|ladite|lesdites|ledit|lesdits)\s+$/u;

const MEETING_NOUN = /^(?:entretiens?|entrevue|rencontres?|séances?|discussions?|réunions?|rendez-vous|pourparlers|concertations?)$|^séances? de travail$/u;

const THING_RECEIVED = /^,?\s+(?:\p{L}+\s+){0,2}?(?:messages?|lettres?|appels?|courriers?|félicitations|décorations?|distinctions?|prix|médailles?|dons?|plaintes?|rapports?|invitations?)(?![\p{L}])/u;

const AT_PREMISES = word(`(?:au siège|aux locaux|au quartier général|dans les locaux) d(?:e la|u|es|e l'|e|')`);

export interface Trigger {
  at: number;
  kind: 'receive' | 'received-by' | 'talks' | 'visit-by' | 'invited' | 'took-part';
}

export const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");

export function triggers(sentence: string): Trigger[] {
  const l = lower(sentence);
  const found: Trigger[] = [];
  for (const m of l.matchAll(RECEIVED_BY)) found.push({ at: m.index, kind: 'received-by' });
  for (const m of l.matchAll(RECEIVE)) {
    // "a reçu un message de félicitations de X": a thing received, not a visitor.
    if (THING_RECEIVED.test(l.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (!found.some((t) => Math.abs(t.at - m.index) < 12)) found.push({ at: m.index, kind: 'receive' });
  }
  for (const m of l.matchAll(VISIT_BY)) found.push({ at: m.index, kind: 'visit-by' });
  for (const m of l.matchAll(INVITED)) found.push({ at: m.index, kind: 'invited' });
  for (const m of l.matchAll(TOOK_PART)) found.push({ at: m.index, kind: 'took-part' });
  let toldBefore = false;
  for (const m of l.matchAll(TALKS)) {
    // "Lors de cette entrevue, X a exprimé …": the meeting just told, not another one; so are the meetings the sentence then names
    // ("Cette rencontre … s'inscrit dans le cadre des rencontres bilatérales …").
    if (TOLD_BEFORE.test(l.slice(Math.max(0, m.index - 12), m.index))) toldBefore = true;
    if (toldBefore && MEETING_NOUN.test(m[0])) continue;
    if (!found.some((t) => Math.abs(t.at - m.index) < 3)) found.push({ at: m.index, kind: 'talks' });
  }
  // "Au quartier général du FBI, à Quantico, le ministre … est venu …": a visit to an agency's premises, when nothing else is told.
  if (found.length === 0) for (const m of l.matchAll(AT_PREMISES)) found.push({ at: m.index, kind: 'took-part' });
  return found.sort((a, b) => a.at - b.at);
}

/** "Lors de la visite qu'il a effectuée aujourd'hui à INTERPOL, le président X a …": a visit to an agency (at `agencyStarts`), where nothing else is told. */
const VISIT_TO = /(?<![\p{L}])(?:visite|s'est rendue?|se rend)(?![\p{L}])[^.;]{0,60}?\s(?:à|au siège d(?:e la|u|e l'|es|e)|auprès d(?:e la|u|e l'|es|e))\s*(?:l'|la\s+)?$/u;

export function visitToAgency(sentence: string, agencyStarts: number[]): Trigger[] {
  const l = lower(sentence);
  for (const at of agencyStarts) {
    const before = l.slice(Math.max(0, at - 100), at);
    const m = VISIT_TO.exec(before);
    if (m) return [{ at: at - before.length + m.index, kind: 'took-part' }];
  }
  return [];
}

export function meetingKind(words: string, trigger: Trigger, count: number): MeetingKind {
  const l = lower(words);
  if (/tripartite/.test(l)) return 'tripartite';
  if (/multipartite|multilatéra/.test(l)) return 'multilateral';
  if (/bilatéra/.test(l)) return 'bilateral';
  if (trigger.kind === 'receive' || trigger.kind === 'received-by') return 'audience';
  if (trigger.kind === 'invited') return 'working-visit';
  if (trigger.kind === 'took-part') return 'multilateral';
  if (/séances? de travail/.test(l)) return 'working-session';
  if (trigger.kind === 'visit-by') return 'working-visit';
  return count > 2 ? 'multilateral' : 'bilateral';
}

/** "une réunion avec A et B", "s'est entretenu avec A et B", "une visite au siège de … et eu des rencontres avec A et B": one occasion. */
const SITE_VISIT = /(?<![\p{L}])visite[^.]{0,80}?(?<![\p{L}])(?:au siège|aux locaux|au quartier général)/u;

/** "des entretiens avec A et B", "une série de réunions avec, respectivement, A et B": one meeting each. */
const SEVERAL_WORD = /^(?:entretiens|rencontres|réunions|séances de travail|discussions|concertations|pourparlers)(?![\p{L}])/u;

/** Whether the talks at `at` are one meeting of everyone named. Reads a window around them, not the sentence: a long one has many. */
export function oneOccasion(text: string, at: number): boolean {
  if (SITE_VISIT.test(lower(text.slice(Math.max(0, at - 200), at)))) return true;
  const after = lower(text.slice(at, at + 300));
  if (/respectivement/.test(after)) return false;
  return !SEVERAL_WORD.test(after);
}
