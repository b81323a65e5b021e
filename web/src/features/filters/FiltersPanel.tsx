import { NODE_TYPES, type NodeType } from '@contract/model';
import type { Facets } from '@contract/results';
import { TOPICS, type TopicId } from '@contract/topics';
import { TYPE_STYLES } from '../../graph/node-types';
import { boundYear, type Filters } from '../../state/view';
import { periodLabel } from '../../format/periods';

interface FiltersPanelProps {
  filters: Filters;
  facets: Facets | undefined;
  onChange: (filters: Partial<Filters>) => void;
}

/** Year range over a histogram of meetings per year, threat topics with counts, node types. */
export function FiltersPanel({ filters, facets, onChange }: FiltersPanelProps) {
  return (
    <section className="filters" aria-label="Filters">
      <YearRange filters={filters} facets={facets} onChange={onChange} />
      <TopicFilter filters={filters} facets={facets} onChange={onChange} />
      <TypeFilter filters={filters} onChange={onChange} />
    </section>
  );
}

export function yearDomain(facets: Facets | undefined): number[] {
  const years = facets?.meetingsPerYear.map((y) => y.year) ?? [];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function YearRange({ filters, facets, onChange }: FiltersPanelProps) {
  const years = yearDomain(facets);
  if (years.length === 0) return null;
  const counts = new Map(facets!.meetingsPerYear.map((y) => [y.year, y.count]));
  const max = Math.max(...counts.values(), 1);
  const first = years[0]!;
  const last = years.at(-1)!;
  // The time bar may have set months: the sliders show their years, and move by whole years.
  const from = filters.from !== undefined ? boundYear(filters.from) : first;
  const to = filters.to !== undefined ? boundYear(filters.to) : last;
  const months = typeof filters.from === 'string' || typeof filters.to === 'string';
  const set = (nextFrom: number, nextTo: number) =>
    onChange({ from: nextFrom <= first ? undefined : nextFrom, to: nextTo >= last ? undefined : nextTo });
  return (
    <fieldset className="year-range">
      <legend>
        Years <span className="muted">{months ? periodLabel(filters.from ?? first, filters.to ?? last) : from === to ? from : `${from}–${to}`}</span>
        {(filters.from !== undefined || filters.to !== undefined) && (
          <button type="button" className="link" onClick={() => onChange({ from: undefined, to: undefined })}>
            all
          </button>
        )}
      </legend>
      {/* Mouse shortcuts: the sliders below do the same by keyboard. Each bar says its year under it, not only in a tooltip. */}
      <div className="histogram" aria-hidden>
        {years.map((year) => (
          <div key={year} className="bar-column">
            <button
              type="button"
              tabIndex={-1}
              title={`${year}: ${counts.get(year) ?? 0} meeting(s) — click to show only ${year}`}
              className={year >= from && year <= to ? 'bar in' : 'bar'}
              style={{ height: `${(counts.get(year) ?? 0) === 0 ? 2 : 6 + ((counts.get(year) ?? 0) / max) * 40}px` }}
              onClick={() => set(year, year)}
            />
            <span className="bar-year">{yearLabel(year, years.length)}</span>
          </div>
        ))}
      </div>
      <div className="range-row">
        <YearSlider label="Year from" first={first} last={last} value={from} onChange={(year) => set(Math.min(year, to), to)} />
        <YearSlider label="Year to" first={first} last={last} value={to} onChange={(year) => set(from, Math.max(year, from))} />
      </div>
    </fieldset>
  );
}

/** All years fit under their bars as "’22"; past a dozen, every fifth year is written in full. */
export function yearLabel(year: number, count: number): string {
  if (count <= 12) return `’${String(year).slice(2)}`;
  return year % 5 === 0 ? String(year) : '';
}

function YearSlider({ label, first, last, value, onChange }: { label: string; first: number; last: number; value: number; onChange: (year: number) => void }) {
  return <input type="range" aria-label={label} min={first} max={last} value={value} onChange={(e) => onChange(Number(e.target.value))} />;
}

function TopicFilter({ filters, facets, onChange }: FiltersPanelProps) {
  const rows = facets?.meetingsPerTopic ?? [];
  const toggle = (topic: TopicId) =>
    onChange({ topics: filters.topics.includes(topic) ? filters.topics.filter((t) => t !== topic) : [...filters.topics, topic] });
  return (
    <fieldset className="topics">
      <legend>
        Topics
        {filters.topics.length > 0 && (
          <button type="button" className="link" onClick={() => onChange({ topics: [] })}>
            clear
          </button>
        )}
      </legend>
      <ul>
        {rows.map(({ topic, count }) => (
          <li key={topic}>
            <label className={count === 0 ? 'muted' : undefined}>
              <input type="checkbox" checked={filters.topics.includes(topic)} onChange={() => toggle(topic)} />
              {TOPICS[topic].en}
              <span className="count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function TypeFilter({ filters, onChange }: Pick<FiltersPanelProps, 'filters' | 'onChange'>) {
  const shown = (type: NodeType) => filters.types.length === 0 || filters.types.includes(type);
  const toggle = (type: NodeType) => {
    const next = NODE_TYPES.filter((t) => (t === type ? !shown(t) : shown(t)));
    onChange({ types: next.length === NODE_TYPES.length ? [] : next });
  };
  return (
    <fieldset className="types">
      <legend>Node types</legend>
      <ul>
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <label>
              <input type="checkbox" checked={shown(type)} onChange={() => toggle(type)} />
              <span className="swatch" style={{ background: TYPE_STYLES[type].color }} aria-hidden />
              {TYPE_STYLES[type].label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
