/** Reads what the canvas draws, in screen pixels of the current view, for the SVG export. */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { TypeStyle } from '../../graph/node-types';
import { LABEL_HIDDEN } from '../../graph/stylesheet';
import type { Scene, SceneEdge, SceneLabel, SceneNode } from './svg-document';

/** Cytoscape's style values: numbers in `pfValue`, strings in `strValue`, lists in `value`. */
interface StyleValue {
  pfValue?: number;
  strValue?: string;
  value?: unknown;
}
const style = (element: NodeSingular | EdgeSingular, name: string) => (element as unknown as { pstyle(name: string): StyleValue }).pstyle(name);
const px = (element: NodeSingular | EdgeSingular, name: string) => style(element, name).pfValue ?? 0;
const text = (element: NodeSingular | EdgeSingular, name: string) => style(element, name).strValue ?? '';

function sceneNode(node: NodeSingular, zoom: number): SceneNode {
  const at = node.renderedPosition();
  const images = style(node, 'background-image').value;
  const icon = Array.isArray(images) ? images.find((i): i is string => typeof i === 'string' && i !== 'none') : undefined;
  const share = style(node, 'background-width');
  return {
    id: node.id(),
    x: at.x,
    y: at.y,
    width: node.width() * zoom,
    height: node.height() * zoom,
    shape: text(node, 'shape') as TypeStyle['shape'],
    fill: text(node, 'background-color'),
    stroke: text(node, 'border-color'),
    strokeWidth: px(node, 'border-width') * zoom,
    dashed: text(node, 'border-style') === 'dashed',
    opacity: node.effectiveOpacity(),
    ...(icon ? { icon } : {}),
    // "58%" is stored as 0.58 in pfValue.
    iconScale: Array.isArray(share.value) ? Number(share.value[0]) / 100 : 0.58,
  };
}

function nodeLabel(node: NodeSingular, zoom: number): SceneLabel | null {
  const label = text(node, 'label');
  if (!label || node.hasClass(LABEL_HIDDEN) || px(node, 'text-opacity') === 0) return null;
  const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
  return {
    id: node.id(),
    x: (box.x1 + box.x2) / 2,
    y: (box.y1 + box.y2) / 2,
    lines: label.split('\n'),
    fontSize: px(node, 'font-size') * zoom,
    color: text(node, 'color'),
    outlineColor: text(node, 'text-outline-color'),
    outlineWidth: px(node, 'text-outline-width') * zoom,
    opacity: node.effectiveOpacity(),
  };
}

/** A curved edge's control points; Cytoscape throws on straight ones (3.34), which have none. */
function controlPoints(edge: EdgeSingular): { x: number; y: number }[] {
  try {
    return (edge as unknown as { renderedControlPoints(): { x: number; y: number }[] | undefined }).renderedControlPoints() ?? [];
  } catch {
    return [];
  }
}

function sceneEdge(edge: EdgeSingular, zoom: number): SceneEdge {
  const controls = controlPoints(edge);
  return {
    id: edge.id(),
    source: edge.renderedSourceEndpoint(),
    target: edge.renderedTargetEndpoint(),
    controls: text(edge, 'curve-style') === 'bezier' ? controls : [],
    color: text(edge, 'line-color'),
    width: px(edge, 'width') * zoom,
    dashed: text(edge, 'line-style') === 'dashed',
    opacity: edge.effectiveOpacity(),
  };
}

function edgeLabel(edge: EdgeSingular, zoom: number): SceneLabel | null {
  const label = text(edge, 'label');
  if (!label) return null;
  const at = edge.renderedMidpoint();
  return {
    id: edge.id(),
    x: at.x,
    y: at.y,
    lines: [label],
    fontSize: px(edge, 'font-size') * zoom,
    color: text(edge, 'color'),
    outlineColor: '#ffffff',
    outlineWidth: 0,
    opacity: edge.effectiveOpacity(),
    background: text(edge, 'text-background-color') || '#ffffff',
  };
}

/** Everything visible in the viewport as the canvas draws it now. */
export function canvasScene(cy: Core): Scene {
  const zoom = cy.zoom();
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  return {
    width: cy.width(),
    height: cy.height(),
    background: '#ffffff',
    fontFamily: nodes.nonempty() ? text(nodes[0]!, 'font-family') : 'sans-serif',
    nodes: nodes.map((n) => sceneNode(n, zoom)),
    edges: edges.map((e) => sceneEdge(e, zoom)),
    labels: [...edges.map((e) => edgeLabel(e, zoom)), ...nodes.map((n) => nodeLabel(n, zoom))].filter((l): l is SceneLabel => l !== null),
  };
}
