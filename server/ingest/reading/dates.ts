/**
 * Dates in an article: when it was published, and what "jeudi", "le 25
 * novembre dernier" or "les 13 et 14 juin" mean against that. chrono-node's
 * French parser reads the expressions; this file keeps the precision honest (a
 * weekday in an article dated only by month stays at month precision).
 */
// Only the French parser: the package's index loads every locale (0.44 s against 0.12 s, at each start of a worker).
import * as chronoFr from 'chrono-node/fr';
import { parsePartialDate, type PartialDate } from '../../contract/dates';
import type { DatePrecision } from '../../contract/model';
import { DATE_ONLY_LINE, NUMERIC_DATE_LINE, PUBLISHED_LINE, type ArticleLayout } from './article-text';
import { findMonthsAlone, findMonthYears } from './month-years';

export interface ArticleDate {
  value: string;
  precision: DatePrecision;
  /** The words that give it, or "--date". */
  from: string;
  publisher?: string;
}

export interface DateExpression {
  /** Offsets within the text given to findDateExpressions. */
  start: number;
  end: number;
  quote: string;
  /** Null when the article's own date is unknown and the words are relative ("ce lundi"). */
  value: string | null;
  precision: DatePrecision | null;
  dateEnd?: string;
  /** 0 = Sunday … 6 = Saturday, when the words name a weekday. */
  weekday?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function articleDate(layout: ArticleLayout, given?: string): { date: ArticleDate | null; warnings: string[] } {
  const warnings: string[] = [];
  const found = dateFromText(layout);
  if (given) {
    if (found && !sameOrFiner(parsePartialDate(given), parsePartialDate(found.value))) {
      warnings.push(`--date ${given} overrides the date the article gives (${found.value}, from "${found.from}")`);
    }
    const parsed = parsePartialDate(given);
    return { date: parsed ? { value: parsed.value, precision: parsed.precision, from: '--date', ...(found?.publisher ? { publisher: found.publisher } : {}) } : found, warnings };
  }
  return { date: found, warnings };
}

function dateFromText(layout: ArticleLayout): ArticleDate | null {
  let best: ArticleDate | null = null;
  if (layout.headerDate) {
    const header = parsePartialDate(layout.headerDate);
    if (header) best = { value: header.value, precision: header.precision, from: `date ${header.value}` };
  }
  for (const line of layout.datelines) {
    const words = layout.text.slice(line.start, line.end).trim();
    const published = PUBLISHED_LINE.exec(words);
    const numeric = published ? null : NUMERIC_DATE_LINE.exec(words);
    if (numeric) {
      const [, day, month, year] = numeric;
      const parsed = parsePartialDate(`${year}-${pad(Number(month))}-${pad(Number(day))}`);
      if (parsed) best = refine(best, { value: parsed.value, precision: 'day', from: words });
    } else if (published) {
      const [, publisher, day, month, year] = published;
      const parsed = parsePartialDate(`${year}-${pad(Number(month))}-${pad(Number(day))}`);
      if (parsed) best = refine(best, { value: parsed.value, precision: 'day', from: words, ...(publisher ? { publisher: publisher.trim() } : {}) });
    } else if (DATE_ONLY_LINE.test(words)) {
      const result = chronoFr.parse(words)[0];
      if (result?.start.isCertain('year') && result.start.isCertain('day')) {
        const value = `${result.start.get('year')}-${pad(result.start.get('month')!)}-${pad(result.start.get('day')!)}`;
        best = refine(best, { value, precision: 'day', from: words });
      }
    }
  }
  return best ?? ledeDate(layout);
}

/** How many of the opening sentences may date an article that has no date line. */
const LEDE_SENTENCES = 4;
/** Fewer words than this is a page's label ("Mise en ligne", "Publié le", "à" left without their values), not a sentence of the opening. */
const SENTENCE_MIN_WORDS = 4;

/** "qu'il avait reçu le 27 décembre 2022": a date the opening recalls, of something before the story; the article is later. */
const PLUPERFECT_BEFORE = /(?<![\p{L}])(?:avai(?:t|ent)|(?:s['’])?étai(?:t|ent))(?![\p{L}])[^,;]*$/u;

/**
 * An article with no date line is dated by the first full date its opening
 * states: a dateline ("Rabat, 12 mars 2025 – …"), a caption or the lede
 * ("À Rabat, le 11 septembre 2025, …"). Only a date with its year counts:
 * "ce lundi" dates nothing without the article's own date. Labels a page left
 * empty ("Mise en ligne", "Publié le", "à") are not sentences of the opening.
 */
function ledeDate(layout: ArticleLayout): ArticleDate | null {
  let read = 0;
  for (const sentence of layout.sentences) {
    if (sentence.text.split(/\s+/).length < SENTENCE_MIN_WORDS) continue;
    if (read++ > LEDE_SENTENCES) break;
    for (const r of chronoFr.parse(sentence.text)) {
      const s = r.start;
      // chrono counts "aujourd'hui" as certain of its year: the day of reading, which is no date of the article's.
      if (!s.isCertain('year') || !s.isCertain('month') || !/\d{4}/.test(r.text)) continue;
      if (PLUPERFECT_BEFORE.test(sentence.text.slice(Math.max(0, r.index - 80), r.index))) continue;
      const day = s.isCertain('day');
      const value = `${s.get('year')}-${pad(s.get('month')!)}${day ? `-${pad(s.get('day')!)}` : ''}`;
      if (parsePartialDate(value)) return { value, precision: day ? 'day' : 'month', from: r.text.trim() };
    }
  }
  return null;
}

/** A finer date replaces a coarser one only when it falls inside it ("2022-06" then "16 juin 2022"). */
function refine(known: ArticleDate | null, candidate: ArticleDate): ArticleDate {
  if (!known) return candidate;
  const a = parsePartialDate(known.value);
  const b = parsePartialDate(candidate.value);
  if (a && b && b.first >= a.first && b.last <= a.last) return { ...candidate, publisher: candidate.publisher ?? known.publisher } as ArticleDate;
  return known;
}

function sameOrFiner(a: PartialDate | null, b: PartialDate | null): boolean {
  return !!a && !!b && a.first >= b.first && a.last <= b.last;
}

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
/** "du mardi 28 au jeudi 30 juin 2022": chrono reads no range with its weekdays, and reads it without them. */
const RANGE_WITH_WEEKDAYS = new RegExp(`\\b(du) (${WEEKDAY}) (\\d{1,2}) (au) (${WEEKDAY}) (\\d{1,2})\\b`, 'giu');

/**
 * "les 13 et 14 juin" is a range chrono reads as "du 13 au 14 juin"; "aujourd’hui", as the press types it, is
 * "aujourd'hui" to chrono, which knows only the straight apostrophe; a range's weekdays are blanked. Same length, so offsets hold.
 */
function forChrono(text: string): string {
  return text
    .replace(/’/g, "'")
    .replace(RANGE_WITH_WEEKDAYS, (_m, du: string, w1: string, a: string, au: string, w2: string, b: string) => `${du} ${' '.repeat(w1.length)} ${a} ${au} ${' '.repeat(w2.length)} ${b}`)
    .replace(/\b(les|Les) (\d{1,2}) et (\d{1,2})\b/g, (_m, _les: string, a: string, b: string) => `du ${a} au ${b}`.padEnd(_m.length, ' '));
}

const DURATION = /^(?:de|d'|pendant|durant|sur)?\s*(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs)\s+(?:jours?|semaines?|mois|ans|années?|heures?)$/iu;

/** Words that name a day only relative to the article's own: "hier", "demain", "aujourd'hui", "avant-hier". */
const RELATIVE_DAY = /^(?:(?:avant-|après-)?hier|(?:après-)?demain|aujourd['’]hui|ce jour)$/iu;

/** The date expressions in `text`, resolved against the article's date. */
export function findDateExpressions(text: string, reference: ArticleDate | null): DateExpression[] {
  const ref = reference ? parsePartialDate(reference.value) : null;
  // Relative words resolve against the last day the article can have been written.
  const refInstant = ref ? new Date(`${ref.last}T12:00:00`) : new Date();
  const results = chronoFr.parse(forChrono(text), refInstant, { forwardDate: false });
  const out: DateExpression[] = [];
  for (const r of results) {
    const start = r.start;
    const hasDay = start.isCertain('day');
    const hasWeekday = start.isCertain('weekday');
    const hasMonth = start.isCertain('month');
    if (!hasDay && !hasWeekday && !hasMonth) continue; // times of day, bare numbers
    const quote = text.slice(r.index, r.index + r.text.length).replace(/^[\s,;]+|[\s,;]+$/g, "");
    // "une visite de deux jours" is how long, not when: chrono reads it as two days on.
    if (DURATION.test(quote)) continue;
    const base = { start: r.index, end: r.index + r.text.length, quote, ...(hasWeekday ? { weekday: start.get('weekday')! } : {}) };
    const { y, m, d } = shifted(start, onceMore(text, r.index, quote));
    if (ref && ref.precision !== 'day' && RELATIVE_DAY.test(quote)) {
      // "aujourd'hui et demain" in an article dated only by month: the month, not the month's last day and the next.
      out.push({ ...base, ...exact(y, m, d, ref.precision, undefined, ref) });
    } else if (start.isCertain('year') && (ref || !RELATIVE_DAY.test(quote))) {
      // ("aujourd'hui" in an undated article has chrono's year, the day of reading's: it is not the article's.)
      out.push({ ...base, ...exact(y, m, d, hasDay ? 'day' : 'month', r.end) });
    } else if (!ref) {
      out.push({ ...base, value: null, precision: null });
    } else if (hasDay && !hasWeekday) {
      // "le 25 novembre dernier": the day is in the words; the year comes from the article, and what it tells is past.
      const back = !/prochain/iu.test(quote) && `${y}-${pad(m)}-${pad(d)}` > ref.last ? 1 : 0;
      const found = exact(y - back, m, d, ref.precision === 'year' && !hasMonth ? 'year' : 'day', r.end);
      if (back && found.dateEnd) found.dateEnd = `${Number(found.dateEnd.slice(0, 4)) - back}${found.dateEnd.slice(4)}`;
      out.push({ ...base, ...found });
    } else if (hasDay && hasWeekday) {
      out.push({ ...base, ...exact(y, m, d, 'day', r.end) });
    } else if (hasWeekday) {
      // "jeudi" is only as precise as the article's own date, and news tells what is past: the last Thursday on or before it.
      const day = /prochain/iu.test(quote) ? { y, m, d } : onOrBefore(y, m, d, ref.last);
      out.push({ ...base, ...exact(day.y, day.m, day.d, ref.precision, undefined, ref) });
    } else {
      out.push({ ...base, ...exact(y, m, d, 'month', r.end) });
    }
  }
  // "en juin 2022": chrono reads a month only with its day; a month and year it left out are read here.
  for (const my of findMonthYears(text)) {
    if (out.some((d) => my.start < d.end && my.end > d.start)) continue;
    out.push({ start: my.start, end: my.end, quote: text.slice(my.start, my.end), value: my.value, precision: 'month' });
  }
  // "En janvier, …" in an article of December 2024: January 2024.
  if (ref) {
    for (const alone of findMonthsAlone(text)) {
      if (out.some((d) => alone.start < d.end && alone.end > d.start)) continue;
      const year = Number(ref.value.slice(0, 4));
      const value = `${year - (ref.precision !== 'year' && `${year}-${pad(alone.month)}` > ref.value.slice(0, 7) ? 1 : 0)}-${pad(alone.month)}`;
      out.push({ start: alone.start, end: alone.end, quote: text.slice(alone.start, alone.end), value, precision: 'month' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "avant-hier", "après-demain": chrono reads the "hier" or "demain" alone; the word before moves it one day further. */
function onceMore(text: string, index: number, quote: string): number {
  const before = text.slice(Math.max(0, index - 6), index).toLowerCase();
  if (/^hier$/iu.test(quote) && /avant[- ]$/u.test(before)) return -1;
  if (/^demain$/iu.test(quote) && /après[- ]$/u.test(before)) return 1;
  return 0;
}

function shifted(start: chronoFr.ParsedResult['start'], days: number): { y: number; m: number; d: number } {
  const day = new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')! + days));
  return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
}

/** The day chrono chose, a week earlier when it falls after `last` (YYYY-MM-DD): "a reçu jeudi" in Monday's paper is last Thursday. */
function onOrBefore(y: number, m: number, d: number, last: string): { y: number; m: number; d: number } {
  const chosen = new Date(Date.UTC(y, m - 1, d));
  if (chosen.toISOString().slice(0, 10) <= last) return { y, m, d };
  chosen.setUTCDate(chosen.getUTCDate() - 7);
  return { y: chosen.getUTCFullYear(), m: chosen.getUTCMonth() + 1, d: chosen.getUTCDate() };
}

function exact(
  y: number,
  m: number,
  d: number,
  precision: DatePrecision,
  end?: chronoFr.ParsedResult['start'],
  clampTo?: PartialDate,
): Pick<DateExpression, 'value' | 'precision' | 'dateEnd'> {
  if (clampTo && precision !== 'day') return { value: clampTo.value.slice(0, precision === 'month' ? 7 : 4), precision };
  const value = precision === 'day' ? `${y}-${pad(m)}-${pad(d)}` : precision === 'month' ? `${y}-${pad(m)}` : String(y);
  const dateEnd =
    end && precision === 'day' && end.isCertain('day') ? `${end.get('year')}-${pad(end.get('month')!)}-${pad(end.get('day')!)}` : undefined;
  return { value, precision, ...(dateEnd && dateEnd !== value ? { dateEnd } : {}) };
}
