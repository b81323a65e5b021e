import type { Core } from 'cytoscape';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { NodeType } from '@contract/model';
import { ApiError } from './api/client';
import { PAGE_SIZE, useFacets, useHealth } from './api/queries';
import { useRefetchOnRecovery } from './api/useRecovery';
import { ArticleDialog } from './features/article/ArticleDialog';
import { CanvasSummary } from './features/canvas-summary/CanvasSummary';
import { useFocusRescue } from './features/focus/useFocusRescue';
import { DetailsPanel } from './features/details/DetailsPanel';
import { download, gexfText, graphmlText, pngBlob, svgText, visibleSubgraph, type ExportFormat } from './features/export/exporters';
import { FiltersPanel } from './features/filters/FiltersPanel';
import { AddArticleDialog } from './features/ingest/AddArticleDialog';
import { Legend } from './features/legend/Legend';
import { SearchBox } from './features/search/SearchBox';
import { Toolbar } from './features/toolbar/Toolbar';
import { WriteTokenPrompt } from './features/write-token/WriteTokenPrompt';
import { GraphCanvas } from './graph/GraphCanvas';
import { useCanvasData } from './graph/useCanvasData';
import { useViewState } from './state/useViewState';
import * as views from './state/view';

export function App() {
  const { view, update, undo, canUndo } = useViewState();
  const facets = useFacets(view.filters);
  const health = useHealth();
  // Down as soon as a check fails, even with an older good answer cached.
  const serverUp = Boolean(health.data?.ok) && !health.isError;
  useRefetchOnRecovery(serverUp);
  const data = useCanvasData(view);
  const summaryId = useId();
  const [cy, setCy] = useState<Core | null>(null);
  const [article, setArticle] = useState<{ id: string; quote?: string } | null>(null);
  const [connectFrom, setConnectFrom] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [adding, setAdding] = useState(false);

  const expandedIds = useMemo(() => view.expanded.map((e) => e.id), [view.expanded]);
  const counts = useMemo(() => {
    const byType = new Map<NodeType, number>();
    for (const node of data.graph.nodes.values()) {
      if (!view.hidden.includes(node.id)) byType.set(node.record.type, (byType.get(node.record.type) ?? 0) + 1);
    }
    return byType;
  }, [data.graph, view.hidden]);

  const actions = useMemo(
    () => ({
      onExpand: (id: string) => update(views.expand(id), { undoable: true }),
      onRemove: (id: string) => update(views.remove(id), { undoable: true }),
      onHide: (id: string) => update(views.hide(id), { undoable: true }),
      onPin: (id: string) => update(views.togglePin(id), { replace: true }),
      // A history entry each: back returns to what was selected before.
      onSelect: (id: string | undefined) => update(views.select(id)),
      onExpandWithMet: (ids: string[]) => update(views.expandAll(ids), { undoable: true }),
      onWhoMet: (id: string) => update((s) => views.setMode('whomet')(views.expand(id)(s))),
      onConnectStart: (id: string) => setConnectFrom(id),
      onConnect: (from: string, to: string) => {
        setConnectFrom(undefined);
        update((s) => views.setMode('graph')(views.connect(from, to)(s)));
      },
      onOpenArticle: (id: string, quote?: string) => setArticle({ id, ...(quote ? { quote } : {}) }),
    }),
    [update],
  );

  const onExport = useCallback(
    (format: ExportFormat) => {
      if (!cy) return;
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'png') {
        const { blob, scale, clamped } = pngBlob(cy);
        download(blob, `liaison-${stamp}.png`);
        setNotice(clamped ? `PNG exported at ${scale}× instead of 2×: larger would exceed the browser's 16,384-pixel canvas limit.` : undefined);
      } else if (format === 'svg') {
        download(svgText(cy), `liaison-${stamp}.svg`, 'image/svg+xml');
      } else if (format === 'json') {
        download(JSON.stringify(visibleSubgraph(cy, data.graph), null, 2), `liaison-${stamp}.json`, 'application/json');
      } else if (format === 'graphml') {
        download(graphmlText(visibleSubgraph(cy, data.graph)), `liaison-${stamp}.graphml`, 'application/xml');
      } else {
        download(gexfText(visibleSubgraph(cy, data.graph), stamp), `liaison-${stamp}.gexf`, 'application/xml');
      }
    },
    [cy, data.graph],
  );

  // Keyboard: e expand, p pin, h hide, Delete remove, f fit, Escape deselect, Ctrl+Z undo — outside text fields.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      // While a dialog is open its own keys rule, wherever focus has wandered (Escape closes it, not the selection).
      if (target.closest('input, select, textarea') || document.querySelector('[role="dialog"]')) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const id = view.selected;
      if (e.key === 'f') cy?.fit(undefined, 40);
      else if (e.key === 'Escape') actions.onSelect(undefined);
      else if (id && !data.graph.edges.has(id)) {
        if (e.key === 'e') actions.onExpand(id);
        else if (e.key === 'p') actions.onPin(id);
        else if (e.key === 'h') actions.onHide(id);
        else if (e.key === 'Delete' || e.key === 'Backspace') actions.onRemove(id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, cy, data.graph, view.selected, undo]);

  // Where focus goes when what had it disappears: the details of what is selected, else the canvas.
  const focusFallback = useCallback(
    () => document.querySelector<HTMLElement>(view.selected ? '.details' : '.canvas') ?? document.querySelector<HTMLElement>('.canvas'),
    [view.selected],
  );
  useFocusRescue(focusFallback);
  const openDetails = useCallback(() => document.querySelector<HTMLElement>('.details')?.focus(), []);

  const unreachable = (health.error instanceof ApiError && health.error.status === 0) || (health.isError && !health.data);
  const empty = view.expanded.length === 0 && !view.path;

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <span className="logo" aria-hidden>●–●</span> Liaison
        </h1>
        <SearchBox onChoose={actions.onExpand} offline={!serverUp && (health.isError || health.data?.ok === false)} />
        <button type="button" className="add-article-button" onClick={() => setAdding(true)}>
          Add article
        </button>
        <span className={`health ${serverUp ? 'ok' : health.isPending ? 'checking' : 'down'}`} role="status" title={health.data?.message}>
          {health.isError ? 'Server unreachable' : health.data ? `${health.data.store === 'neo4j' ? 'Neo4j' : 'Embedded'} · ${health.data.nodes.toLocaleString('en')} nodes` : '…'}
        </span>
      </header>
      <Toolbar
        mode={view.mode}
        layout={view.layout}
        canUndo={canUndo}
        hiddenCount={view.hidden.length}
        hasPath={Boolean(view.path)}
        hasGraph={data.graph.nodes.size > 0}
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
      <main className="workspace">
        <section className="stage" aria-label="Graph" aria-busy={data.loading}>
          <StatusLine
            loading={data.loading}
            error={unreachable ? new ApiError(0, 'network', 'The Liaison server cannot be reached.') : data.error}
            onRetry={() => {
              void health.refetch();
              void facets.refetch();
              data.retry();
            }}
            truncated={data.truncated.map((t) => ({ ...t, label: data.graph.nodes.get(t.id)?.record.label ?? t.id }))}
            onMore={(id) => update(views.loadMore(id))}
            notice={data.pathMissing ? 'No connection within 6 steps through people, agencies, countries, meetings or agreements.' : notice}
            onDismiss={() => setNotice(undefined)}
            connecting={connectFrom ? (data.graph.nodes.get(connectFrom)?.record.label ?? connectFrom) : undefined}
            onCancelConnect={() => setConnectFrom(undefined)}
          />
          <GraphCanvas
            graph={data.graph}
            layout={view.layout}
            hidden={view.hidden}
            pinned={view.pinned}
            expanded={expandedIds}
            onPath={data.onPath}
            selected={view.selected}
            onSelect={actions.onSelect}
            onExpand={actions.onExpand}
            onOpenDetails={openDetails}
            onReady={setCy}
            describedBy={summaryId}
          />
          {empty && !data.loading && (
            <div className="empty-state">
              <h2>Who met whom?</h2>
              <p>Type a name above — a person, an agency, a country or a threat topic. Misspellings are fine.</p>
              <p className="muted">Each result comes with its neighbours; double-click a node to go further. Every link shows the article and the words that state it.</p>
            </div>
          )}
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
        {/* After the canvas and the details in the tab order (the grid puts it on the left): its 25 filter controls come last. */}
        <aside className="sidebar" aria-label="Filters and legend">
          <FiltersPanel filters={view.filters} facets={facets.data} onChange={(f) => update(views.setFilters(f))} />
          <Legend counts={counts} />
          <CanvasSummary graph={data.graph} hidden={view.hidden} selected={view.selected} onSelect={actions.onSelect} id={summaryId} />
        </aside>
      </main>
      {adding && (
        <AddArticleDialog
          onClose={() => setAdding(false)}
          onExplore={(id) => {
            setAdding(false);
            actions.onExpand(id);
            actions.onSelect(id);
          }}
        />
      )}
      {article && <ArticleDialog articleId={article.id} {...(article.quote ? { quote: article.quote } : {})} onClose={() => setArticle(null)} />}
      <WriteTokenPrompt />
    </div>
  );
}

