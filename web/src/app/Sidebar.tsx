import type { NodeType } from '@contract/model';
import type { Facets } from '@contract/results';
import { useMemo } from 'react';
import { AppearanceControls } from '../features/appearance/AppearanceControls';
import { CanvasSummary } from '../features/canvas-summary/CanvasSummary';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { Legend } from '../features/legend/Legend';
import type { ColourKey } from '../graph/appearance';
import type { CanvasGraph } from '../graph/canvas-graph';
import type { ViewControls } from '../state/useViewState';
import * as views from '../state/view';

/** Nodes on the canvas per type, hidden ones left out (the legend's counts). */
function countByType(graph: CanvasGraph, hidden: string[]): Map<NodeType, number> {
  const byType = new Map<NodeType, number>();
  for (const node of graph.nodes.values()) {
    if (!hidden.includes(node.id)) byType.set(node.record.type, (byType.get(node.record.type) ?? 0) + 1);
  }
  return byType;
}

interface SidebarProps {
  controls: ViewControls;
  facets: Facets | undefined;
  graph: CanvasGraph;
  summaryId: string;
  onSelect: (id: string | undefined) => void;
  colourKey: ColourKey[] | undefined;
  largest: string | undefined;
}

/** After the canvas and the details in the tab order (the grid puts it on the left): its 25 filter controls come last. */
export function Sidebar({ controls: { view, update }, facets, graph, summaryId, onSelect, colourKey, largest }: SidebarProps) {
  const counts = useMemo(() => countByType(graph, view.hidden), [graph, view.hidden]);
  return (
    <aside className="sidebar" aria-label="Filters and legend">
      <Legend counts={counts} sizeBy={view.sizeBy} colourBy={view.colourBy} {...(colourKey ? { colourKey } : {})} {...(largest ? { largest } : {})}>
        <AppearanceControls sizeBy={view.sizeBy} colourBy={view.colourBy} onSizeBy={(s) => update(views.setSizeBy(s))} onColourBy={(c) => update(views.setColourBy(c))} />
      </Legend>
      <FiltersPanel filters={view.filters} facets={facets} onChange={(f) => update(views.setFilters(f))} />
      <CanvasSummary graph={graph} hidden={view.hidden} selected={view.selected} onSelect={onSelect} id={summaryId} />
    </aside>
  );
}

