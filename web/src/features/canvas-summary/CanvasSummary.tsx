import type { CanvasGraph } from '../../graph/canvas-graph';
import { TYPE_STYLES } from '../../graph/node-types';
import { canvasSummaryText } from './summary-text';

interface CanvasSummaryProps {
  graph: CanvasGraph;
  hidden: string[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  /** The id the canvas points its aria-describedby at. */
  id: string;
}

/** A text alternative to the canvas: what is on it in a sentence, and every node as a button that selects it. */
export function CanvasSummary({ graph, hidden, selected, onSelect, id }: CanvasSummaryProps) {
  const shown = [...graph.nodes.values()].filter((n) => !hidden.includes(n.id)).sort((a, b) => a.record.label.localeCompare(b.record.label));
  const selectedLabel = selected ? (graph.nodes.get(selected)?.record.label ?? undefined) : undefined;
  return (
    <section className="canvas-summary" aria-label="On the canvas">
      <h3>On the canvas</h3>
      <p id={id} className="muted">{canvasSummaryText(shown.map((n) => n.record.type), graph.edges.size, selectedLabel)}</p>
      {shown.length > 0 && (
        <details>
          <summary>List them</summary>
          <ul>
            {shown.map((n) => (
              <li key={n.id}>
                <button type="button" className="link" aria-current={n.id === selected ? 'true' : undefined} onClick={() => onSelect(n.id)}>
                  {n.record.label}
                </button>
                <span className="muted"> · {TYPE_STYLES[n.record.type].label}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
