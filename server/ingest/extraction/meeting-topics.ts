/** What each meeting was about: the topics and regions of the sentences that report it and follow it. */
import type { ArticleEntities } from './entity-types';
import { findRegions, findTopics } from '../lexicon/topics';
import type { MeetingDraft } from './meeting-draft';
import { lower } from './meeting-triggers';
import { clauseAround } from '../reading/quotes';

/** Sentences that discuss rather than comment: "ont porté sur", "en vue de", "la lutte contre", and what "les délégués" or "les deux parties" did. */
const DISCUSSION =
  /(?:porté|portant|porter|axés?|axées?) sur|discut|discussion|échang(?:é|er)|examin|consacr|évoqu|abord|l'occasion|passé en revue|passer en revue|convenu|en vue de|plan d'action|coopér|collabor|lutte contre|partage|mis en exergue|(?<![\p{L}])(?:les|des|aux) (?:délégués|participants|intervenants)(?![\p{L}])|(?<![\p{L}])les deux (?:parties|responsables|hommes|ministres|délégations|chefs|pays)(?![\p{L}])/u;

/** Topics and regions from each meeting's sentences up to the next meeting, where the text discusses them. */
export function collectTopics(meetings: MeetingDraft[], entities: ArticleEntities) {
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
