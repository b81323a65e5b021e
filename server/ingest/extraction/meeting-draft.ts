/** A meeting as the extraction rules build it from the sentences, before it is resolved against the graph. */
import type { AttendanceRole, MeetingKind } from '../../contract/model';
import type { TopicId } from '../../contract/topics';
import type { DateExpression } from '../reading/dates';

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
  /** "a eu des entretiens avec des responsables saoudiens", "a rencontré une délégation": the others are not named (yet). */
  othersUnnamed?: true;
}

export interface Place {
  city?: string;
  country: string;
  quote: string;
}
