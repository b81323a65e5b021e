import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('dates at the precision the article gives', () => {
  it('keeps a day, a month, a year and a span as such', () => {
    expect(formatDate('2024-11-25', 'day')).toBe('25 November 2024');
    expect(formatDate('2024-12', 'month')).toBe('December 2024');
    expect(formatDate('2024', 'year')).toBe('2024');
    expect(formatDate('2022-06-13', 'day', '2022-06-14')).toBe('13–14 June 2022');
    expect(formatDate('2024-12-30', 'day', '2025-01-02')).toBe('30 December 2024 – 2 January 2025');
  });
});
