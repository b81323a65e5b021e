import { describe, expect, it } from 'vitest';
import { meetingsPerMonth } from './timeline';

const m = (date: string, precision: 'day' | 'month' | 'year', attendees = [0, 1]) => ({ date, precision, attendees });

describe('meetings per month', () => {
  it('counts a meeting in the month it starts, and one known only by its year apart, on each month of its year', () => {
    const months = meetingsPerMonth([m('2023-11-30', 'day'), m('2023-11', 'month'), m('2024', 'year'), m('2024-02-03', 'day')]);
    expect(months.map((x) => x.month)).toEqual(['2023-11', '2023-12', ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`)]);
    expect(months[0]).toEqual({ month: '2023-11', meetings: 2, yearOnly: 0 });
    expect(months[1]).toEqual({ month: '2023-12', meetings: 0, yearOnly: 0 });
    expect(months.find((x) => x.month === '2024-02')).toEqual({ month: '2024-02', meetings: 1, yearOnly: 1 });
    expect(months.at(-1)).toEqual({ month: '2024-12', meetings: 0, yearOnly: 1 });
  });

  it('leaves out meetings none of whose attendees count, and is empty without meetings', () => {
    expect(meetingsPerMonth([m('2024-01-01', 'day', [])])).toEqual([]);
  });
});
