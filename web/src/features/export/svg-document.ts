/**
 * An SVG picture of the canvas, written from a plain description of what is
 * drawn (positions, shapes, colours, label lines, all in screen pixels).
 * cytoscape-svg dropped most node shapes and label lines and logged errors,
 * so the picture is drawn here instead; reading the description off a live
 * canvas is canvas-scene.ts. Pure: tested without a browser.
 */
import type { TypeStyle } from '../../graph/node-types';

export interface Point {
  x: number;
  y: number;
}

export interface SceneNode extends Point {
  id: string;
  width: number;
  height: number;
  shape: TypeStyle['shape'];
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  opacity: number;
  /** An image URL (the type's icon), drawn centred at `iconScale` of the node's size. */
  icon?: string;
  iconScale: number;
}

export interface SceneLabel {
  id: string;
  /** Centre of the label's box. */
  x: number;
  y: number;
  lines: string[];
  fontSize: number;
  color: string;
  outlineColor: string;
  outlineWidth: number;
  opacity: number;
  /** A filled box behind the text (the weight on who-met links). */
  background?: string;
}

export interface SceneEdge {
  id: string;
  source: Point;
  target: Point;
  /** Bezier control points, as Cytoscape computed them; none for a straight line. */
  controls: Point[];
  color: string;
  width: number;
  dashed: boolean;
  opacity: number;
}

export interface Scene {
  width: number;
  height: number;
  background: string;
  fontFamily: string;
  nodes: SceneNode[];
  edges: SceneEdge[];
  labels: SceneLabel[];
}

const escapeXml = (value: string) =>
  value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const n = (value: number) => String(Math.round(value * 100) / 100);

/** Cytoscape's unit polygons (-1…1, y down), from its node-shapes.mjs. */
const POLYGONS: Partial<Record<TypeStyle['shape'], number[]>> = {
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  'round-diamond': [0, 1, 1, 0, 0, -1, -1, 0],
  hexagon: [1, 0, 0.5, 1, -0.5, 1, -1, 0, -0.5, -1, 0.5, -1],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
};

function polygonPoints(node: SceneNode, unit: number[]): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) points.push({ x: node.x + (unit[i]! * node.width) / 2, y: node.y + (unit[i + 1]! * node.height) / 2 });
  return points;
}

/** A polygon with its corners cut into curves of `radius`, as Cytoscape draws its round-* shapes. */
function roundedPolygonPath(points: Point[], radius: number): string {
  const parts: string[] = [];
  points.forEach((corner, i) => {
    const before = points[(i - 1 + points.length) % points.length]!;
    const after = points[(i + 1) % points.length]!;
    const towards = (to: Point) => {
      const length = Math.hypot(to.x - corner.x, to.y - corner.y) || 1;
      const r = Math.min(radius, length / 2);
      return { x: corner.x + ((to.x - corner.x) * r) / length, y: corner.y + ((to.y - corner.y) * r) / length };
    };
    const [a, b] = [towards(before), towards(after)];
    parts.push(`${i === 0 ? 'M' : 'L'}${n(a.x)},${n(a.y)} Q${n(corner.x)},${n(corner.y)} ${n(b.x)},${n(b.y)}`);
  });
  return `${parts.join(' ')} Z`;
}

