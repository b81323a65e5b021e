import type { GraphNode } from '@contract/model';
import type { MeetingRef, NeighbourRef, NodeDetails, SourceRef } from '@contract/results';
import { TOPICS } from '@contract/topics';
import { useState } from 'react';
import { useNodeDetails } from '../../api/queries';
import { countryName } from '../../format/countries';
import { formatDate } from '../../format/dates';
import type { CanvasEdge, CanvasGraph } from '../../graph/canvas-graph';
import { TYPE_STYLES } from '../../graph/node-types';

export interface DetailsActions {
  onExpand: (id: string) => void;
  onHide: (id: string) => void;
  onRemove: (id: string) => void;
  onPin: (id: string) => void;
  onSelect: (id: string) => void;
  onWhoMet: (id: string) => void;
  /** Expands a node and the given meetings of theirs in one step: who they met, in the full graph. */
  onExpandWithMet: (ids: string[]) => void;
  onConnectStart: (id: string) => void;
  onConnect: (from: string, to: string) => void;
  onOpenArticle: (articleId: string, quote?: string) => void;
}

interface DetailsPanelProps extends DetailsActions {
  selected: string | undefined;
  graph: CanvasGraph;
  expanded: boolean;
  pinned: boolean;
  connectFrom: string | undefined;
}

/** The evidence for what is selected: properties, relations and every quote with its article. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { selected, graph } = props;
  if (!selected) {
    return (
      <aside className="details empty-details" aria-label="Details" tabIndex={-1}>
        <p>Click a node or a link to see who, when, where — and the article’s own words.</p>
        <p className="muted">Double-click a node to expand its neighbours.</p>
      </aside>
    );
  }
  const edge = graph.edges.get(selected);
  if (edge) return <EdgeDetails edge={edge} {...props} />;
  return <NodeDetailsView id={selected} {...props} />;
}

function NodeDetailsView({ id, expanded, pinned, connectFrom, ...actions }: DetailsPanelProps & { id: string }) {
  const { data, isLoading, isError, error, refetch } = useNodeDetails(id);
  if (isLoading) return <aside className="details" aria-label="Details" aria-busy="true" tabIndex={-1}><p className="muted">Loading…</p></aside>;
  if (isError || !data) {
    return (
      <aside className="details" aria-label="Details" tabIndex={-1}>
        <p role="alert">Could not load this node: {error?.message}</p>
        <button type="button" onClick={() => void refetch()}>Retry</button>
      </aside>
    );
  }
  const { node } = data;
  const canMeet = node.type === 'Person' || node.type === 'Organization';
  const meetings = data.neighbours.filter((n) => n.edge.type === 'ATTENDED' && n.node.type === 'Meeting').map((n) => n.node.id).slice(0, MAX_MEETINGS_AT_ONCE);
  return (
    <aside className="details" aria-label="Details" tabIndex={-1}>
      <header>
        <span className="badge" style={{ background: TYPE_STYLES[node.type].color }}>{TYPE_STYLES[node.type].label}</span>
        <h2>{node.label}</h2>
        <NodeFacts node={node} />
      </header>
      <div className="actions" role="group" aria-label="Node actions">
        <button type="button" onClick={() => actions.onExpand(id)} disabled={expanded}>Expand</button>
        {canMeet && meetings.length > 0 && (
          <button type="button" onClick={() => actions.onExpandWithMet([id, ...meetings])} title="Expand this node and each of its meetings">
            Expand with who they met
          </button>
        )}
        {canMeet && <button type="button" onClick={() => actions.onWhoMet(id)}>Who met whom</button>}
        <button type="button" onClick={() => actions.onPin(id)} aria-pressed={pinned}>{pinned ? 'Unpin' : 'Pin'}</button>
        <button type="button" onClick={() => actions.onHide(id)}>Hide</button>
        <button type="button" onClick={() => actions.onRemove(id)}>Remove</button>
        {connectFrom && connectFrom !== id ? (
          <button type="button" className="primary" onClick={() => actions.onConnect(connectFrom, id)}>Connect to here</button>
        ) : (
          <button type="button" onClick={() => actions.onConnectStart(id)} aria-pressed={connectFrom === id}>
            {connectFrom === id ? 'Now pick the other end' : 'Connect from here'}
          </button>
        )}
      </div>
      <Relations details={data} onSelect={actions.onSelect} />
      <Sources sources={data.sources} onOpenArticle={actions.onOpenArticle} />
    </aside>
  );
}

function NodeFacts({ node }: { node: GraphNode }) {
  switch (node.type) {
    case 'Person':
      return (
        <dl>
          {node.titles.length > 0 && <><dt>Titles</dt><dd>{node.titles.join(' · ')}</dd></>}
          {node.aliases.length > 0 && <><dt>Also written</dt><dd>{node.aliases.join(', ')}</dd></>}
        </dl>
      );
    case 'Organization':
      return (
        <dl>
          <dt>Name</dt><dd>{node.name}</dd>
          {node.country && <><dt>Country</dt><dd>{countryName(node.country)}</dd></>}
          <dt>Kind</dt><dd>{node.kind}</dd>
          {node.aliases.length > 0 && <><dt>Also written</dt><dd>{node.aliases.join(', ')}</dd></>}
        </dl>
      );
    case 'Meeting':
      return (
        <dl>
          <dt>When</dt><dd>{formatDate(node.date, node.precision, node.dateEnd)}</dd>
          <dt>Where</dt><dd>{[node.city, countryName(node.country)].filter(Boolean).join(', ')}</dd>
          <dt>Kind</dt><dd>{node.kind}</dd>
          <dt>Summary</dt><dd>{node.summary}</dd>
        </dl>
      );
    case 'Country':
      return <dl><dt>Names</dt><dd>{node.nameFr} · {node.nameEn} ({node.code})</dd></dl>;
    case 'Article':
      return <dl><dt>Published</dt><dd>{formatDate(node.published, node.precision)}{node.publisher ? ` · ${node.publisher}` : ''}</dd></dl>;
    case 'Agreement':
      return node.period ? <dl><dt>Period</dt><dd>{node.period}</dd></dl> : null;
    default:
      return null;
  }
}

/** Meetings expanded at once by "Expand with who they met": a hub has thousands. */
const MAX_MEETINGS_AT_ONCE = 20;
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

