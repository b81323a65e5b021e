import { describe, expect, it } from 'vitest';
import { chooseLabels, type LabelBox } from './label-choice';

const box = (id: string, x: number, y: number, extra: Partial<LabelBox> = {}): LabelBox => ({ id, x1: x, y1: y, x2: x + 100, y2: y + 20, always: false, priority: 0, ...extra });

describe('choosing which labels to draw', () => {
  it('draws every label that has room', () => {
    expect(chooseLabels([box('a', 0, 0), box('b', 0, 100), box('c', 200, 0)])).toEqual(new Set(['a', 'b', 'c']));
  });

  it('of two colliding labels, keeps the hub and drops the leaf', () => {
    expect(chooseLabels([box('leaf', 10, 5, { priority: 1 }), box('hub', 0, 0, { priority: 9 })])).toEqual(new Set(['hub']));
  });

  it('always draws the selected label, even over a hub', () => {
    const kept = chooseLabels([box('hub', 0, 0, { priority: 9 }), box('selected', 20, 10, { always: true })]);
    expect(kept).toEqual(new Set(['selected']));
  });

  it('never keeps two labels whose boxes overlap unless both must be drawn', () => {
    const boxes = Array.from({ length: 40 }, (_, i) => box(`n${i}`, (i * 37) % 300, (i * 13) % 90, { priority: i % 5 }));
    const kept = boxes.filter((b) => chooseLabels(boxes).has(b.id));
    for (const a of kept) for (const b of kept) if (a !== b) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
  });
});
