/**
 * Meetings per month over the whole graph, for the time bar. A meeting dated
 * to a day or a month counts once, in the month it starts; one known only by
 * its year is counted apart, as `yearOnly` on each month of its year. Every
 * month from the first to the last is listed, empty ones as zeros.
 */
import type { TimelineMonth } from '../contract/analysis';
import type { ProjectedMeeting } from './projection';

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function meetingsPerMonth(meetings: readonly Pick<ProjectedMeeting, 'date' | 'precision' | 'attendees'>[]): TimelineMonth[] {
  const perMonth = new Map<string, number>();
  const yearOnly = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const m of meetings) {
    if (m.attendees.length === 0) continue;
    const year = Number(m.date.slice(0, 4));
    if (m.precision === 'year') {
      yearOnly.set(year, (yearOnly.get(year) ?? 0) + 1);
      first = Math.min(first, year * 12);
      last = Math.max(last, year * 12 + 11);
    } else {
      const month = Number(m.date.slice(5, 7));
      const key = monthKey(year, month);
      perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
      first = Math.min(first, year * 12 + month - 1);
      last = Math.max(last, year * 12 + month - 1);
    }
  }
  const months: TimelineMonth[] = [];
  for (let k = first; k <= last; k++) {
    const [year, month] = [Math.floor(k / 12), (k % 12) + 1];
    const key = monthKey(year, month);
    months.push({ month: key, meetings: perMonth.get(key) ?? 0, yearOnly: yearOnly.get(year) ?? 0 });
  }
  return months;
}
