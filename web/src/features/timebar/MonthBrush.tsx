import type { TimelineMonth } from '@contract/analysis';
import { useRef, useState } from 'react';
import { boundLabel, periodLabel } from '../../format/periods';
import { keyedWindow, type MonthWindow } from './play-steps';

interface MonthBrushProps {
  months: TimelineMonth[];
  window: MonthWindow;
  /** A range is chosen (else the window is every month, and no brush is drawn). */
  brushed: boolean;
  onBrush: (window: MonthWindow) => void;
}

/**
 * Ticks under the bars: each January by its year (every second or fifth year
 * past ten or twenty years), and the first month when it is not a January and
 * stands far enough before the first year's tick not to run into it.
 */
export function monthTicks(months: string[]): { index: number; label: string }[] {
  const stride = months.length > 240 ? 5 : months.length > 120 ? 2 : 1;
  const januaries = months.flatMap((month, index) => (month.endsWith('-01') && Number(month.slice(0, 4)) % stride === 0 ? [{ index, label: month.slice(0, 4) }] : []));
  const first = months[0];
  const room = januaries[0] ? januaries[0].index : months.length;
  if (first && !first.endsWith('-01') && room >= Math.max(6, months.length / 12)) return [{ index: 0, label: boundLabel(first) }, ...januaries];
  return januaries;
}

/**
 * Meetings per month as bars; drag across them to choose a range of months
 * (a click chooses one). Meetings known only by their year show as a faint
 * band over each month of it.
 */
export function MonthBrush({ months, window, brushed, onBrush }: MonthBrushProps) {
  const area = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<MonthWindow | null>(null);
  const shown = dragging ?? window;
  const max = Math.max(...months.map((m) => m.meetings + m.yearOnly / 12), 1);
  const at = (clientX: number) => {
    const box = area.current!.getBoundingClientRect();
    return Math.min(months.length - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * months.length)));
  };
  const span = (a: number, b: number): MonthWindow => [Math.min(a, b), Math.max(a, b)];
  const width = 100 / months.length;
  return (
    <div className="month-brush">
      <div
        ref={area}
        className="month-bars"
        data-testid="month-brush"
        role="slider"
        tabIndex={months.length ? 0 : -1}
        aria-label="Months shown: drag across the bars, or use the arrow keys (Shift moves the end)"
        aria-valuemin={0}
        aria-valuemax={Math.max(months.length - 1, 0)}
        aria-valuenow={Math.max(window[0], 0)}
        aria-valuetext={months.length ? (brushed ? periodLabel(months[window[0]]!.month, months[window[1]]!.month) : `All months, ${periodLabel(months[0]!.month, months.at(-1)!.month)}`) : 'Loading'}
        onKeyDown={(e) => {
          const next = months.length ? keyedWindow(window, e.key, e.shiftKey, months.length, brushed) : null;
          if (!next) return;
          e.preventDefault();
          onBrush(next);
        }}
        onPointerDown={(e) => {
          if (months.length === 0) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          const i = at(e.clientX);
          setDragging([i, i]);
        }}
        onPointerMove={(e) => dragging && setDragging(span(dragging[0], at(e.clientX)))}
        onPointerUp={(e) => {
          if (!dragging) return;
          onBrush(span(dragging[0], at(e.clientX)));
          setDragging(null);
        }}
      >
        {months.map((m, i) => (
          <div
            key={m.month}
            className={(dragging || brushed) && i >= shown[0] && i <= shown[1] ? 'month in' : 'month'}
            title={`${boundLabel(m.month)}: ${m.meetings} meeting${m.meetings === 1 ? '' : 's'}${m.yearOnly ? ` (and ${m.yearOnly} dated only to ${m.month.slice(0, 4)})` : ''}`}
          >
            {m.yearOnly > 0 && <span className="year-only" style={{ height: `${(m.yearOnly / 12 / max) * 100}%` }} />}
            <span className="meetings" style={{ height: m.meetings ? `${Math.max((m.meetings / max) * 100, 8)}%` : '0' }} />
          </div>
        ))}
        {(dragging || brushed) && months.length > 0 && <div className="brush" style={{ left: `${shown[0] * width}%`, width: `${(shown[1] - shown[0] + 1) * width}%` }} aria-hidden />}
      </div>
      <MonthTicks months={months.map((m) => m.month)} />
    </div>
  );
}

function MonthTicks({ months }: { months: string[] }) {
  return (
    <div className="month-ticks" aria-hidden>
      {monthTicks(months).map((t) => (
        <span key={t.index} className="tick" style={{ left: `${(t.index * 100) / months.length}%` }}>
          {t.label}
        </span>
      ))}
    </div>
  );
}
