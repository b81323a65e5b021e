import { describe, expect, it } from 'vitest';
import { timelinePositions } from './timeline-layout';

describe('the timeline layout', () => {
  it('orders meetings by date left to right and puts people above, topics below, near their meetings', () => {
    const { positions } = timelinePositions(
      [
        { id: 'm-2025', type: 'Meeting', dateFrom: '2025-01-28' },
        { id: 'm-2022', type: 'Meeting', dateFrom: '2022-06-13' },
        { id: 'wray', type: 'Person' },
        { id: 'snoek', type: 'Person' },
        { id: 'cyber', type: 'Topic' },
      ],
      [
        { source: 'wray', target: 'm-2022' },
        { source: 'snoek', target: 'm-2025' },
        { source: 'm-2025', target: 'cyber' },
      ],
    );
    const at = (id: string) => positions.get(id)!;
    expect(at('m-2022').x).toBeLessThan(at('m-2025').x);
    expect(at('wray').x).toBeLessThan(at('snoek').x);
    expect(at('wray').y).toBeLessThan(at('m-2022').y);
    expect(at('cyber').y).toBeGreaterThan(at('m-2025').y);
    expect(at('cyber').x).toBe(at('m-2025').x);
  });

  it('keeps nodes of a band from overlapping', () => {
    const { positions } = timelinePositions(
      [{ id: 'm', type: 'Meeting', dateFrom: '2024-01-01' }, { id: 'a', type: 'Person' }, { id: 'b', type: 'Person' }],
      [{ source: 'a', target: 'm' }, { source: 'b', target: 'm' }],
    );
    expect(Math.abs(positions.get('a')!.x - positions.get('b')!.x)).toBeGreaterThanOrEqual(80);
  });

  it('gives the meetings a date axis: a tick per month, where its first meeting is', () => {
    const { axis, positions } = timelinePositions(
      [
        { id: 'a', type: 'Meeting', dateFrom: '2022-06-13' },
        { id: 'b', type: 'Meeting', dateFrom: '2022-06-14' },
        { id: 'c', type: 'Meeting', dateFrom: '2024-11-25' },
      ],
      [],
    );
    expect(axis.along).toBe('x');
    expect(axis.ticks).toEqual([
      { at: positions.get('a')!.x, label: 'Jun 2022' },
      { at: positions.get('c')!.x, label: 'Nov 2024' },
    ]);
  });
});

describe('the who-met-whom timeline', () => {
  const people = ['hammouchi', 'wray', 'snoek', 'pinfield'].map((id) => ({ id, type: 'Person' as const }));
  const edges = [
    { source: 'hammouchi', target: 'snoek', date: '2024-12-01' },
    { source: 'hammouchi', target: 'wray', date: '2022-06-13' },
    { source: 'hammouchi', target: 'pinfield', date: '2026-01-21' },
  ];
  const { positions, axis, labelRight } = timelinePositions(people, edges);

  it('puts each person met on a row of their own, in the order they were first met', () => {
    const ys = ['wray', 'snoek', 'pinfield'].map((id) => positions.get(id)!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(3);
    expect(axis.ticks.map((t) => t.label)).toEqual(['Jun 2022', 'Dec 2024', 'Jan 2026']);
    expect(labelRight).toEqual(['wray', 'snoek', 'pinfield']);
  });

  it('draws no link through an unrelated person: every link goes from the column of those asked about to the column of those met', () => {
    const centre = positions.get('hammouchi')!;
    for (const { target } of edges) expect(positions.get(target)!.x).toBeGreaterThan(centre.x);
    // Those met share one column: a straight line from the left meets it only at its end.
    expect(new Set(['wray', 'snoek', 'pinfield'].map((id) => positions.get(id)!.x)).size).toBe(1);
  });
});
