import type { Core } from 'cytoscape';
import type { NodeLook } from '../graph/appearance';
import { GraphCanvas } from '../graph/GraphCanvas';
import type { CanvasData } from '../graph/useCanvasData';
import type { ExplorerActions } from '../state/useExplorerActions';
import type { ViewState } from '../state/view';

const openDetails = () => document.querySelector<HTMLElement>('.details')?.focus();

interface ViewCanvasProps {
  view: ViewState;
  data: CanvasData;
  expanded: string[];
  actions: ExplorerActions;
  onReady: (cy: Core | null) => void;
  summaryId: string;
  look: NodeLook;
}

/** The canvas, showing what the view asks for. */
export function ViewCanvas({ view, data, expanded, actions, onReady, summaryId, look }: ViewCanvasProps) {
  return (
    <GraphCanvas
      graph={data.graph}
      look={look}
      layout={view.layout}
      hidden={view.hidden}
      pinned={view.pinned}
      expanded={expanded}
      onPath={data.onPath}
      inTime={data.inTime}
      selected={view.selected}
      onSelect={actions.onSelect}
      onExpand={actions.onExpand}
      onOpenDetails={openDetails}
      onReady={onReady}
      describedBy={summaryId}
    />
  );
}

