/** The article's meetings with their attendees as proposal keys, each resolved against the meetings the graph holds. */
import { countryNames } from '../../../graph-seed/countries';
import type { DatePrecision, MeetingKind } from '../../contract/model';
import type { ProposedMeeting, ProposedOrganization, ProposedPerson } from '../../contract/proposal';
import type { MeetingDraft } from '../extraction/meeting-draft';
import { REGION_NAMES } from '../lexicon/topics';
import { clauseAround } from '../reading/quotes';
import { resolveMeeting } from '../resolution/resolve';
import { freeId, slug, type ProposalContext } from './proposal-context';

const KIND_NAMES: Record<MeetingKind, string> = {
  tripartite: 'Tripartite',
  multilateral: 'Multilateral',
  bilateral: 'Bilateral',
  audience: 'Audience',
  'working-visit': 'Visit',
  'working-session': 'Talks',
};

/** Two names make a title ("Hammouchi – Snoek"); a larger table is named by its kind and place. */
function meetingTitle(kind: MeetingKind, names: string[], place: string | undefined): string {
  if (names.length <= 2 && kind !== 'tripartite' && kind !== 'multilateral') return names.join(' – ');
  return `${KIND_NAMES[kind]}${place ? ` in ${place}` : ''}`;
}

interface Attendee {
  ref: string;
  name: string;
  role: MeetingDraft['participants'][number]['role'];
  quote: string;
  id: string;
  known: boolean;
  kind: 'person' | 'org';
}

/** A draft's participants as the proposal's people and agencies. */
function attendeesOf(d: MeetingDraft, persons: ProposedPerson[], organizations: ProposedOrganization[], keys: Map<string, string>): Attendee[] {
  return d.participants.flatMap((p) => {
    const key = keys.get(p.key);
    const entity = persons.find((x) => x.key === key) ?? organizations.find((x) => x.key === key);
    return entity ? [{ ref: entity.key, name: entity.name, role: p.role, quote: p.quote, id: entity.id, known: entity.status === 'known', kind: p.kind }] : [];
  });
}

export async function proposeMeetings(
  drafts: MeetingDraft[],
  persons: ProposedPerson[],
  organizations: ProposedOrganization[],
  context: ProposalContext,
): Promise<ProposedMeeting[]> {
  const { store, keys, warnings } = context;
  const out: ProposedMeeting[] = [];
  for (const d of drafts) {
    const attendees = attendeesOf(d, persons, organizations, keys);
    const known = attendees.filter((a) => a.known).map((a) => a.id);
    const resolved = await resolveMeeting(store, {
      attendees: known,
      newAttendees: attendees.length - known.length,
      ...(d.date?.value ? { date: d.date.value } : {}),
      ...(d.date?.weekday !== undefined && !d.date.value ? { weekday: d.date.weekday } : {}),
      ...(d.place ? { country: d.place.country } : {}),
    });
    const match = resolved?.match;
    const matched = resolved?.meeting;
    // "ce lundi" alone dates nothing: a meeting already known gives its date.
    const date = d.date?.value ?? matched?.date;
    const precision: DatePrecision | undefined = d.date?.precision ?? matched?.precision;
    const dateEnd = d.date?.dateEnd ?? (d.date?.value ? undefined : matched?.dateEnd);
    const country = d.place?.country ?? matched?.country;
    const names = attendees.map((a) => (a.kind === 'person' ? a.name.split(/\s+/).at(-1)! : (organizations.find((o) => o.key === a.ref)?.acronym ?? a.name)));
    const place = d.place?.city ?? (country ? countryNames(country).fr : undefined);
    const title = meetingTitle(d.kind, names, place);
    const key = `m${out.length + 1}`;
    if (!match && (!date || !country)) {
      warnings.push(`meeting ${key} (${title}) has no ${!date ? 'date' : 'place'} the text supports: it is left out when you accept`);
    }
    const counterpart = slug(names.filter((_, i) => i > 0).join('-') || names[0] || 'meeting');
    out.push({
      key,
      id: match?.id ?? (await freeId(context, `meeting:${date ?? 'undated'}-${slug(place ?? 'unknown')}-${counterpart}`.slice(0, 90))),
      status: match ? 'known' : 'new',
      ...(match ? { match } : {}),
      ...(date ? { date } : {}),
      ...(precision ? { precision } : {}),
      ...(dateEnd ? { dateEnd } : {}),
      ...describedFacts(d, attendees),
      ...(country ? { country } : {}),
      title,
    });
  }
  return out;
}

/** What the proposal says of a meeting straight from its draft: the words, the attendees, the topics. */
function describedFacts(d: MeetingDraft, attendees: Attendee[]) {
  return {
    ...(d.date ? { dateQuote: clauseAround(d.date.quoteSentence, d.date.start, d.date.end) } : {}),
    ...(d.place?.city ? { city: d.place.city } : {}),
    ...(d.place ? { placeQuote: d.place.quote } : {}),
    kind: d.kind,
    participants: attendees.filter((a) => a.kind === 'person').map((a) => a.name),
    organizations: attendees.filter((a) => a.kind === 'org').map((a) => a.name),
    topics: d.topics.map((t) => t.id),
    regions: d.regions.map((r) => REGION_NAMES.get(r.id) ?? r.id),
    attendees: attendees.map(({ ref, name, role, quote }) => ({ ref, name, role, quote })),
    topicQuotes: d.topics,
    regionQuotes: d.regions,
    quote: d.quote,
  };
}
