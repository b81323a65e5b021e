import type { Core, EventObject } from 'cytoscape';
import { useEffect, useEffectEvent, useState } from 'react';
import type { CanvasEdge, CanvasGraph } from '../canvas-graph';
import { listen } from './cy-listeners';

export interface Tooltip {
  x: number;
  y: number;
  title: string;
  text?: string;
}

/** What a link's tooltip says: its kind (or how often the two met) and its first quote or its meetings. */
export function edgeTooltip(edge: CanvasEdge, at: { x: number; y: number }): Tooltip {
  const quote = edge.record?.sources[0]?.quote;
  const meetings = edge.meetingRefs?.map((m) => `${m.label}`).join(' · ');
  return {
    ...at,
    title: edge.type === 'MET' ? `Met ${edge.weight} time${edge.weight === 1 ? '' : 's'}` : edge.type.replaceAll('_', ' ').toLowerCase(),
    ...(quote ? { text: `« ${quote} »` } : meetings ? { text: meetings } : {}),
  };
}

/** The tooltip of the link under the pointer, gone when it leaves or the view moves. */
export function useEdgeTooltip(cy: Core | null, graph: CanvasGraph): Tooltip | null {
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const show = useEffectEvent((e: EventObject) => {
    const edge = graph.edges.get(e.target.id());
    if (edge) setTooltip(edgeTooltip(edge, e.renderedPosition ?? { x: 0, y: 0 }));
  });
  useEffect(() => {
    if (!cy) return;
    const hide = () => setTooltip(null);
    return listen(cy, [
      ['mouseover', 'edge', (e) => show(e)],
      ['mouseout', 'edge', hide],
      ['viewport', null, hide],
    ]);
  }, [cy]);
  return tooltip;
}
