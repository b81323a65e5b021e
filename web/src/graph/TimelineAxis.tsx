import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { TIMELINE_AXIS, type TimelineAxis as Axis } from './timeline-layout';

interface Placed {
  along: Axis['along'];
  ticks: { at: number; label: string }[];
  /** Screen x of a y axis. */
  offset: number;
}

/** Ticks of the timeline's axis in screen pixels, or null when the canvas has no timeline. */
function placedTicks(cy: Core): Placed | null {
  const axis = cy.scratch(TIMELINE_AXIS) as Axis | null | undefined;
  if (!axis) return null;
  const zoom = cy.zoom();
  const pan = cy.pan();
  return {
    along: axis.along,
    ticks: axis.ticks.map((t) => ({ label: t.label, at: t.at * zoom + (axis.along === 'x' ? pan.x : pan.y) })),
    offset: (axis.offset ?? 0) * zoom + pan.x,
  };
}

/** The date axis of the timeline layout, drawn over the canvas edge and following pan and zoom. */
export function TimelineAxis({ cy }: { cy: Core | null }) {
  const [placed, setPlaced] = useState<Placed | null>(null);
  useEffect(() => {
    if (!cy) return;
    const update = () => setPlaced(placedTicks(cy));
    cy.on('viewport layoutstop', update);
    update();
    return () => void cy.removeListener('viewport layoutstop', update);
  }, [cy]);
  if (!placed) return null;
  return (
    <div className={`timeline-axis along-${placed.along}`} aria-label="Dates" role="group">
      {placed.ticks.map((t) => (
        <span key={`${t.label}@${t.at}`} className="tick" style={placed.along === 'x' ? { left: t.at } : { top: t.at, left: placed.offset }}>
          {t.label}
        </span>
      ))}
    </div>
  );
}
