import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NodeType } from '../../server/api/model';
import { ApiError } from './api/client';
import { PAGE_SIZE, useFacets, useHealth } from './api/queries';
import { ArticleDialog } from './features/article/ArticleDialog';
import { DetailsPanel } from './features/details/DetailsPanel';
import { download, graphmlText, pngBlob, svgText, visibleSubgraph } from './features/export/exporters';
import { FiltersPanel } from './features/filters/FiltersPanel';
import { AddArticleDialog } from './features/ingest/AddArticleDialog';
import { Legend } from './features/legend/Legend';
import { SearchBox } from './features/search/SearchBox';
import { Toolbar } from './features/toolbar/Toolbar';
import { GraphCanvas } from './graph/GraphCanvas';
import { useCanvasData } from './graph/useCanvasData';
import { useViewState } from './state/useViewState';
import * as views from './state/view';

export function App() {
  const { view, update, undo, canUndo } = useViewState();
  const facets = useFacets();
  const health = useHealth();
  const data = useCanvasData(view);
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
      onSelect: (id: string | undefined) => update(views.select(id), { replace: true }),
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
    (format: 'png' | 'svg' | 'json' | 'graphml') => {
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
      } else {
        download(graphmlText(visibleSubgraph(cy, data.graph)), `liaison-${stamp}.graphml`, 'application/xml');
      }
    },
    [cy, data.graph],
  );

  // Keyboard: e expand, p pin, h hide, Delete remove, f fit, Escape deselect — outside text fields.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea, [role="dialog"]') || e.ctrlKey || e.metaKey || e.altKey) return;
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
  }, [actions, cy, data.graph, view.selected]);

  const unreachable = health.error instanceof ApiError && health.error.status === 0;
  const empty = view.expanded.length === 0 && !view.path;

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <span className="logo" aria-hidden>●–●</span> Liaison
        </h1>
        <SearchBox onChoose={actions.onExpand} />
        <button type="button" className="add-article-button" onClick={() => setAdding(true)}>
          Add article
        </button>
        <span className={`health ${health.data?.ok ? 'ok' : 'down'}`} title={health.data?.message}>
          {health.data ? `${health.data.store === 'neo4j' ? 'Neo4j' : 'Embedded'} · ${health.data.nodes.toLocaleString('en')} nodes` : health.isError ? 'offline' : '…'}
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
        onLayout={(layout) => update(views.setLayout(layout), { replace: true })}
        onFit={() => cy?.fit(undefined, 40)}
        onZoom={(factor) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })}
        onUndo={undo}
        onShowHidden={() => update(views.showHidden(), { undoable: true })}
        onClearPath={() => update(views.clearPath())}
        onClear={() => update(views.clearCanvas(), { undoable: true })}
        onExport={onExport}
      />
      <main className="workspace">
        <aside className="sidebar">
          <FiltersPanel filters={view.filters} facets={facets.data} onChange={(f) => update(views.setFilters(f))} />
          <Legend counts={counts} />
        </aside>
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
            onReady={setCy}
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
