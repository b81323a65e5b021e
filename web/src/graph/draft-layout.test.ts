import { describe, expect, it } from 'vitest';
import { random } from '../../../tests/support/synthetic-graph';
import { draftLayout } from './draft-layout';

describe('laying out a big graph off the main thread', () => {
  it('places every node of a graph that already has positions, as after expanding one', () => {
    const rng = random(3);
    const nodes = Array.from({ length: 1600 }, (_, i) => ({ id: `n${i}`, x: (i % 40) * 60, y: Math.floor(i / 40) * 60 }));
    const edges = Array.from({ length: 2400 }, () => ({ source: `n${rng.int(1600)}`, target: `n${rng.int(1600)}` })).filter((e) => e.source !== e.target);
    const { positions } = draftLayout({ nodes, edges });
    expect(Object.keys(positions)).toHaveLength(nodes.length);
    expect(Object.values(positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // Laid out, not left on the grid it came on.
    expect(positions.n1!.x).not.toBe(60);
  });

  it('keeps nodes with the same neighbours apart: 300 people around one hub do not pile up', () => {
    const nodes = [{ id: 'hub', x: 0, y: 0 }, ...Array.from({ length: 1600 }, (_, i) => ({ id: `p${i}`, x: i, y: 0 }))];
    const edges = nodes.slice(1, 301).map((n) => ({ source: 'hub', target: n.id }));
    for (let i = 301; i < 1600; i++) edges.push({ source: `p${i}`, target: `p${i - 1}` });
    const { positions } = draftLayout({ nodes, edges });
    const spots = new Set(Object.values(positions).map((p) => `${Math.round(p.x / 10)},${Math.round(p.y / 10)}`));
    // Nearly every node on a 10-pixel square of its own.
    expect(spots.size).toBeGreaterThan(nodes.length * 0.95);
  });
});
