import type { GraphNode } from '@contract/model';
import type { NeighbourRef, NodeDetails } from '@contract/results';
import { useState } from 'react';
import { countryName } from '../../format/countries';
import { formatDate } from '../../format/dates';

/** Items a relation group lists before "Show all": keeps a hub's panel a screen or two tall. */
const GROUP_PREVIEW = 4;

const RELATION_TITLES: Record<string, string> = {
  'MEMBER_OF:out': 'Organizations',
  'MEMBER_OF:in': 'Members',
  'REPRESENTS:out': 'Represents',
  'ATTENDED:out': 'Meetings',
  'ATTENDED:in': 'Attendees',
  'DISCUSSED:out': 'Topics discussed',
  'CONCERNED:out': 'Regions',
  'HELD_IN:out': 'Held in',
  'REPORTED_IN:out': 'Reported in',
  'PRODUCED:out': 'Produced',
  'SIGNED:out': 'Signed',
  'SIGNED:in': 'Signed by',
  'OF_COUNTRY:out': 'Country',
  'PART_OF:out': 'Part of',
  'PART_OF:in': 'Services',
};

/** A node's relationships, grouped by kind, each group cut short until asked. */
export function Relations({ details, onSelect }: { details: NodeDetails; onSelect: (id: string) => void }) {
  const totals = new Map(details.relations.map((r) => [`${r.type}:${r.direction}`, r.count]));
  const groups = new Map<string, NeighbourRef[]>();
  for (const ref of details.neighbours) {
    const key = `${ref.edge.type}:${ref.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), ref]);
  }
  return (
    <section className="relations">
      {[...groups].map(([key, refs]) => (
        <RelationGroup key={key} title={RELATION_TITLES[key] ?? key.replace(':', ' ').toLowerCase()} total={totals.get(key) ?? refs.length} refs={refs} onSelect={onSelect} />
      ))}
      {details.neighboursTruncated && (
        <p className="muted">The first {details.neighbours.length} of {details.relations.reduce((n, r) => n + r.count, 0).toLocaleString('en')} relationships are listed.</p>
      )}
    </section>
  );
}

function RelationGroup({ title, total, refs, onSelect }: { title: string; total: number; refs: NeighbourRef[]; onSelect: (id: string) => void }) {
  const [all, setAll] = useState(false);
  const sorted = [...refs].sort((a, b) => sortKey(b.node).localeCompare(sortKey(a.node)));
  const shown = all ? sorted : sorted.slice(0, GROUP_PREVIEW);
  return (
    <div>
      <h3>
        {title} <span className="count">{total.toLocaleString('en')}</span>
      </h3>
      <ul>
        {shown.map(({ node, edge }) => (
          <li key={edge.id}>
            <button type="button" className="link" onClick={() => onSelect(node.id)}>{node.label}</button>
            {edge.role && <span className="muted"> · {edge.role}</span>}
            {edge.title && <span className="muted"> · {edge.title}</span>}
            {node.type === 'Meeting' && <MeetingLine date={formatDate(node.date, node.precision, node.dateEnd)} place={node.city ?? countryName(node.country)} />}
          </li>
        ))}
      </ul>
      {sorted.length > GROUP_PREVIEW && (
        <button type="button" className="link show-all" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${sorted.length}`}
        </button>
      )}
    </div>
  );
}

const sortKey = (node: GraphNode) => (node.type === 'Meeting' ? node.dateFrom : '');

export function MeetingLine({ date, place, topics }: { date: string; place: string; topics?: string[] }) {
  return (
    <div className="meeting-line">
      {date} · {place}
      {topics && topics.length > 0 && <span className="topics-inline"> · {topics.join(', ')}</span>}
    </div>
  );
}

