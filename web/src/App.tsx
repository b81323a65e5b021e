import type { Core } from 'cytoscape';
import { useCallback, useId, useMemo, useState } from 'react';
import type { NodeType } from '@contract/model';
import type { Facets } from '@contract/results';
import { ApiError } from './api/client';
import { useFacets, useHealth } from './api/queries';
import { useRefetchOnRecovery } from './api/useRecovery';
import { ArticleDialog } from './features/article/ArticleDialog';
import { CanvasSummary } from './features/canvas-summary/CanvasSummary';
import { DetailsPanel } from './features/details/DetailsPanel';
import type { ExportFormat } from './features/export/exporters';
import { useExport } from './features/export/useExport';
import { FiltersPanel } from './features/filters/FiltersPanel';
import { useFocusRescue } from './features/focus/useFocusRescue';
import { AddArticleDialog } from './features/ingest/AddArticleDialog';
import { Legend } from './features/legend/Legend';
import { useShortcuts } from './features/shortcuts/useShortcuts';
import { StatusLine } from './features/status/StatusLine';
import { Toolbar } from './features/toolbar/Toolbar';
import { TopBar, type ServerState } from './features/topbar/TopBar';
import { WriteTokenPrompt } from './features/write-token/WriteTokenPrompt';
import type { CanvasGraph } from './graph/canvas-graph';
import { GraphCanvas } from './graph/GraphCanvas';
import { useCanvasData, type CanvasData } from './graph/useCanvasData';
import { useExplorerActions, type ExplorerActions } from './state/useExplorerActions';
import { useViewState, type ViewControls } from './state/useViewState';
import * as views from './state/view';
import type { ViewState } from './state/view';

/** The health badge's view of the server. Down as soon as a check fails, even with an older good answer cached. */
function useServerState() {
  const health = useHealth();
  const up = Boolean(health.data?.ok) && !health.isError;
  useRefetchOnRecovery(up);
  const server: ServerState = { up, checking: health.isPending, failed: health.isError, health: health.data };
  const unreachable = (health.error instanceof ApiError && health.error.status === 0) || (health.isError && !health.data);
  return { server, unreachable, refetch: health.refetch };
}

/** Nodes on the canvas per type, hidden ones left out (the legend's counts). */
function countByType(graph: CanvasGraph, hidden: string[]): Map<NodeType, number> {
  const byType = new Map<NodeType, number>();
  for (const node of graph.nodes.values()) {
    if (!hidden.includes(node.id)) byType.set(node.record.type, (byType.get(node.record.type) ?? 0) + 1);
  }
  return byType;
}

/** Where focus goes when what had it disappears: the details of what is selected, else the canvas. */
function useFocusFallback(selected: string | undefined) {
  const fallback = useCallback(
    () => document.querySelector<HTMLElement>(selected ? '.details' : '.canvas') ?? document.querySelector<HTMLElement>('.canvas'),
    [selected],
  );
  useFocusRescue(fallback);
}

export function App() {
  const controls = useViewState();
  const { view, update, undo } = controls;
  const facets = useFacets(view.filters);
  const { server, unreachable, refetch: refetchHealth } = useServerState();
  const data = useCanvasData(view);
  const summaryId = useId();
  const [cy, setCy] = useState<Core | null>(null);
  const [adding, setAdding] = useState(false);
  const { actions, connectFrom, cancelConnect, article, closeArticle } = useExplorerActions(update);
  const exporter = useExport(cy, data.graph);
  const expandedIds = useMemo(() => view.expanded.map((e) => e.id), [view.expanded]);
  const selectedNode = view.selected && !data.graph.edges.has(view.selected) ? view.selected : undefined;
  useShortcuts(cy, { ...actions, selectedNode, undo });
  useFocusFallback(view.selected);
  const connecting = connectFrom ? (data.graph.nodes.get(connectFrom)?.record.label ?? connectFrom) : undefined;

  return (
    <div className="app">
      <TopBar server={server} onChoose={actions.onExpand} onAddArticle={() => setAdding(true)} />
      <ExplorerToolbar controls={controls} cy={cy} hasGraph={data.graph.nodes.size > 0} onExport={exporter.onExport} />
      <main className="workspace">
        <section className="stage" aria-label="Graph" aria-busy={data.loading}>
          <CanvasStatus
            data={data}
            unreachable={unreachable}
            connecting={connecting}
            notice={exporter.notice}
            onDismiss={exporter.dismissNotice}
            onCancelConnect={cancelConnect}
            onMore={(id) => update(views.loadMore(id))}
            onRetry={() => void Promise.all([refetchHealth(), facets.refetch()])}
          />
          <ViewCanvas view={view} data={data} expanded={expandedIds} actions={actions} onReady={setCy} summaryId={summaryId} />
          {view.expanded.length === 0 && !view.path && !data.loading && <EmptyCanvas />}
        </section>
        <DetailsPanel
          selected={view.selected}
          graph={data.graph}
          expanded={view.selected ? expandedIds.includes(view.selected) : false}
          pinned={view.selected ? view.pinned.includes(view.selected) : false}
          connectFrom={connectFrom}
          {...actions}
          onSelect={(id) => actions.onSelect(id)}
        />
        <Sidebar controls={controls} facets={facets.data} graph={data.graph} summaryId={summaryId} onSelect={actions.onSelect} />
      </main>
      {adding && <AddArticle onClose={() => setAdding(false)} actions={actions} />}
      {article && <ArticleDialog articleId={article.id} {...(article.quote ? { quote: article.quote } : {})} onClose={closeArticle} />}
      <WriteTokenPrompt />
    </div>
  );
}

