/** What each meeting was about: the topics and regions of the sentences that report it and follow it. */
import type { ArticleEntities } from './entity-types';
import { findRegions, findTopics, type TermHit } from '../lexicon/topics';
import type { TopicId } from '../../contract/topics';
import type { MeetingDraft } from './meeting-draft';
import { lower, VISIT } from './meeting-triggers';
import { clauseAround } from '../reading/quotes';

/** Sentences that discuss rather than comment: "ont porté (également) sur", what a party "a salué" there, "en vue de", "la lutte contre", and what "les délégués" or "les deux parties" did. */
const DISCUSSION =
  /(?:porté|portant|porter|axés?|axées?)(?: (?:également|aussi|notamment|essentiellement|principalement|surtout|particulièrement|ainsi))? sur|discut|discussion|salu[ée]|échang(?:é|er)|examin|consacr|évoqu|abord|l'occasion|passé en revue|passer en revue|convenu|en vue de|plan d'action|coopér|collabor|lutte contre|partage|mis en exergue|(?<![\p{L}])(?:les|des|aux) (?:délégués|participants|intervenants)(?![\p{L}])|(?<![\p{L}])les deux (?:parties|responsables|hommes|ministres|délégations|chefs|pays)(?![\p{L}])/u;

/**
 * A meeting told as past to the story ("durant laquelle il avait rencontré …", "qu'il avait reçu le 27 décembre"):
 * what the article's next sentences discuss ("Lors de cette réunion, …") is the story's meeting's, not the one recalled.
 */
const RECALLED =
  /(?<![\p{L}])(?:avai(?:t|ent)|(?:s['’])?étai(?:t|ent)) (?:(?:lui|elle|eux|aussi|déjà|également|alors|notamment) ){0,2}(?:reçu|rencontré|eu|rendu|effectué|tenu|accueilli|présidé|participé|pris part|arrivée?s?|venue?s?|entretenue?s?|rendue?s?)(?![\p{L}])/u;

/** Topics and regions from each meeting's sentences up to the next meeting, where the text discusses them. */
export function collectTopics(meetings: MeetingDraft[], entities: ArticleEntities) {
  const told = meetings.filter((m) => !RECALLED.test(m.quote));
  const main = told.length ? told : meetings;
  const isMain = new Set(main);
  const starts = [...new Set(main.flatMap((m) => m.sentences))].sort((a, b) => a - b);
  const opening = openingMeeting(main);
  for (const m of meetings) {
    const scope = new Set<number>(m.sentences);
    // The visit told before its first meeting ("En visite à Dakar, … la lutte contre le terrorisme … Au cours de ce séjour, il a eu une séance de travail avec …"): what it was about is that meeting's.
    if (m === opening && visitOpens(entities, m)) for (let i = 0; i < starts[0]!; i++) scope.add(i);
    for (const s of isMain.has(m) ? m.sentences : []) {
      const next = starts.find((x) => x > s) ?? entities.sentences.length;
      for (let i = s; i < next; i++) scope.add(i);
    }
    for (const i of [...scope].sort((a, b) => a - b)) {
      const { sentence } = entities.sentences[i]!;
      if (sentence.hypothetical || sentence.isTitle) continue;
      if (!m.sentences.includes(i) && !DISCUSSION.test(lower(sentence.text))) continue;
      for (const t of findTopics(sentence.text)) {
        if (saysWhoTheyAre(sentence.text, t)) continue;
        if (!m.topics.some((x) => x.id === t.id)) m.topics.push({ id: t.id, quote: clauseAround(sentence.text, t.start, t.end) });
      }
      for (const r of findRegions(sentence.text)) {
        if (!m.regions.some((x) => x.id === r.id)) m.regions.push({ id: r.id, quote: clauseAround(sentence.text, r.start, r.end) });
      }
    }
  }
}

/**
 * Words before a topic that make it what someone or some body is for, not what was discussed: "responsables
 * spécialisés dans la lutte contre le terrorisme", "groupe chargé de lutter contre …", "l'Académie internationale
 * de lutte contre le terrorisme", "chef de la police anti-terroriste".
 */
const WHAT_THEY_ARE_FOR =
  /(?:(?:spécialisée?s? dans(?: le domaine de)?|chargée?s? de|(?:bureau|office|centre|académie|comité|unité|cellule|direction|brigade|pôle|division|agence|groupe)(?: [\p{L}'’-]+){0,4} de) (?:la )?(?:lutte contre |lutter contre )?(?:la |le |les |l['’])?|(?:police|brigade|unité|parquet|pôle|cellule)s? )$/iu;

/**
 * A country's standing in a fight, which its guests praise or its press recalls ("l'admiration envers le rôle du
 * Maroc dans la lutte contre le terrorisme et le crime organisé", "ses expériences et son expertise dans la lutte
 * contre …"): what the country is known for, not what the meeting discussed.
 */
const STANDING_IN =
  /(?:rôle|place|position|expertise|expériences?|savoir-faire)(?: [\p{L}'’-]+){0,6} dans (?:la lutte (?:contre )?|le domaine (?:de la lutte contre )?)(?:la |le |les |l['’])?(?:(?:[\p{L}'’-]+ ){1,3}et (?:la |le |les |l['’])?)?$/iu;

/** A topic in a title or a body's name ("Wali Directeur de la … Surveillance des Frontières") is capitalised; the sports events are named so too, and stay. */
function saysWhoTheyAre(text: string, hit: TermHit<TopicId>): boolean {
  const before = text.slice(Math.max(0, hit.start - 100), hit.start);
  if (WHAT_THEY_ARE_FOR.test(before) || STANDING_IN.test(before)) return true;
  return hit.id !== 'sports_event_security' && hit.start > 0 && /\p{Lu}/u.test(text.slice(hit.start, hit.end));
}

/** The meeting the article tells first: the first of those in its earliest sentence. */
function openingMeeting(meetings: MeetingDraft[]): MeetingDraft | undefined {
  const first = (m: MeetingDraft) => Math.min(...m.sentences);
  return meetings.reduce<MeetingDraft | undefined>((best, m) => (m.sentences.length && (!best || first(m) < first(best)) ? m : best), undefined);
}

const THIS_VISIT = /(?<![\p{L}])(?:cette (?:visite|tournée)|ce (?:séjour|déplacement))(?![\p{L}])/u;

/** Whether the article opens on the visit its first meeting belongs to: its lede tells a visit, or the meeting's sentence looks back to "cette visite", "ce séjour". */
function visitOpens(entities: ArticleEntities, opening: MeetingDraft): boolean {
  const lede = entities.sentences.find((s) => !s.sentence.isTitle);
  if (lede && VISIT.test(lower(lede.sentence.text))) return true;
  return opening.sentences.some((i) => THIS_VISIT.test(lower(entities.sentences[i]!.sentence.text)));
}