function Relations({ details, onSelect }: { details: NodeDetails; onSelect: (id: string) => void }) {
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

function MeetingLine({ date, place, topics }: { date: string; place: string; topics?: string[] }) {
  return (
    <div className="meeting-line">
      {date} · {place}
      {topics && topics.length > 0 && <span className="topics-inline"> · {topics.join(', ')}</span>}
    </div>
  );
}

function Sources({ sources, onOpenArticle }: { sources: SourceRef[]; onOpenArticle: DetailsActions['onOpenArticle'] }) {
  if (sources.length === 0) return null;
  const byArticle = new Map<string, SourceRef[]>();
  for (const source of sources) byArticle.set(source.articleId, [...(byArticle.get(source.articleId) ?? []), source]);
  return (
    <section className="sources" aria-label="Sources">
      <h3>What the articles say</h3>
      {[...byArticle].map(([articleId, quotes]) => (
        // Open when there is one article; a hub's dozens of quotes from many stay one click away, or the panel runs pages long.
        <details key={articleId} className="source-article" open={byArticle.size === 1}>
          <summary>
            <span className="article-title">{quotes[0]!.articleTitle}</span> <span className="count">{dedupe(quotes).length} quote{dedupe(quotes).length === 1 ? '' : 's'}</span>
          </summary>
          <button type="button" className="link open-article" onClick={() => onOpenArticle(articleId)}>Open the article</button>
          <ul>
            {dedupe(quotes).map((q) => (
              <li key={`${q.edgeId}|${q.quote}`}>
                <blockquote>
                  <button type="button" className="quote" title="Show in the article" onClick={() => onOpenArticle(articleId, q.quote)}>« {q.quote} »</button>
                </blockquote>
                <span className="muted">{q.relation.replaceAll('_', ' ').toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

function dedupe(quotes: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return quotes.filter((q) => (seen.has(q.quote) ? false : (seen.add(q.quote), true)));
}

function EdgeDetails({ edge, graph, onSelect, onOpenArticle }: DetailsPanelProps & { edge: CanvasEdge }) {
  const source = graph.nodes.get(edge.source)?.record;
  const target = graph.nodes.get(edge.target)?.record;
  return (
    <aside className="details" aria-label="Details" tabIndex={-1}>
      <header>
        <span className="badge edge-badge">{edge.type === 'MET' ? 'Met' : edge.type.replaceAll('_', ' ').toLowerCase()}</span>
        <h2>
          <button type="button" className="link" onClick={() => onSelect(edge.source)}>{source?.label}</button>
          {' — '}
          <button type="button" className="link" onClick={() => onSelect(edge.target)}>{target?.label}</button>
        </h2>
        {edge.record?.role && <p className="muted">Role: {edge.record.role}</p>}
        {edge.record?.title && <p className="muted">Title: {edge.record.title}</p>}
      </header>
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
