/** The evaluation as a researcher reads it: splits side by side, precision / recall / F1 per field, against the targets. */
import { f1Interval } from './intervals';
import { f1, FIELDS, type Field } from './score';
import type { SplitResult } from './split-eval';

/** The issue's targets, for the test split. */
export const TARGETS: Record<Field | 'meeting dates', number> = {
  persons: 0.95,
  organizations: 0.9,
  countries: 0.95,
  meetings: 0.85,
  'meeting dates': 0.9,
  topics: 0.8,
};

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** One row per field, one column group (P / R / F1) per split. */
export function reportTable(splits: Record<string, SplitResult>): string {
  const names = Object.keys(splits);
  const cell = (s: string) => s.padStart(17);
  const lines = [`${'field'.padEnd(14)}${names.map((n) => cell(`${n} (${splits[n]!.articles})`)).join('')}${'target'.padStart(8)}`];
  lines.push(`${''.padEnd(14)}${names.map(() => cell('P    R    F1')).join('')}`);
  for (const field of FIELDS) {
    const row = names.map((n) => {
      const s = f1(splits[n]!.counts[field]);
      return cell(`${pct(s.precision).padStart(4)} ${pct(s.recall).padStart(4)} ${s.f1.toFixed(2)}`);
    });
    lines.push(`${field.padEnd(14)}${row.join('')}${`≥${TARGETS[field]}`.padStart(8)}`);
  }
  const dates = names.map((n) => {
    const { found, right } = splits[n]!.dates;
    return cell(`${right}/${found} ${(found === 0 ? 1 : right / found).toFixed(2)}`);
  });
  lines.push(`${'meeting dates'.padEnd(14)}${dates.join('')}${`≥${TARGETS['meeting dates']}`.padStart(8)}`);
  return lines.join('\n');
}

/** The F1 figures' 95% intervals over each split's articles, under the table. */
export function intervalTable(splits: Record<string, SplitResult>): string {
  const names = Object.keys(splits);
  const cell = (s: string) => s.padStart(17);
  const lines = ['F1, 95% interval over articles (bootstrap)'];
  for (const field of FIELDS) {
    const row = names.map((n) => f1Interval(splits[n]!, field)).map(([lo, hi]) => cell(`${lo.toFixed(2)}–${hi.toFixed(2)}`));
    lines.push(`${field.padEnd(14)}${row.join('')}`);
  }
  return lines.join('\n');
}
