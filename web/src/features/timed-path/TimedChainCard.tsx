import type { TimedPath } from '@contract/analysis';
import { formatDate } from '../../format/dates';
import { IN_TIME } from '../../graph/stylesheet';

interface TimedChainCardProps {
  chain: TimedPath;
  /** The two ends asked for, by label (the chain names them only when it exists). */
  ends: [string, string];
  onSelect: (id: string) => void;
  onClear: () => void;
}

/** The chain of meetings in time order, step by step with its dates, over the canvas: could word have passed from one to the other? */
export function TimedChainCard({ chain, ends, onSelect, onClear }: TimedChainCardProps) {
  const label = (id: string) => chain.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <section className="timed-chain" aria-label="Connected in time" style={{ borderColor: IN_TIME }}>
      <header>
        <h2>Connected in time</h2>
        <button type="button" className="link" onClick={onClear}>Clear</button>
      </header>
      {chain.steps.length === 0 ? (
        <p role="status">
          No chain of meetings in time order from <strong>{ends[0]}</strong> to <strong>{ends[1]}</strong>
          {chain.reason && !/^no chain/i.test(chain.reason) ? `: ${chain.reason}` : ' under these filters.'}
        </p>
      ) : (
        <ol>
          {chain.steps.map((step) => (
            <li key={step.meeting}>
              <span className="step-date">{formatDate(step.date, step.precision, step.dateEnd)}</span>
              <span>
                <button type="button" className="link" onClick={() => onSelect(step.from)}>{label(step.from)}</button>
                {' met '}
                <button type="button" className="link" onClick={() => onSelect(step.to)}>{label(step.to)}</button>
              </span>
              <button type="button" className="link step-meeting" onClick={() => onSelect(step.meeting)}>{step.label.split(' · ')[0]}</button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
