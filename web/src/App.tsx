import type { Core } from 'cytoscape';
import { useCallback, useId, useMemo, useState } from 'react';
import { ApiError } from './api/client';
import { useFacets, useHealth } from './api/queries';
import { useRefetchOnRecovery } from './api/useRecovery';
import { CanvasStatus } from './app/CanvasStatus';
import { ExplorerToolbar } from './app/ExplorerToolbar';
import { Sidebar } from './app/Sidebar';
import { StageOverlays } from './app/StageOverlays';
import { ViewCanvas } from './app/ViewCanvas';
import { useNodeLook } from './features/appearance/useNodeLook';
import { ArticleDialog } from './features/article/ArticleDialog';
import { DetailsPanel } from './features/details/DetailsPanel';
import { useExport } from './features/export/useExport';
import { useFocusRescue } from './features/focus/useFocusRescue';
import { AddArticleDialog } from './features/ingest/AddArticleDialog';
import { useShortcuts } from './features/shortcuts/useShortcuts';
import { TopBar, type ServerState } from './features/topbar/TopBar';
import { WriteTokenPrompt } from './features/write-token/WriteTokenPrompt';
import { useCanvasData } from './graph/useCanvasData';
import { useExplorerActions, type ExplorerActions } from './state/useExplorerActions';
import { useViewState } from './state/useViewState';
import * as views from './state/view';
/** The health badge's view of the server. Down as soon as a check fails, even with an older good answer cached. */
function useServerState() {
  const health = useHealth();
  const up = Boolean(health.data?.ok) && !health.isError;
  useRefetchOnRecovery(up);
  const server: ServerState = { up, checking: health.isPending, failed: health.isError, health: health.data };
  const unreachable = (health.error instanceof ApiError && health.error.status === 0) || (health.isError && !health.data);
  return { server, unreachable, refetch: health.refetch };
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
  const appearance = useNodeLook(view, data.graph);
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
          <ViewCanvas view={view} data={data} expanded={expandedIds} actions={actions} onReady={setCy} summaryId={summaryId} look={appearance.look} />
          <StageOverlays view={view} update={update} data={data} onSelect={actions.onSelect} />
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
        <Sidebar controls={controls} facets={facets.data} graph={data.graph} summaryId={summaryId} onSelect={actions.onSelect} colourKey={appearance.look.key} largest={appearance.look.largest} />
      </main>
      {adding && <AddArticle onClose={() => setAdding(false)} actions={actions} />}
      {article && <ArticleDialog articleId={article.id} {...(article.quote ? { quote: article.quote } : {})} onClose={closeArticle} />}
      <WriteTokenPrompt />
    </div>
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
