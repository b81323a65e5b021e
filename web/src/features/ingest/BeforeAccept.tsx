import type { Proposal } from '@contract/proposal';
import { needsDateField, typedDate, unsureMerges, type Missing } from './review-checks';

interface BeforeAcceptProps {
  proposal: Proposal;
  missing: Missing[];
  date: string;
  dateError: string | undefined;
  onDate: (date: string) => void;
}

/**
 * Above the facts: what Accept still waits for (the article's date when the
 * text gives none), the date field only then, and the merges to check.
 */
export function BeforeAccept({ proposal, missing, date, dateError, onDate }: BeforeAcceptProps) {
  const merges = unsureMerges(proposal);
  const blocking = missing.filter((m) => m.key !== 'redating');
  const invalid = Boolean(dateError) || (date.trim() !== '' && !typedDate(date));
  return (
    <>
      {missing.length > 0 && (
        <section className={blocking.length > 0 ? 'before-accept' : 'before-accept pending'} aria-label="Before you can accept">
          <h3>{blocking.length > 0 ? 'Before you can accept' : 'Updating the proposal'}</h3>
          <ul>
            {missing.map((m) => (
              <li key={m.key}>{m.text}</li>
            ))}
          </ul>
        </section>
      )}
      {needsDateField(proposal) && (
        <label className="article-date">
          Article date <span className="muted">(required: the text gives none)</span>
          <input
            value={date}
            onChange={(e) => onDate(e.target.value)}
            placeholder="YYYY-MM-DD"
            size={12}
            required
            aria-invalid={invalid}
            aria-describedby={dateError ? 'article-date-error' : undefined}
          />
        </label>
      )}
      {dateError && (
        <p id="article-date-error" className="field-error" role="alert">
          Date: {dateError}
        </p>
      )}
      {merges.length > 0 && (
        <p className="merges-to-check" role="note">
          Check {merges.length === 1 ? 'this merge' : `these ${merges.length} merges`} before accepting (untick a fact to keep it apart): {merges.join('; ')}.
        </p>
      )}
    </>
  );
}
