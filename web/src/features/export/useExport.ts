import type { Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import type { CanvasGraph } from '../../graph/canvas-graph';
import { fetchAllNotes } from '../../api/notes-queries';
import { withNotes } from './with-notes';
import { download, gexfText, graphmlText, pngBlob, svgText, visibleSubgraph, type ExportFormat } from './exporters';

/** Exports what is on screen, dated (JSON with the notes on its nodes); a PNG too large for the browser says at what scale it came out. */
export function useExport(cy: Core | null, graph: CanvasGraph) {
  const [notice, setNotice] = useState<string>();
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
        const subgraph = visibleSubgraph(cy, graph);
        void fetchAllNotes().then(
          ({ notes }) => download(JSON.stringify(withNotes(subgraph, notes), null, 2), `liaison-${stamp}.json`, 'application/json'),
          () => {
            download(JSON.stringify(subgraph, null, 2), `liaison-${stamp}.json`, 'application/json');
            setNotice('JSON exported without your notes: the server could not be asked for them.');
          },
        );
      } else if (format === 'graphml') {
        download(graphmlText(visibleSubgraph(cy, graph)), `liaison-${stamp}.graphml`, 'application/xml');
      } else {
        download(gexfText(visibleSubgraph(cy, graph), stamp), `liaison-${stamp}.gexf`, 'application/xml');
      }
    },
    [cy, graph],
  );
  return { onExport, notice, dismissNotice: () => setNotice(undefined) };
}
