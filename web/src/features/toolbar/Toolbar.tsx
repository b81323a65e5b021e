import type { ExportFormat } from '../export/exporters';
import { LAYOUTS, type LayoutName, type Mode } from '../../state/view';

interface ToolbarProps {
  mode: Mode;
  layout: LayoutName;
  canUndo: boolean;
  hiddenCount: number;
  hasPath: boolean;
  hasGraph: boolean;
  onMode: (mode: Mode) => void;
  onLayout: (layout: LayoutName) => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
  onUndo: () => void;
  onShowHidden: () => void;
  onClearPath: () => void;
  onClear: () => void;
  onExport: (format: ExportFormat) => void;
}

const MODE_LABELS: Record<Mode, string> = { graph: 'Full graph', whomet: 'Who met whom', compare: 'Compare' };

const LAYOUT_LABELS: Record<LayoutName, string> = { fcose: 'Force-directed', concentric: 'Concentric', timeline: 'Timeline' };

export function Toolbar(props: ToolbarProps) {
  const { mode, layout, hasGraph } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <div className="segmented" role="radiogroup" aria-label="View">
        {(['graph', 'whomet', 'compare'] as const).map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'on' : undefined} onClick={() => props.onMode(m)}>
            {MODE_LABELS[m]}
          </button>
        ))}
      </div>
      <label className="inline">
        Layout
        <select value={layout} onChange={(e) => props.onLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>{LAYOUT_LABELS[l]}</option>
          ))}
        </select>
      </label>
      <div className="group" role="group" aria-label="View controls">
        <button type="button" onClick={props.onFit} disabled={!hasGraph} title="Fit the graph to the screen">Fit</button>
        <button type="button" onClick={() => props.onZoom(1.25)} disabled={!hasGraph} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => props.onZoom(0.8)} disabled={!hasGraph} aria-label="Zoom out">−</button>
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title="Undo the last expand or removal">Undo</button>
        {props.hiddenCount > 0 && <button type="button" onClick={props.onShowHidden}>Show {props.hiddenCount} hidden</button>}
        {props.hasPath && <button type="button" onClick={props.onClearPath}>Clear connection</button>}
        <button type="button" onClick={props.onClear} disabled={!hasGraph}>Clear</button>
      </div>
      <div className="group export" role="group" aria-label="Export">
        <span className="muted">Export</span>
        <button type="button" onClick={() => props.onExport('png')} disabled={!hasGraph}>PNG</button>
        <button type="button" onClick={() => props.onExport('svg')} disabled={!hasGraph}>SVG</button>
        <button type="button" onClick={() => props.onExport('json')} disabled={!hasGraph}>JSON</button>
        <button type="button" onClick={() => props.onExport('graphml')} disabled={!hasGraph}>GraphML</button>
        <button type="button" onClick={() => props.onExport('gexf')} disabled={!hasGraph}>GEXF</button>
      </div>
    </div>
  );
}
