/**
 * Meetings of agencies the genre tells without a person: "AFRIPOL a tenu sa
 * réunion … La réunion a rassemblé les délégations de … et d'INTERPOL".
 */
import type { Participant, SentenceFacts } from './entity-types';
import type { MeetingDraft } from './meeting-draft';
import { lower } from './meeting-triggers';

const AGENCY_EVENT = /^(?:la|cette) (?:réunion|rencontre|session|conférence)\s+(?:a|ont)\s+(?:rassemblé|réuni|vu la participation)/u;

/**
 * The meeting a sentence like "La réunion a rassemblé …" tells, held by the agency the sentence before named:
 * undefined when the sentence is not one, null when it names no one else.
 */
export function agencyEvent(
  facts: SentenceFacts,
  agencies: () => Participant[],
  heldBy: Participant | undefined,
): Omit<MeetingDraft, 'sentences' | 'date' | 'place'> | null | undefined {
  const { sentence } = facts;
  if (!heldBy || facts.participants.some((p) => p.kind === 'person') || !AGENCY_EVENT.test(lower(sentence.text.trimStart()))) return undefined;
  const met = [...new Map(agencies().map((a) => [a.key, a])).values()].filter((a) => a.key !== heldBy.key);
  if (met.length === 0) return null;
  const party = (p: Participant, role: 'host' | 'participant') => ({ key: p.key, kind: p.kind, role, quote: sentence.text });
  return { participants: [party(heldBy, 'host'), ...met.map((p) => party(p, 'participant'))], kind: 'multilateral', quote: sentence.text, topics: [], regions: [] };
}