function shapeElement(node: SceneNode): string {
  const paint = `fill="${node.fill}" stroke="${node.stroke}" stroke-width="${n(node.strokeWidth)}"${node.dashed ? ` stroke-dasharray="${n(node.strokeWidth * 2)} ${n(node.strokeWidth * 1.5)}"` : ''}`;
  const [w, h] = [node.width, node.height];
  switch (node.shape) {
    case 'ellipse':
      return `<ellipse class="node-shape" cx="${n(node.x)}" cy="${n(node.y)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${paint}/>`;
    case 'rectangle':
    case 'round-rectangle': {
      const r = node.shape === 'rectangle' ? 0 : Math.min(w / 4, h / 4, 8);
      return `<rect class="node-shape" x="${n(node.x - w / 2)}" y="${n(node.y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" ${paint}/>`;
    }
    case 'round-diamond':
      return `<path class="node-shape" d="${roundedPolygonPath(polygonPoints(node, POLYGONS['round-diamond']!), Math.min(w / 10, h / 10, 8))}" ${paint}/>`;
    default: {
      const points = polygonPoints(node, POLYGONS[node.shape] ?? POLYGONS.diamond!);
      return `<polygon class="node-shape" points="${points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" ${paint}/>`;
    }
  }
}

function nodeElement(node: SceneNode): string {
  const icon = node.icon
    ? `<image href="${escapeXml(node.icon)}" x="${n(node.x - (node.width * node.iconScale) / 2)}" y="${n(node.y - (node.height * node.iconScale) / 2)}" width="${n(node.width * node.iconScale)}" height="${n(node.height * node.iconScale)}"/>`
    : '';
  return `<g class="node" data-id="${escapeXml(node.id)}" opacity="${n(node.opacity)}">${shapeElement(node)}${icon}</g>`;
}

function edgeElement(edge: SceneEdge): string {
  const { source: s, target: t, controls } = edge;
  let d = `M${n(s.x)},${n(s.y)}`;
  if (controls.length === 1) d += ` Q${n(controls[0]!.x)},${n(controls[0]!.y)} ${n(t.x)},${n(t.y)}`;
  else if (controls.length > 1) d += ` ${controls.map((c) => `L${n(c.x)},${n(c.y)}`).join(' ')} L${n(t.x)},${n(t.y)}`;
  else d += ` L${n(t.x)},${n(t.y)}`;
  const dash = edge.dashed ? ` stroke-dasharray="${n(edge.width * 3)} ${n(edge.width * 3)}"` : '';
  return `<path class="edge" data-id="${escapeXml(edge.id)}" d="${d}" fill="none" stroke="${edge.color}" stroke-width="${n(edge.width)}" opacity="${n(edge.opacity)}"${dash}/>`;
}

function labelElement(label: SceneLabel, fontFamily: string): string {
  const lineHeight = label.fontSize * 1.15;
  const top = label.y - (lineHeight * label.lines.length) / 2;
  const spans = label.lines.map((line, i) => `<tspan x="${n(label.x)}" y="${n(top + lineHeight * (i + 0.5))}">${escapeXml(line)}</tspan>`).join('');
  const outline = label.outlineWidth > 0 ? ` stroke="${label.outlineColor}" stroke-width="${n(label.outlineWidth * 2)}" stroke-linejoin="round" paint-order="stroke"` : '';
  const text = `<text class="label" data-id="${escapeXml(label.id)}" font-family="${escapeXml(fontFamily)}" font-size="${n(label.fontSize)}" fill="${label.color}" text-anchor="middle" dominant-baseline="central" opacity="${n(label.opacity)}"${outline}>${spans}</text>`;
  if (!label.background) return text;
  const width = Math.max(...label.lines.map((l) => l.length)) * label.fontSize * 0.62 + 4;
  const height = lineHeight * label.lines.length + 2;
  return `<rect class="label-background" x="${n(label.x - width / 2)}" y="${n(label.y - height / 2)}" width="${n(width)}" height="${n(height)}" fill="${label.background}"/>${text}`;
}

/** The whole picture: edges under nodes under labels, as on the canvas. */
export function sceneToSvg(scene: Scene): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}">`,
    `<rect width="100%" height="100%" fill="${scene.background}"/>`,
    `<g class="edges">${scene.edges.map(edgeElement).join('')}</g>`,
    `<g class="nodes">${scene.nodes.map(nodeElement).join('')}</g>`,
    `<g class="labels">${scene.labels.map((l) => labelElement(l, scene.fontFamily)).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
