import { CompareBar } from '../features/compare/CompareBar';
import { TimeBar } from '../features/timebar/TimeBar';
import { TimedChainCard } from '../features/timed-path/TimedChainCard';
import type { CanvasData } from '../graph/useCanvasData';
import type { ViewControls } from '../state/useViewState';
import * as views from '../state/view';
import type { ViewState } from '../state/view';

interface StageOverlaysProps {
  view: ViewState;
  update: ViewControls['update'];
  data: CanvasData;
  onSelect: (id: string) => void;
}

/** What the stage shows around the canvas: the time-ordered chain, the empty state, and the time bar (or compare mode's periods). */
export function StageOverlays({ view, update, data, onSelect }: StageOverlaysProps) {
  const labelOf = (id: string) => data.graph.nodes.get(id)?.record.label ?? id;
  return (
    <>
      {view.timedPath && data.timedPath && (
        <TimedChainCard chain={data.timedPath} ends={[labelOf(view.timedPath[0]), labelOf(view.timedPath[1])]} onSelect={onSelect} onClear={() => update(views.clearTimedPath())} />
      )}
      {view.mode !== 'compare' && view.expanded.length === 0 && !view.path && !view.timedPath && !data.loading && <EmptyCanvas />}
      {view.mode === 'compare' ? (
        <CompareBar key={view.compare.join()} periods={view.compare} counts={data.comparisonCounts} onPeriods={(a, b) => update(views.setCompare(a, b))} />
      ) : (
        <TimeBar filters={view.filters} onChange={(f, playing) => update(views.setFilters(f), { replace: playing })} />
      )}
    </>
  );
}

function EmptyCanvas() {
  return (
    <div className="empty-state">
      <h2>Who met whom?</h2>
      <p>Type a name above — a person, an agency, a country or a threat topic. Misspellings are fine.</p>
      <p className="muted">Each result comes with its neighbours; double-click a node to go further. Every link shows the article and the words that state it.</p>
    </div>
  );
}
