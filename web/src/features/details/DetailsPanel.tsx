import { useNodeDetails } from '../../api/queries';
import { TYPE_STYLES } from '../../graph/node-types';
import type { DetailsPanelProps } from './details-types';
import { EdgeDetails } from './EdgeDetails';
import { NodeFacts } from './NodeFacts';
import { NotesSection } from '../notes/NotesSection';
import { Relations } from './Relations';
import { Sources } from './Sources';

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

/** Meetings expanded at once by "Expand with who they met": a hub has thousands. */
const MAX_MEETINGS_AT_ONCE = 20;
/** Only people and agencies attend meetings, so only they can be connected in time. */
const attends = (id: string) => id.startsWith('person:') || id.startsWith('org:');

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
          <>
            <button type="button" className="primary" onClick={() => actions.onConnect(connectFrom, id)}>Connect to here</button>
            {canMeet && attends(connectFrom) && (
              <button type="button" className="primary" onClick={() => actions.onConnectInTime(connectFrom, id)} title="A chain of meetings in time order: could word have passed?">
                Connect in time
              </button>
            )}
          </>
        ) : (
          <button type="button" onClick={() => actions.onConnectStart(id)} aria-pressed={connectFrom === id}>
            {connectFrom === id ? 'Now pick the other end' : 'Connect from here'}
          </button>
        )}
      </div>
      <Relations details={data} onSelect={actions.onSelect} />
      <Sources sources={data.sources} onOpenArticle={actions.onOpenArticle} />
      <NotesSection target={id} />
    </aside>
  );
}

export type { DetailsActions, DetailsPanelProps } from './details-types';
