import { describe, expect, it } from 'vitest';
import { placeNewcomers, type PlacedNode } from './place-newcomers';

const hub: PlacedNode = { id: 'hub', x: 0, y: 0, size: 60 };
const meeting = (id: string, x: number, y: number): PlacedNode => ({ id, x, y, size: 26 });

describe('placing the nodes an expand brings', () => {
  const placed = [hub, meeting('m1', -150, 0), meeting('m2', 0, -150), meeting('m3', 0, 150)];
  const newcomers = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, size: 30 }));
  const edges = newcomers.map((n) => ({ source: n.id, target: 'm1' }));
  const positions = placeNewcomers(placed, newcomers, edges);

  it('puts them around the node they hang off, on its open side', () => {
    for (const { x, y } of positions.values()) {
      const fromAnchor = Math.hypot(x - -150, y);
      expect(fromAnchor).toBeGreaterThan(60);
      expect(fromAnchor).toBeLessThan(320);
      // m1 sits left of the hub: the open side is further left.
      expect(x).toBeLessThan(-150);
    }
  });

  it('keeps them off each other and off what was there', () => {
    const all = [...placed, ...[...positions].map(([id, p]) => ({ id, ...p, size: 30 }))];
    for (const a of all) for (const b of all) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan((a.size + b.size) / 2);
  });

  it('places nodes linked to nothing on the canvas beside it, not on top of it', () => {
    const [lone] = [...placeNewcomers(placed, [{ id: 'lone', size: 30 }], []).values()];
    expect(lone!.x).toBeGreaterThan(150);
  });

  it('is the same every time for the same input', () => {
    expect([...placeNewcomers(placed, newcomers, edges)]).toEqual([...positions]);
  });
});
