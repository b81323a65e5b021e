import type { TimelineMonth } from '@contract/analysis';
import { useTimeline } from '../../api/analysis-queries';
import { periodLabel } from '../../format/periods';
import type { Filters } from '../../state/view';
import { MonthBrush } from './MonthBrush';
import { filtersOf, windowOf, type MonthWindow, type PlayMode } from './play-steps';
import { SPEEDS, usePlayback, type Speed } from './usePlayback';

interface TimeBarProps {
  filters: Filters;
  /** `playing`: a step of Play, which replaces the history entry instead of adding one per month. */
  onChange: (filters: Pick<Filters, 'from' | 'to'>, playing: boolean) => void;
}

/** Meetings per month under the canvas: brush months to filter the canvas and every expansion, or play through them. */
export function TimeBar({ filters, onChange }: TimeBarProps) {
  const timeline = useTimeline(filters);
  // While the months load, the same bar without them: the canvas above keeps its height (and a PNG export its size).
  if (timeline.data?.length === 0) return null;
  return <TimeBarWith months={timeline.data ?? []} filters={filters} onChange={onChange} />;
}

function TimeBarWith({ months, filters, onChange }: TimeBarProps & { months: TimelineMonth[] }) {
  const names = months.map((m) => m.month);
  const window = windowOf(filters, names);
  const choose = (next: MonthWindow, playing: boolean) => onChange(filtersOf(next, names), playing);
  const playback = usePlayback(window, names.length, (next) => choose(next, true));
  const filtered = filters.from !== undefined || filters.to !== undefined;
  const loading = names.length === 0;
  return (
    <section className="time-bar" aria-label="Time bar">
      <div className="time-controls">
        {playback.playing ? (
          <button type="button" className="primary" onClick={playback.pause}>Pause</button>
        ) : (
          <button type="button" className="primary" onClick={playback.play} disabled={loading}>Play</button>
        )}
        <button type="button" onClick={playback.step} aria-label="Step" title="One month on" disabled={loading}>
          Step ›
        </button>
        <label>
          Mode
          <select aria-label="Play mode" value={playback.mode} onChange={(e) => playback.setMode(e.target.value as PlayMode)}>
            <option value="cumulative">Cumulative</option>
            <option value="sliding">Sliding</option>
          </select>
        </label>
        <label>
          Speed
          <select value={playback.speed} onChange={(e) => playback.setSpeed(e.target.value as Speed)}>
            {(Object.keys(SPEEDS) as Speed[]).map((s) => (
              <option key={s} value={s}>{SPEED_LABELS[s]}</option>
            ))}
          </select>
        </label>
        <output className="time-window" aria-live="polite">
          {loading ? '…' : periodLabel(names[window[0]]!, names[window[1]]!)}
        </output>
        {filtered && (
          <button type="button" className="link" onClick={() => onChange({ from: undefined, to: undefined }, false)}>
            All dates
          </button>
        )}
      </div>
      <MonthBrush months={months} window={window} brushed={filtered} onBrush={(next) => choose(next, false)} />
    </section>
  );
}

const SPEED_LABELS: Record<Speed, string> = { slow: 'Slow', normal: 'Normal', fast: 'Fast' };
