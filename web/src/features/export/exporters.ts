/** Exports of what is on screen: PNG and SVG pictures, JSON and GraphML (for Gephi) data. */
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import type { CanvasGraph } from '../../graph/canvas-graph';
import { currentStylesheet } from '../../graph/stylesheet';

cytoscape.use(cytoscapeSvg);

/** Chromium silently draws nothing on canvases larger than this on a side. */
export const MAX_CANVAS_SIDE = 16_384;

/** The scale to export at: what was asked, unless the picture would exceed the canvas limit. */
export function exportScale(width: number, height: number, wanted = 2): { scale: number; clamped: boolean } {
  const limit = MAX_CANVAS_SIDE / Math.max(width, height, 1);
  return limit < wanted ? { scale: Math.floor(limit * 100) / 100, clamped: true } : { scale: wanted, clamped: false };
}

export function pngBlob(cy: Core): { blob: Blob; scale: number; clamped: boolean } {
  const { scale, clamped } = exportScale(cy.width(), cy.height());
  const blob = cy.png({ output: 'blob', bg: '#ffffff', full: false, scale }) as unknown as Blob;
  return { blob, scale, clamped };
}

/** SVG of the view, without what cytoscape-svg cannot draw (node icons, label outlines). */
export function svgText(cy: Core): string {
  cy.style(currentStylesheet(cy, { forSvg: true }));
  try {
    return (cy as unknown as { svg(options: object): string }).svg({ full: false, bg: '#ffffff', scale: 1 });
  } finally {
    cy.style(currentStylesheet(cy));
  }
}

/** The nodes and edges visible on the canvas, as the API's records. */
export function visibleSubgraph(cy: Core, graph: CanvasGraph) {
  const ids = new Set(cy.elements(':visible').map((e) => e.id()));
  return {
    nodes: [...graph.nodes.values()].filter((n) => ids.has(n.id)).map((n) => n.record),
    edges: [...graph.edges.values()]
      .filter((e) => ids.has(e.id))
      .map((e) => e.record ?? { id: e.id, type: e.type, source: e.source, target: e.target, weight: e.weight, meetings: e.meetingRefs?.map((m) => m.id) }),
  };
}

const escapeXml = (value: string) =>
  value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** GraphML with typed attribute keys, as Gephi imports it. */
export function graphmlText(subgraph: ReturnType<typeof visibleSubgraph>): string {
  const nodeKeys = ['label', 'type', 'date', 'country'] as const;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="quote" for="edge" attr.name="quote" attr.type="string"/>',
    '  <graph id="liaison" edgedefault="directed">',
  ];
  for (const node of subgraph.nodes) {
    const values: Record<(typeof nodeKeys)[number], string | undefined> = {
      label: node.label,
      type: node.type,
      date: node.type === 'Meeting' ? node.date : undefined,
      country: 'country' in node ? node.country : undefined,
    };
    const data = nodeKeys.flatMap((k) => (values[k] ? [`<data key="${k}">${escapeXml(values[k]!)}</data>`] : []));
    lines.push(`    <node id="${escapeXml(node.id)}">${data.join('')}</node>`);
  }
  for (const edge of subgraph.edges) {
    const weight = 'weight' in edge && edge.weight ? edge.weight : 1;
    const quote = 'sources' in edge ? edge.sources[0]?.quote : undefined;
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
        `<data key="relation">${edge.type}</data><data key="weight">${weight}</data>` +
        (quote ? `<data key="quote">${escapeXml(quote)}</data>` : '') +
        '</edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}

export function download(content: Blob | string, filename: string, type = 'application/octet-stream') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
