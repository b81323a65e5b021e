import type { DatePrecision } from '@contract/model';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date at the precision the sources give: "25 November 2024", "December 2024", "13–14 June 2022". */
export function formatDate(date: string, precision: DatePrecision, dateEnd?: string): string {
  const start = new Date(`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return month.format(start);
  if (!dateEnd || dateEnd === date) return day.format(start);
  const end = new Date(`${dateEnd}T00:00:00Z`);
  if (start.getUTCFullYear() === end.getUTCFullYear() && start.getUTCMonth() === end.getUTCMonth()) {
    return `${start.getUTCDate()}–${day.format(end)}`;
  }
  return `${day.format(start)} – ${day.format(end)}`;
}