interface StatusLineProps {
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  truncated: { id: string; label: string; shown: number; total: number | undefined }[];
  onMore: (id: string) => void;
  notice: string | undefined;
  onDismiss: () => void;
  connecting: string | undefined;
  onCancelConnect: () => void;
}

function StatusLine({ loading, error, onRetry, truncated, onMore, notice, onDismiss, connecting, onCancelConnect }: StatusLineProps) {
  return (
    <div className="status" aria-live="polite">
      {loading && <span className="spinner" role="status">Loading…</span>}
      {error && (
        <div className="banner error" role="alert">
          {error.message}
          <button type="button" onClick={onRetry}>Retry</button>
        </div>
      )}
      {connecting && (
        <div className="banner info">
          {/* One span: the banner is a flex row, which would set the name apart from its colon. */}
          <span>
            Connecting from <strong>{connecting}</strong>: select another node and choose “Connect to here”.
          </span>
          <button type="button" className="link" onClick={onCancelConnect}>cancel</button>
        </div>
      )}
      {truncated.map((t) => (
        <div key={t.id} className="banner info">
          <span>
            <strong>{t.label}</strong>: {t.shown.toLocaleString('en')} of {t.total?.toLocaleString('en') ?? 'many'} neighbours shown.
          </span>
          <button type="button" onClick={() => onMore(t.id)}>Show {PAGE_SIZE} more</button>
        </div>
      ))}
      {notice && (
        <div className="banner info">
          {notice}
          <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss">×</button>
        </div>
      )}
    </div>
  );
}
