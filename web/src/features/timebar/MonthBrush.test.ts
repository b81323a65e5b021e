import { describe, expect, it } from 'vitest';
import { addMonths } from '../../format/periods';
import { monthTicks } from './MonthBrush';

const monthsFrom = (first: string, count: number) => Array.from({ length: count }, (_, i) => addMonths(first, i));

describe('the time bar ticks', () => {
  it('dates each January, and the first month when there is room before the first January', () => {
    expect(monthTicks(monthsFrom('2022-06', 44)).map((t) => t.label)).toEqual(['Jun 2022', '2023', '2024', '2025', '2026']);
    expect(monthTicks(monthsFrom('2019-11', 76)).map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('dates every second year past ten years', () => {
    expect(monthTicks(monthsFrom('2001-01', 180)).map((t) => t.label)).toEqual(['2002', '2004', '2006', '2008', '2010', '2012', '2014']);
  });
});
