import type { ElementDefinition } from 'cytoscape';
import type { NodeLook } from './appearance';
import type { CanvasGraph } from './canvas-graph';
import { TYPE_STYLES } from './node-types';
import { canvasLabel } from './label-text';

/** People and agencies grow with the meetings they attended; meetings stay small. */
export function nodeSize(type: string, meetings: number): number {
  if (type === 'Meeting') return 26;
  if (type === 'Person' || type === 'Organization') return Math.min(84, 32 + 9 * Math.sqrt(meetings));
  return 30;
}

/** A person's or agency's size when a measure sizes them: its score's, else (outside the projection) the smallest. */
function sizeOf(type: string, id: string, meetings: number, look: NodeLook): number {
  if (!look.sizes || (type !== 'Person' && type !== 'Organization')) return nodeSize(type, meetings);
  return look.sizes.get(id) ?? 32;
}

/**
 * Canvas elements, keyed by the API's ids; data holds only what styles and
 * exports read. Every node carries its colour (its type's, unless `look`
 * colours by something else), so switching back needs no data removed.
 */
export function toElements(graph: CanvasGraph, look: NodeLook = {}): ElementDefinition[] {
  const nodes: ElementDefinition[] = [...graph.nodes.values()].map(({ id, record, meetings }) => ({
    group: 'nodes',
    data: {
      id,
      label: canvasLabel(record.type, record.label),
      type: record.type,
      size: sizeOf(record.type, id, meetings, look),
      colour: look.colours?.get(id) ?? TYPE_STYLES[record.type].color,
      ...(record.type === 'Meeting' ? { dateFrom: record.dateFrom } : {}),
    },
  }));
  const edges: ElementDefinition[] = [...graph.edges.values()].map((edge) => ({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      ...(edge.weight ? { weight: edge.weight } : {}),
      ...(edge.change ? { change: edge.change } : {}),
      ...(edge.step ? { step: edge.step } : {}),
      // Who-met links: the first meeting shown, which places the pair on the timeline.
      ...(edge.meetingRefs?.length ? { date: edge.meetingRefs.map((m) => m.date).sort()[0] } : {}),
    },
  }));
  return [...nodes, ...edges];
}
