/**
 * Meetings as the facts files state them. One meeting may be reported by
 * several articles, each giving part of it: the parts are gathered first
 * (a field two articles give differently is a problem), then each meeting is
 * built once all files are read.
 */
import { parsePartialDate } from '../server/contract/dates';
import { meetingNode } from '../server/contract/meeting-node';
import type { AttendanceRole, MeetingKind, MeetingNode } from '../server/contract/model';
import { TOPIC_IDS, isTopicId, topicNodeId } from '../server/contract/topics';
import { countryNames } from './countries';
import type { MeetingFacts } from './schema';
import { describe, type FactChecks, type SeedBuild, type SeedMeetingDraft, type YamlPath } from './seed-build';

const FIELDS = ['date', 'dateEnd', 'city', 'country', 'kind', 'title', 'summary'] as const;

export function addMeeting(build: SeedBuild, check: FactChecks, m: MeetingFacts, path: YamlPath) {
  const draft = gatherFields(build, check, m, path);
  const country = m.country === undefined ? null : check.countryId(m.country, [...path, 'country']);
  if ((m.date !== undefined) !== (m.dateQuote !== undefined)) check.problem([...path, 'dateQuote'], m.id, 'a date needs the dateQuote that states it (and a dateQuote a date)');
  const placed = m.city !== undefined || m.country !== undefined;
  if (placed !== (m.placeQuote !== undefined)) check.problem([...path, 'placeQuote'], m.id, 'a city or country needs the placeQuote that states it (and a placeQuote a place)');
  const placeSource = m.placeQuote ? check.source(m.placeQuote, [...path, 'placeQuote']) : null;
  if (country) check.link('HELD_IN', m.id, country, [placeSource]);
  check.link('REPORTED_IN', m.id, check.articleId, [
    check.source(m.quote, [...path, 'quote']),
    m.dateQuote ? check.source(m.dateQuote, [...path, 'dateQuote']) : null,
    placeSource,
  ]);
  m.attendees.forEach((a, j) => {
    const at = [...path, 'attendees', j];
    if (!check.expectNode(a.id, ['Person', 'Organization'], [...at, 'id'])) return;
    draft.attendees += 1;
    check.link('ATTENDED', a.id, m.id, [check.source(a.quote, [...at, 'quote'])], { role: a.role as AttendanceRole });
  });
  addMeetingSubjects(check, m, path);
}

/** This file's part of the meeting, checked against what other files said of it. */
function gatherFields(build: SeedBuild, check: FactChecks, m: MeetingFacts, path: YamlPath): SeedMeetingDraft {
  let draft = build.meetings.get(m.id);
  if (!draft) {
    draft = { id: m.id, firstFile: check.file, firstPath: path, fields: {}, attendees: 0 };
    build.meetings.set(m.id, draft);
  }
  for (const key of FIELDS) {
    const value = m[key];
    if (value === undefined) continue;
    const known = draft.fields[key];
    if (known && known.value !== value) check.problem([...path, key], m.id, `${key} "${value}" contradicts "${known.value}" given in ${known.file}`);
    else draft.fields[key] = { value, file: check.file };
  }
  if (m.date !== undefined && !parsePartialDate(m.date)) check.problem([...path, 'date'], m.date, 'malformed date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
  if (m.dateEnd !== undefined && parsePartialDate(m.dateEnd)?.precision !== 'day') check.problem([...path, 'dateEnd'], m.dateEnd, 'malformed end date (expected YYYY-MM-DD)');
  return draft;
}

/** What the meeting was about and what it produced. */
function addMeetingSubjects(check: FactChecks, m: MeetingFacts, path: YamlPath) {
  m.topics.forEach((t, j) => {
    const at = [...path, 'topics', j];
    const topic = t.id.replace(/^topic:/, '');
    if (!isTopicId(topic)) {
      check.problem([...at, 'id'], t.id, `unknown topic "${t.id}" (the vocabulary: ${TOPIC_IDS.join(', ')})`);
      return;
    }
    check.link('DISCUSSED', m.id, topicNodeId(topic), [check.source(t.quote, [...at, 'quote'])]);
  });
  m.regions.forEach((r, j) => {
    const at = [...path, 'regions', j];
    if (check.expectNode(r.id, ['Region'], [...at, 'id'])) check.link('CONCERNED', m.id, r.id, [check.source(r.quote, [...at, 'quote'])]);
  });
  m.agreements.forEach((a, j) => {
    const at = [...path, 'agreements', j];
    if (check.expectNode(a.id, ['Agreement'], [...at, 'id'])) check.link('PRODUCED', m.id, a.id, [check.source(a.quote, [...at, 'quote'])]);
  });
}

/** Every gathered meeting as a node, or a problem saying what it lacks. */
export function buildMeetings(build: SeedBuild) {
  for (const draft of build.meetings.values()) {
    const meeting = buildMeeting(draft);
    if (meeting === null) continue;
    if (typeof meeting === 'string') {
      build.problems.push({ file: draft.firstFile, path: draft.firstPath, fact: describe(draft.firstPath, draft.id), reason: meeting });
    } else {
      build.nodes.set(meeting.id, meeting);
    }
  }
}

/** The meeting node, the reason it is incomplete, or null when its date was already reported malformed. */
function buildMeeting(draft: SeedMeetingDraft): MeetingNode | string | null {
  const { date, dateEnd, city, country, kind, title, summary } = draft.fields;
  const missing = (['date', 'country', 'kind', 'summary'] as const).filter((k) => !draft.fields[k]);
  if (missing.length > 0) return `meeting "${draft.id}" has no ${missing.join(', ')} in any article`;
  if (draft.attendees < 2) return `meeting "${draft.id}" needs at least two attendees`;
  const start = parsePartialDate(date!.value);
  const end = dateEnd ? parsePartialDate(dateEnd.value) : null;
  if (!start || (dateEnd && !end)) return null;
  if (end && end.first < start.first) return `meeting "${draft.id}" ends (${end.value}) before it starts (${start.value})`;
  return meetingNode({
    id: draft.id,
    title: title?.value ?? city?.value ?? countryNames(country!.value).fr,
    start,
    end,
    ...(city ? { city: city.value } : {}),
    country: country!.value,
    kind: kind!.value as MeetingKind,
    summary: summary!.value,
  });
}
