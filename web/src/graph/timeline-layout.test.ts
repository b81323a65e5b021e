import { describe, expect, it } from 'vitest';
import { timelinePositions } from './timeline-layout';

describe('the timeline layout', () => {
  it('orders meetings by date left to right and puts people above, topics below, near their meetings', () => {
    const positions = timelinePositions(
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
    const positions = timelinePositions(
      [{ id: 'm', type: 'Meeting', dateFrom: '2024-01-01' }, { id: 'a', type: 'Person' }, { id: 'b', type: 'Person' }],
      [{ source: 'a', target: 'm' }, { source: 'b', target: 'm' }],
    );
    expect(Math.abs(positions.get('a')!.x - positions.get('b')!.x)).toBeGreaterThanOrEqual(80);
  });
});
