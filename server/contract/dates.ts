import type { DatePrecision } from './model';

export interface PartialDate {
  value: string;
  precision: DatePrecision;
  /** First and last day the value can mean, as YYYY-MM-DD. */
  first: string;
  last: string;
  year: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads YYYY, YYYY-MM or YYYY-MM-DD; null when malformed or not a real day. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return null;
  if (match[2] === undefined) {
    return { value, precision: 'year', first: `${year}-01-01`, last: `${year}-12-31`, year };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { value, precision: 'month', first: `${value}-01`, last: `${value}-${pad(lastDay)}`, year };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  return { value, precision: 'day', first: value, last: value, year };
}
