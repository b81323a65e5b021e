import type { Node } from 'neo4j-driver';
import type { MeetingNode } from '../../contract/model';
import type { MeetingsQuery } from '../../contract/requests';
import type { MeetingRow, MeetingsPage } from '../../contract/results';
import { orderMeetingRow } from '../meeting-ref';
import { meetingRefOf, plain, toGraphNode } from './records';
import { filterParameters, int, type RunCypher } from './run-cypher';
import { STATEMENTS } from './statements';

type Row = { meeting: Node; attendees: MeetingRow['attendees']; topics: string[]; articles: string[] };

/** A page of the timeline, oldest first, with attendees and articles for each meeting. */
export async function meetings(run: RunCypher, query: MeetingsQuery): Promise<MeetingsPage> {
  const [record] = await run(STATEMENTS.meetings, { offset: int(query.offset), limit: int(query.limit), ...filterParameters(query) });
  const total = Number(plain(record?.get('total')));
  const rows: MeetingRow[] = ((record?.get('rows') ?? []) as Row[]).map((row) => {
    const meeting = toGraphNode(row.meeting) as MeetingNode;
    return orderMeetingRow({
      ...meetingRefOf(row.meeting, row.topics),
      kind: meeting.kind,
      summary: meeting.summary,
      attendees: row.attendees.map((a) => ({ id: a.id, type: a.type, label: a.label, ...(a.role ? { role: a.role } : {}) })),
      articles: row.articles,
    });
  });
  return { rows, total, truncated: query.offset + rows.length < total };
}
