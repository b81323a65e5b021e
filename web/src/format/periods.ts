/** Months and periods as the time bar and the filters say them. Pure. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2024-03" → "Mar 2024"; a year stays itself. */
export function boundLabel(bound: number | string): string {
  const text = String(bound);
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  return month ? `${MONTHS[Number(month[2]) - 1]} ${month[1]}` : text;
}

/** "Mar 2024 – Jun 2024", or one month or year when both ends are the same. */
export function periodLabel(from: number | string, to: number | string): string {
  return String(from) === String(to) ? boundLabel(from) : `${boundLabel(from)} – ${boundLabel(to)}`;
}

/** The month `count` months after "YYYY-MM" (before, when negative). */
export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
