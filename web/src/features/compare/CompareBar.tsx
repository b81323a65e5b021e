import type { Comparison } from '@contract/analysis';
import { useState } from 'react';
import { TIE_COLOURS } from '../../graph/stylesheet';

interface CompareBarProps {
  periods: [string, string];
  counts: Comparison['counts'] | undefined;
  onPeriods: (a: string, b: string) => void;
}

const CHANGES = [
  { key: 'appeared', label: 'Appeared', means: 'new in the second period' },
  { key: 'vanished', label: 'Vanished', means: 'gone in the second period' },
  { key: 'kept', label: 'Kept', means: 'met in both periods' },
] as const;

const PERIOD_HINT = 'A year (2024), years (2022-2023), a month (2024-11), or two joined by “..” (2024-03..2024-08)';

/** Compare mode under the canvas: the two periods, and what each tie colour means with how many ties wear it. */
export function CompareBar({ periods, counts, onPeriods }: CompareBarProps) {
  const [a, setA] = useState(periods[0]);
  const [b, setB] = useState(periods[1]);
  return (
    <section className="compare-bar" aria-label="Compare periods">
      <form
        className="compare-periods"
        onSubmit={(e) => {
          e.preventDefault();
          onPeriods(a.trim(), b.trim());
        }}
      >
        <label>
          First period
          <input value={a} onChange={(e) => setA(e.target.value)} size={12} placeholder="2024" title={PERIOD_HINT} />
        </label>
        <span aria-hidden>→</span>
        <label>
          Second period
          <input value={b} onChange={(e) => setB(e.target.value)} size={12} placeholder="2025" title={PERIOD_HINT} />
        </label>
        <button type="submit">Compare</button>
      </form>
      <ul className="compare-legend" aria-label="Ties">
        {CHANGES.map((c) => (
          <li key={c.key} title={c.means}>
            <span className={`tie-swatch ${c.key}`} style={{ borderColor: TIE_COLOURS[c.key] }} aria-hidden />
            {c.label}
            <span className="count">{counts ? counts[c.key].toLocaleString('en') : '…'}</span>
            <span className="muted tie-means">{c.means}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
