import type { Core } from 'cytoscape';
import { useEffect, useMemo } from 'react';
import type { LayoutName } from '../state/view';
import type { NodeLook } from './appearance';
import type { CanvasGraph } from './canvas-graph';
import { onCanvasKey } from './controllers/canvas-keys';
import { useCanvasClasses } from './controllers/useCanvasClasses';
import { useCanvasInstance } from './controllers/useCanvasInstance';
import { useEdgeTooltip, type Tooltip } from './controllers/useEdgeTooltip';
import { useElementsAndLayout } from './controllers/useElementsAndLayout';
import { useHoverFade } from './controllers/useHoverFade';
import { useLabelChoice } from './controllers/useLabelChoice';
import { useTapToSelect } from './controllers/useTapToSelect';
import { toElements } from './elements';
import { TimelineAxis } from './TimelineAxis';

export interface GraphCanvasProps {
  graph: CanvasGraph;
  /** Sizes and colours beyond the type's (Size by, Colour by). */
  look?: NodeLook;
  layout: LayoutName;
  hidden: string[];
  pinned: string[];
  expanded: string[];
  onPath: Set<string>;
  /** The chain of meetings in time order to light up (Connect in time). */
  inTime?: Set<string>;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  onExpand: (id: string) => void;
  /** Enter on the canvas: show the selected node's details. */
  onOpenDetails: () => void;
  onReady: (cy: Core | null) => void;
  /** The id of the text that lists what is on the canvas. */
  describedBy: string;
}

const NO_LOOK: NodeLook = {};
const NOTHING = new Set<string>();

/**
 * The Cytoscape canvas. Each concern is wired by one controller hook
 * (controllers/); hover and highlight use classes, never graph data.
 */
export function GraphCanvas({ graph, look = NO_LOOK, layout, hidden, pinned, expanded, onPath, inTime = NOTHING, selected, onSelect, onExpand, onOpenDetails, onReady, describedBy }: GraphCanvasProps) {
  const [container, cy] = useCanvasInstance();
  const elements = useMemo(() => toElements(graph, look), [graph, look]);
  const layingOut = useElementsAndLayout(cy, elements, layout);
  useCanvasClasses(cy, elements, { hidden, pinned, expanded, onPath, inTime, selected });
  useTapToSelect(cy, onSelect, onExpand);
  useHoverFade(cy);
  const tooltip = useEdgeTooltip(cy, graph);
  useLabelChoice(cy);
  useEffect(() => {
    onReady(cy);
  }, [cy, onReady]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="canvas"
        data-testid="graph-canvas"
        role="application"
        tabIndex={0}
        aria-label="Relationship graph. Arrow keys move between nodes, Enter shows the details of the selected one."
        aria-describedby={describedBy}
        onKeyDown={(e) => onCanvasKey(e, cy, { selected, onSelect, onOpenDetails })}
      />
      <TimelineAxis cy={cy} />
      {layingOut !== null && (
        <span className="spinner canvas-status" role="status">
          Laying out {layingOut.toLocaleString('en')} nodes…
        </span>
      )}
      {tooltip && <EdgeTooltip tooltip={tooltip} />}
    </div>
  );
}

function EdgeTooltip({ tooltip }: { tooltip: Tooltip }) {
  return (
    <div className="tooltip" style={{ left: tooltip.x + 14, top: tooltip.y + 14 }} role="tooltip">
      <strong>{tooltip.title}</strong>
      {tooltip.text && <p>{tooltip.text}</p>}
    </div>
  );
}
