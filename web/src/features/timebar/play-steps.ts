/**
 * The time bar's window as month indices into its list of months, and how
 * Play moves it. Pure: tested without React.
 */
import type { Filters } from '../../state/view';

/** First and last month index of the window, both included. */
export type MonthWindow = [first: number, last: number];

export type PlayMode = 'cumulative' | 'sliding';

/** A sliding window with nothing brushed spans a year. */
export const DEFAULT_SLIDING_MONTHS = 12;

/** Where a date filter's bound falls among the months: a year bound covers its January (from) or December (to). */
function indexOf(months: string[], bound: number | string | undefined, end: 'from' | 'to'): number {
  if (bound === undefined) return end === 'from' ? 0 : months.length - 1;
  const month = typeof bound === 'number' ? `${bound}-${end === 'from' ? '01' : '12'}` : bound;
  if (end === 'from') {
    const i = months.findIndex((m) => m >= month);
    return i === -1 ? months.length - 1 : i;
  }
  const after = months.findIndex((m) => m > month);
  return after === -1 ? months.length - 1 : Math.max(after - 1, 0);
}

/** The window the filters select. */
export function windowOf(filters: Pick<Filters, 'from' | 'to'>, months: string[]): MonthWindow {
  return [indexOf(months, filters.from, 'from'), indexOf(months, filters.to, 'to')];
}

/** The filters for a window: the whole span is no filter at all. */
export function filtersOf([first, last]: MonthWindow, months: string[]): Pick<Filters, 'from' | 'to'> {
  return { from: first <= 0 ? undefined : months[first], to: last >= months.length - 1 ? undefined : months[last] };
}

/** Play's first window: the first month (cumulative), or the brushed width from the first month (sliding). */
export function startWindow([first, last]: MonthWindow, mode: PlayMode, count: number): MonthWindow {
  if (mode === 'cumulative') return [0, 0];
  const whole = first <= 0 && last >= count - 1;
  const width = whole ? Math.min(DEFAULT_SLIDING_MONTHS, count) : last - first + 1;
  return [0, width - 1];
}

/** One step later: the window grows by a month (cumulative) or moves by one (sliding); null past the last month. */
export function nextWindow([first, last]: MonthWindow, mode: PlayMode, count: number): MonthWindow | null {
  if (last >= count - 1) return null;
  return mode === 'cumulative' ? [first, last + 1] : [first + 1, last + 1];
}

/**
 * The brush by keyboard: arrows move the window a month, Shift+arrows move
 * its end, Home and End take it to either end of time; with no range chosen,
 * an arrow chooses the first (→) or last (←) month. Null for other keys.
 */
export function keyedWindow([first, last]: MonthWindow, key: string, shift: boolean, count: number, brushed: boolean): MonthWindow | null {
  const width = last - first;
  if (!brushed && (key === 'ArrowRight' || key === 'ArrowLeft')) return key === 'ArrowRight' ? [0, 0] : [count - 1, count - 1];
  if (key === 'ArrowRight') return shift ? [first, Math.min(last + 1, count - 1)] : last < count - 1 ? [first + 1, last + 1] : [first, last];
  if (key === 'ArrowLeft') return shift ? [first, Math.max(last - 1, first)] : first > 0 ? [first - 1, last - 1] : [first, last];
  if (key === 'Home') return [0, width];
  if (key === 'End') return [count - 1 - width, count - 1];
  return null;
}
