import type { Core } from 'cytoscape';
import type { ExportFormat } from '../features/export/exporters';
import { Toolbar } from '../features/toolbar/Toolbar';
import type { ViewControls } from '../state/useViewState';
import * as views from '../state/view';

/** The toolbar, wired to the view and the canvas. */
export function ExplorerToolbar({ controls, cy, hasGraph, onExport }: { controls: ViewControls; cy: Core | null; hasGraph: boolean; onExport: (format: ExportFormat) => void }) {
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

