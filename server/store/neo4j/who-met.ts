import type { Node } from 'neo4j-driver';
import type { AttendanceRole } from '../../contract/model';
import { LIMITS, type WhoMetQuery } from '../../contract/requests';
import type { WhoMetResult, WhoMetRow } from '../../contract/results';
import { InvalidQueryError, NotFoundError } from '../errors';
import { meetingRefOf, plain, toGraphNode } from './records';
import { filterParameters, int, trace, type RunCypher } from './run-cypher';
import { STATEMENTS } from './statements';

type Row = { node: Node; meetingCount: unknown; meetings: { meeting: Node; role: AttendanceRole | null; topics: string[] }[] };

/** The people and agencies who sat in the same meetings as a person or an agency, with the meetings that link them. */
export async function whoMet(run: RunCypher, query: WhoMetQuery): Promise<WhoMetResult> {
  const parameters = {
    id: query.id,
    cap: int(query.limit + 1),
    meetingsPerRow: int(LIMITS.meetingsPerWhoMetRow),
    ...filterParameters(query),
  };
  const [record] = await run(STATEMENTS.whoMet, parameters);
  if (!record) throw new NotFoundError('node', query.id);
  const center = toGraphNode(record.get('c') as Node);
  if (center.type !== 'Person' && center.type !== 'Organization') {
    throw new InvalidQueryError(`who-met needs a person or an organization, "${query.id}" is a ${center.type}`, 'id');
  }
  const rows: WhoMetRow[] = (record.get('rows') as Row[]).map((row) => ({
    node: toGraphNode(row.node),
    meetingCount: Number(plain(row.meetingCount)),
    meetings: row.meetings.map((m) => meetingRefOf(m.meeting, m.topics, m.role)),
  }));
  return {
    center,
    rows: rows.slice(0, query.limit),
    truncated: rows.length > query.limit,
    ...(query.cypher ? { cypher: trace(STATEMENTS.whoMet, parameters) } : {}),
  };
}
