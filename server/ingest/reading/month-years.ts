/**
 * "en juin 2022", "courant mars 2024", "fin novembre 2023": a month and its
 * year without a day, which chrono-node's French parser does not read. Month
 * precision, as the words give it.
 */
import { foldKeepingOffsets } from '../../text/normalise';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTHS.join('|')})\\s+((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`, 'gu');

export interface MonthYear {
  start: number;
  end: number;
  /** YYYY-MM */
  value: string;
}

export function findMonthYears(text: string): MonthYear[] {
  return [...foldKeepingOffsets(text).matchAll(MONTH_YEAR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`,
  }));
}

/** "En janvier, il a reçu …", "au mois de mars dernier": a month without its year, which the article's date gives. */
const MONTH_ALONE = new RegExp(`(?<![\\p{L}\\p{N}])(?:en|au mois de|au mois d'|courant|fin|debut|mi-)\\s*(${MONTHS.join('|')})(?![\\p{L}\\p{N}])(?!\\s+\\d)`, 'gu');

export function findMonthsAlone(text: string): { start: number; end: number; month: number }[] {
  return [...foldKeepingOffsets(text).matchAll(MONTH_ALONE)].map((m) => ({ start: m.index, end: m.index + m[0].length, month: MONTHS.indexOf(m[1]!) + 1 }));
}
