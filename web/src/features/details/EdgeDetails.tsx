import type { MeetingRef } from '@contract/results';
import { useNodeDetails } from '../../api/queries';
import { TOPICS } from '@contract/topics';
import { countryName } from '../../format/countries';
import { formatDate } from '../../format/dates';
import type { CanvasEdge } from '../../graph/canvas-graph';
import type { DetailsPanelProps } from './details-types';
import { MeetingLine } from './Relations';
import { Sources } from './Sources';

/** A link: its two ends, its role or title, the meetings behind a who-met tie, the quotes that state it. */
export function EdgeDetails({ edge, graph, onSelect, onOpenArticle }: DetailsPanelProps & { edge: CanvasEdge }) {
  const source = graph.nodes.get(edge.source)?.record;
  const target = graph.nodes.get(edge.target)?.record;
  return (
    <aside className="details" aria-label="Details" tabIndex={-1}>
      <header>
        <span className="badge edge-badge">{edge.change ? CHANGE_BADGES[edge.change] : edge.type === 'MET' ? 'Met' : edge.type.replaceAll('_', ' ').toLowerCase()}</span>
        <h2>
          <button type="button" className="link" onClick={() => onSelect(edge.source)}>{source?.label}</button>
          {' — '}
          <button type="button" className="link" onClick={() => onSelect(edge.target)}>{target?.label}</button>
        </h2>
        {edge.record?.role && <p className="muted">Role: {edge.record.role}</p>}
        {edge.record?.title && <p className="muted">Title: {edge.record.title}</p>}
      </header>
      {edge.meetingIds && <TieMeetings ids={edge.meetingIds} change={edge.change} onSelect={onSelect} />}
      {edge.meetingRefs && <MetMeetings meetings={edge.meetingRefs} count={edge.weight ?? 0} onSelect={onSelect} />}
      {edge.record && (
        <Sources
          sources={edge.record.sources.map((s) => ({ ...s, articleTitle: graph.nodes.get(s.articleId)?.record.label ?? s.articleId, edgeId: edge.id, relation: edge.record!.type }))}
          onOpenArticle={onOpenArticle}
        />
      )}
    </aside>
  );
}

function MetMeetings({ meetings, count, onSelect }: { meetings: MeetingRef[]; count: number; onSelect: (id: string) => void }) {
  return (
    <section className="relations">
      <h3>Meetings together <span className="count">{count}</span></h3>
      <ul>
        {meetings.map((m) => (
          <li key={m.id}>
            <button type="button" className="link" onClick={() => onSelect(m.id)}>{m.label}</button>
            <MeetingLine date={formatDate(m.date, m.precision, m.dateEnd)} place={m.city ?? countryName(m.country)} topics={m.topics.map((t) => TOPICS[t].en)} />
          </li>
        ))}
      </ul>
      {count > meetings.length && <p className="muted">The {meetings.length} most recent of {count}.</p>}
    </section>
  );
}

const CHANGE_BADGES = { appeared: 'Appeared', vanished: 'Vanished', kept: 'Kept' } as const;
const CHANGE_MEETINGS = {
  appeared: 'Their meetings in the second period',
  vanished: 'Their meetings in the first period',
  kept: 'Their meetings in both periods',
} as const;

/** Compare mode: the meetings behind a tie, each read by id. */
function TieMeetings({ ids, change, onSelect }: { ids: string[]; change: CanvasEdge['change']; onSelect: (id: string) => void }) {
  return (
    <section className="relations">
      <h3>
        {change ? CHANGE_MEETINGS[change] : 'Meetings together'} <span className="count">{ids.length}</span>
      </h3>
      <ul aria-label="Meetings behind this tie">
        {ids.map((id) => (
          <TieMeeting key={id} id={id} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

function TieMeeting({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const { data } = useNodeDetails(id);
  const node = data?.node;
  return (
    <li>
      <button type="button" className="link" onClick={() => onSelect(id)}>{node?.label ?? id}</button>
      {node?.type === 'Meeting' && <MeetingLine date={formatDate(node.date, node.precision, node.dateEnd)} place={node.city ?? countryName(node.country)} />}
    </li>
  );
}
