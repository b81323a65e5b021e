/**
 * Which node labels to draw so that no two sit on top of each other: the
 * greedy placement Gephi Lite and Bloom use. Labels are taken in priority
 * order and each is kept only if its box is clear of those kept before;
 * `always` labels (the selection, expanded nodes) are kept whatever they touch.
 */

export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Drawn even when it collides. */
  always: boolean;
  /** Higher first: hubs before leaves. */
  priority: number;
}

/** Room kept between two labels, in the boxes' units. */
export const LABEL_GAP = 3;

const overlaps = (a: LabelBox, b: LabelBox, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** The ids of the labels to draw. */
export function chooseLabels(boxes: readonly LabelBox[], gap = LABEL_GAP): Set<string> {
  const order = [...boxes].sort((a, b) => Number(b.always) - Number(a.always) || b.priority - a.priority || a.id.localeCompare(b.id));
  const kept: LabelBox[] = [];
  for (const box of order) {
    if (box.always || !kept.some((other) => overlaps(box, other, gap))) kept.push(box);
  }
  return new Set(kept.map((b) => b.id));
}
