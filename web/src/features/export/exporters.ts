/** Exports of what is on screen: PNG and SVG pictures, JSON and GraphML (for Gephi) data. */
import type { Core } from 'cytoscape';
import type { CanvasGraph } from '../../graph/canvas-graph';
import { canvasScene } from './canvas-scene';
import { sceneToSvg } from './svg-document';

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

/** SVG of the view as the canvas draws it: every shape, icon and label line. */
export function svgText(cy: Core): string {
  return sceneToSvg(canvasScene(cy));
}

/** The nodes and edges visible on the canvas, as the API's records. */
export function visibleSubgraph(cy: Core, graph: CanvasGraph) {
  const ids = new Set(cy.elements(':visible').map((e) => e.id()));
  return {
    nodes: [...graph.nodes.values()].filter((n) => ids.has(n.id)).map((n) => n.record),
    edges: [...graph.edges.values()]
      .filter((e) => ids.has(e.id))
      .map((e) => e.record ?? { id: e.id, type: e.type, source: e.source, target: e.target, weight: e.weight, meetings: e.meetingRefs?.map((m) => m.id) ?? e.meetingIds, ...(e.change ? { change: e.change } : {}) }),
  };
}

export type ExportFormat = 'png' | 'svg' | 'json' | 'graphml' | 'gexf';

type Subgraph = ReturnType<typeof visibleSubgraph>;
type ExportNode = Subgraph['nodes'][number];
type ExportEdge = Subgraph['edges'][number];

const escapeXml = (value: string) =>
  value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const NODE_ATTRIBUTES = ['label', 'type', 'date', 'country'] as const;
/** Every quote of an edge with its article: readable (`quotes`, `articles`) and lossless (`sources`, JSON). */
const EDGE_ATTRIBUTES = ['relation', 'quotes', 'articles', 'sources'] as const;

function nodeAttributes(node: ExportNode): Record<(typeof NODE_ATTRIBUTES)[number], string | undefined> {
  return {
    label: node.label,
    type: node.type,
    date: node.type === 'Meeting' ? node.date : undefined,
    country: 'country' in node ? node.country : undefined,
  };
}

function edgeAttributes(edge: ExportEdge): { weight: number; values: Record<(typeof EDGE_ATTRIBUTES)[number], string | undefined> } {
  const sources = 'sources' in edge ? edge.sources : [];
  return {
    weight: 'weight' in edge && edge.weight ? edge.weight : 1,
    values: {
      relation: edge.type,
      quotes: sources.length ? sources.map((s) => `« ${s.quote} »`).join(' | ') : undefined,
      articles: sources.length ? [...new Set(sources.map((s) => s.articleId))].join(',') : undefined,
      sources: sources.length ? JSON.stringify(sources.map(({ articleId, quote }) => ({ articleId, quote }))) : undefined,
    },
  };
}

/** GraphML with typed attribute keys, as Gephi imports it. */
export function graphmlText(subgraph: Subgraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_ATTRIBUTES.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_ATTRIBUTES.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="liaison" edgedefault="directed">',
  ];
  for (const node of subgraph.nodes) {
    const values = nodeAttributes(node);
    const data = NODE_ATTRIBUTES.flatMap((k) => (values[k] ? [`<data key="${k}">${escapeXml(values[k])}</data>`] : []));
    lines.push(`    <node id="${escapeXml(node.id)}">${data.join('')}</node>`);
  }
  for (const edge of subgraph.edges) {
    const { weight, values } = edgeAttributes(edge);
    const data = EDGE_ATTRIBUTES.flatMap((k) => (values[k] ? [`<data key="${k}">${escapeXml(values[k])}</data>`] : []));
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data.join('')}<data key="weight">${weight}</data></edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}

/** GEXF 1.3, Gephi's own format: the same attributes as the GraphML, and edge weights Gephi draws. */
export function gexfText(subgraph: Subgraph, date: string): string {
  const declare = (kind: 'node' | 'edge', names: readonly string[]) =>
    `    <attributes class="${kind}">${names.map((n) => `<attribute id="${n}" title="${n}" type="string"/>`).join('')}</attributes>`;
  const attvalues = (values: Record<string, string | undefined>) => {
    const set = Object.entries(values).flatMap(([k, v]) => (v ? [`<attvalue for="${k}" value="${escapeXml(v)}"/>`] : []));
    return set.length ? `<attvalues>${set.join('')}</attvalues>` : '';
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(date)}"><creator>Liaison</creator><description>What was on the canvas, with the quotes behind each link</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    declare('node', NODE_ATTRIBUTES.filter((k) => k !== 'label')),
    declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...subgraph.nodes.map((node) => {
      const { label, ...values } = nodeAttributes(node);
      return `      <node id="${escapeXml(node.id)}" label="${escapeXml(label ?? node.id)}">${attvalues(values)}</node>`;
    }),
    '    </nodes>',
    '    <edges>',
    ...subgraph.edges.map((edge) => {
      const { weight, values } = edgeAttributes(edge);
      return `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" weight="${weight}" label="${escapeXml(edge.type)}">${attvalues(values)}</edge>`;
    }),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
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
