import type { Core, EventObject } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LayoutName } from '../state/view';
import type { CanvasGraph } from './canvas-graph';
import { toElements } from './elements';
import { ARROW_DIRECTIONS, nearestInDirection } from './keyboard-navigation';
import { placeAdded, runLayout } from './layouts';
import { LARGE_GRAPH } from './stylesheet';
import { TimelineAxis } from './TimelineAxis';
import { CLASSES_CHANGED, useLabelChoice } from './useLabelChoice';
import { syncElements, useCytoscape } from './useCytoscape';

export interface GraphCanvasProps {
  graph: CanvasGraph;
  layout: LayoutName;
  hidden: string[];
  pinned: string[];
  expanded: string[];
  onPath: Set<string>;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  onExpand: (id: string) => void;
  /** Enter on the canvas: show the selected node's details. */
  onOpenDetails: () => void;
  onReady: (cy: Core | null) => void;
  /** The id of the text that lists what is on the canvas. */
  describedBy: string;
}

interface Tooltip {
  x: number;
  y: number;
  title: string;
  text?: string;
}

/** The Cytoscape canvas. Hover and highlight use classes; they never change graph data. */
export function GraphCanvas({ graph, layout, hidden, pinned, expanded, onPath, selected, onSelect, onExpand, onOpenDetails, onReady, describedBy }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useCytoscape(container);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const elements = useMemo(() => toElements(graph), [graph]);
  const laidOut = useRef(false);
  // Big layouts run in a worker for a few seconds, edges hidden meanwhile: say so.
  const [layingOut, setLayingOut] = useState<number | null>(null);
  const layOut = useCallback(async (cy: Core, name: LayoutName) => {
    setLayingOut(cy.elements().length > LARGE_GRAPH ? cy.nodes().length : null);
    // A newer layout has its own status to show; a failed one shows none.
    const current = await runLayout(cy, name).catch((error: unknown) => {
      setLayingOut(null);
      throw error;
    });
    if (current) setLayingOut(null);
  }, []);
  const handlers = useRef({ onSelect, onExpand, onOpenDetails, graph, selected });
  handlers.current = { onSelect, onExpand, onOpenDetails, graph, selected };
  useLabelChoice(cy);

  useEffect(() => {
    onReady(cy);
  }, [cy, onReady]);

  // Events: wired once per instance, reading the latest handlers through a ref.
  useEffect(() => {
    if (!cy) return;
    const tapNode = (e: EventObject) => handlers.current.onSelect(e.target.id());
    const tapEdge = (e: EventObject) => handlers.current.onSelect(e.target.id());
    const tapBackground = (e: EventObject) => {
      if (e.target === cy) handlers.current.onSelect(undefined);
    };
    const doubleTap = (e: EventObject) => handlers.current.onExpand(e.target.id());
    const overNode = (e: EventObject) => {
      if (cy.elements().length > LARGE_GRAPH) return;
      cy.batch(() => {
        cy.elements().addClass('faded');
        e.target.closedNeighborhood().removeClass('faded');
      });
    };
    const outNode = () => cy.elements('.faded').removeClass('faded');
    const overEdge = (e: EventObject) => {
      const edge = handlers.current.graph.edges.get(e.target.id());
      if (!edge) return;
      const quote = edge.record?.sources[0]?.quote;
      const meetings = edge.meetingRefs?.map((m) => `${m.label}`).join(' · ');
      const { x, y } = e.renderedPosition ?? { x: 0, y: 0 };
      setTooltip({
        x,
        y,
        title: edge.type === 'MET' ? `Met ${edge.weight} time${edge.weight === 1 ? '' : 's'}` : edge.type.replaceAll('_', ' ').toLowerCase(),
        ...(quote ? { text: `« ${quote} »` } : meetings ? { text: meetings } : {}),
      });
    };
    const outEdge = () => setTooltip(null);
    const listeners: [string, string | null, (e: EventObject) => void][] = [
      ['tap', 'node', tapNode],
      ['tap', 'edge', tapEdge],
      ['tap', null, tapBackground],
      ['dbltap', 'node', doubleTap],
      ['mouseover', 'node', overNode],
      ['mouseout', 'node', outNode],
      ['mouseover', 'edge', overEdge],
      ['mouseout', 'edge', outEdge],
      ['viewport', null, outEdge],
    ];
    for (const [event, selector, handler] of listeners) {
      if (selector) cy.on(event, selector, handler);
      else cy.on(event, handler);
    }
    return () => {
      for (const [event, selector, handler] of listeners) {
        if (selector) cy.removeListener(event, selector, handler);
        else cy.removeListener(event, handler);
      }
    };
  }, [cy]);

  // Elements, diffed by id. A first picture is laid out; later additions are placed around what is there, which stays put.
  useEffect(() => {
    if (!cy) return;
    const { added, kept } = syncElements(cy, elements);
    if (added.length === 0) return;
    const incremental = laidOut.current && kept > 0 && layout === 'fcose' && !cy.scratch('large');
    if (incremental) placeAdded(cy, added);
    else void layOut(cy, layout);
    laidOut.current = cy.nodes().length > 0;
  }, [cy, elements]);

  useEffect(() => {
    if (cy && laidOut.current) void layOut(cy, layout);
  }, [cy, layout]);

  // Classes for hidden, pinned, expanded and on-path elements, and the selection.
  useEffect(() => {
    if (!cy) return;
    const sets = { hidden: new Set(hidden), pinned: new Set(pinned), expanded: new Set(expanded) };
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = node.id();
        node.toggleClass('hidden', sets.hidden.has(id));
        node.toggleClass('expanded', sets.expanded.has(id));
        // Pinned nodes stay put in every layout, but can still be dragged (so: not locked).
        node.toggleClass('pinned', sets.pinned.has(id));
      });
      cy.elements().forEach((element) => {
        element.toggleClass('on-path', onPath.has(element.id()));
      });
      cy.elements(':selected').unselect();
      if (selected) cy.getElementById(selected).select();
    });
    cy.emit(CLASSES_CHANGED);
  }, [cy, elements, hidden, pinned, expanded, onPath, selected]);

  // Arrow keys move the selection to the nearest node that way, and keep it in view; Enter opens its details.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!cy) return;
    const direction = ARROW_DIRECTIONS[e.key];
    if (e.key === 'Enter' && handlers.current.selected) {
      e.preventDefault();
      handlers.current.onOpenDetails();
      return;
    }
    if (!direction) return;
    e.preventDefault();
    const nodes = cy.nodes(':visible');
    if (nodes.empty()) return;
    const current = handlers.current.selected ? cy.getElementById(handlers.current.selected) : cy.collection();
    const from = current.nonempty() && current.isNode() ? current : nodes.max((n) => n.degree(false)).ele;
    const next = current.nonempty() && current.isNode() ? nearestInDirection({ id: from.id(), ...from.renderedPosition() }, nodes.map((n) => ({ id: n.id(), ...n.renderedPosition() })), direction) : from.id();
    if (!next) return;
    handlers.current.onSelect(next);
    const at = cy.getElementById(next).renderedPosition();
    if (at.x < 0 || at.y < 0 || at.x > cy.width() || at.y > cy.height()) cy.center(cy.getElementById(next));
  };

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
        onKeyDown={onKeyDown}
      />
      <TimelineAxis cy={cy} />
      {layingOut !== null && (
        <span className="spinner canvas-status" role="status">
          Laying out {layingOut.toLocaleString('en')} nodes…
        </span>
      )}
      {tooltip && (
        <div className="tooltip" style={{ left: tooltip.x + 14, top: tooltip.y + 14 }} role="tooltip">
          <strong>{tooltip.title}</strong>
          {tooltip.text && <p>{tooltip.text}</p>}
        </div>
      )}
    </div>
  );
}
