import { describe, expect, it } from 'vitest';
import { addMonths, boundLabel, periodLabel } from './periods';

describe('months and periods', () => {
  it('names months and periods as the time bar shows them', () => {
    expect(boundLabel('2024-03')).toBe('Mar 2024');
    expect(boundLabel(2024)).toBe('2024');
    expect(periodLabel('2024-11', '2025-01')).toBe('Nov 2024 – Jan 2025');
    expect(periodLabel('2022-06', '2022-06')).toBe('Jun 2022');
  });

  it('counts months across years', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
  });
});