/** The toolbar, wired to the view and the canvas. */
function ExplorerToolbar({ controls, cy, hasGraph, onExport }: { controls: ViewControls; cy: Core | null; hasGraph: boolean; onExport: (format: ExportFormat) => void }) {
  const { view, update, undo, canUndo } = controls;
  return (
    <Toolbar
      mode={view.mode}
      layout={view.layout}
      canUndo={canUndo}
      hiddenCount={view.hidden.length}
      hasPath={Boolean(view.path)}
      hasGraph={hasGraph}
      onMode={(mode) => update(views.setMode(mode))}
      onLayout={(layout) => update(views.setLayout(layout))}
      onFit={() => cy?.fit(undefined, 40)}
      onZoom={(factor) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })}
      onUndo={undo}
      onShowHidden={() => update(views.showHidden(), { undoable: true })}
      onClearPath={() => update(views.clearPath())}
      onClear={() => update(views.clearCanvas(), { undoable: true })}
      onExport={onExport}
    />
  );
}

const openDetails = () => document.querySelector<HTMLElement>('.details')?.focus();

interface ViewCanvasProps {
  view: ViewState;
  data: CanvasData;
  expanded: string[];
  actions: ExplorerActions;
  onReady: (cy: Core | null) => void;
  summaryId: string;
}

/** The canvas, showing what the view asks for. */
function ViewCanvas({ view, data, expanded, actions, onReady, summaryId }: ViewCanvasProps) {
  return (
    <GraphCanvas
      graph={data.graph}
      layout={view.layout}
      hidden={view.hidden}
      pinned={view.pinned}
      expanded={expanded}
      onPath={data.onPath}
      selected={view.selected}
      onSelect={actions.onSelect}
      onExpand={actions.onExpand}
      onOpenDetails={openDetails}
      onReady={onReady}
      describedBy={summaryId}
    />
  );
}

interface SidebarProps {
  controls: ViewControls;
  facets: Facets | undefined;
  graph: CanvasGraph;
  summaryId: string;
  onSelect: (id: string | undefined) => void;
}

/** After the canvas and the details in the tab order (the grid puts it on the left): its 25 filter controls come last. */
function Sidebar({ controls: { view, update }, facets, graph, summaryId, onSelect }: SidebarProps) {
  const counts = useMemo(() => countByType(graph, view.hidden), [graph, view.hidden]);
  return (
    <aside className="sidebar" aria-label="Filters and legend">
      <FiltersPanel filters={view.filters} facets={facets} onChange={(f) => update(views.setFilters(f))} />
      <Legend counts={counts} />
      <CanvasSummary graph={graph} hidden={view.hidden} selected={view.selected} onSelect={onSelect} id={summaryId} />
    </aside>
  );
}

interface CanvasStatusProps {
  data: CanvasData;
  unreachable: boolean;
  connecting: string | undefined;
  notice: string | undefined;
  onDismiss: () => void;
  onCancelConnect: () => void;
  onMore: (id: string) => void;
  /** Asks again what else failed (the canvas's own queries are retried here). */
  onRetry: () => void;
}

/** The status line over the canvas, fed from its data. */
function CanvasStatus({ data, unreachable, connecting, notice, onDismiss, onCancelConnect, onMore, onRetry }: CanvasStatusProps) {
  return (
    <StatusLine
      loading={data.loading}
      error={unreachable ? new ApiError(0, 'network', 'The Liaison server cannot be reached.') : data.error}
      onRetry={() => {
        onRetry();
        data.retry();
      }}
      truncated={data.truncated.map((t) => ({ ...t, label: data.graph.nodes.get(t.id)?.record.label ?? t.id }))}
      onMore={onMore}
      notice={data.pathMissing ? 'No connection within 6 steps through people, agencies, countries, meetings or agreements.' : notice}
      onDismiss={onDismiss}
      connecting={connecting}
      onCancelConnect={onCancelConnect}
    />
  );
}

/** Add article; once accepted, the graph opens on what it added. */
function AddArticle({ onClose, actions }: { onClose: () => void; actions: ExplorerActions }) {
  return (
    <AddArticleDialog
      onClose={onClose}
      onExplore={(id) => {
        onClose();
        actions.onExpand(id);
        actions.onSelect(id);
      }}
    />
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
