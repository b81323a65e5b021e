import { useRef } from 'react';
import type { Proposal } from '@contract/proposal';
import { useModalDialog } from '../dialog/useModalDialog';
import { ArticleForm, fieldError } from './ArticleForm';
import { BeforeAccept } from './BeforeAccept';
import { FileQueue } from './FileQueue';
import { ProposalReview } from './ProposalReview';
import { missingBeforeAccept } from './review-checks';
import { useArticleReview } from './useArticleReview';
import './ingest.css';

interface AddArticleDialogProps {
  onClose: () => void;
  /** Opens the graph on an entity the accepted article added or touched. */
  onExplore: (id: string) => void;
}

/** The facts left ticked, out of all proposed. */
function keptFacts(proposal: Proposal | undefined, excluded: ReadonlySet<string>) {
  if (!proposal) return { kept: 0, total: 0, focusId: undefined };
  const all = [...proposal.persons, ...proposal.organizations, ...proposal.meetings];
  const firstMeeting = proposal.meetings.find((m) => !excluded.has(m.key) && m.date && m.country);
  return {
    kept: all.filter((f) => !excluded.has(f.key)).length,
    total: all.length,
    // Where "Show in the graph" goes: the first dated, placed meeting kept, else the first person.
    focusId: firstMeeting?.id ?? proposal.persons.find((p) => !excluded.has(p.key))?.id,
  };
}

/**
 * Paste (or load, one file or several) a French article, review the facts
 * Liaison proposes — each with its quote, new or matched to what the graph
 * holds, unsure merges marked — give its date when the text has none, untick
 * what is wrong, and accept the rest into the graph.
 */
export function AddArticleDialog({ onClose, onExplore }: AddArticleDialogProps) {
  const review = useArticleReview();
  const { proposal, excluded, propose, accept } = review;
  const textArea = useRef<HTMLTextAreaElement>(null);
  useModalDialog(textArea, onClose);

  const { kept, total, focusId } = keptFacts(proposal, excluded);
  const error = propose.error ?? accept.error;
  const generalError = error && !fieldError(error, 'text') && !fieldError(error, 'date') ? error.message : undefined;
  const reviewing = proposal && !accept.data;
  const missing = proposal ? missingBeforeAccept(proposal, review.date, kept) : [];

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog add-article" role="dialog" aria-modal="true" aria-labelledby="add-article-title">
        <header>
          <h2 id="add-article-title">Add an article</h2>
          <p className="muted">Paste a French news article, or load one or several .txt files. Liaison proposes the people, agencies and meetings each states, with its quote; you choose what joins the graph.</p>
          <button type="button" className="close" aria-label="Close" onClick={onClose}>×</button>
        </header>
        <div className="dialog-body">
          <ArticleForm
            textArea={textArea}
            text={review.text}
            compact={Boolean(proposal)}
            pending={propose.isPending}
            error={error}
            onText={review.edit}
            onFiles={review.loadFiles}
            onSubmit={review.submit}
          />
          <FileQueue files={review.files} position={review.position} done={Boolean(accept.data)} onNext={review.next} />
          {generalError && (
            <p className="banner error" role="alert">
              {generalError}
            </p>
          )}
          {reviewing && <BeforeAccept proposal={proposal} missing={missing} date={review.date} dateError={fieldError(error, 'date')} onDate={review.setDate} />}
          {reviewing && <ProposalReview proposal={proposal} excluded={excluded} onToggle={review.toggle} />}
          {accept.data && <AcceptedBanner result={accept.data} onExplore={focusId ? () => onExplore(focusId) : undefined} />}
        </div>
        {reviewing && (
          <ReviewFooter kept={kept} total={total} waiting={missing.length > 0} pending={accept.isPending} onCancel={onClose} onAccept={review.acceptKept} />
        )}
      </div>
    </div>
  );
}

interface ReviewFooterProps {
  kept: number;
  total: number;
  /** Something is missing (listed above the facts): Accept is not offered yet. */
  waiting: boolean;
  pending: boolean;
  onCancel: () => void;
  onAccept: () => void;
}

function ReviewFooter({ kept, total, waiting, pending, onCancel, onAccept }: ReviewFooterProps) {
  return (
    <footer>
      <span className="muted">
        {kept} of {total} facts kept{waiting ? ' · see what is missing above' : ''}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="primary" disabled={waiting || pending} onClick={onAccept}>
        {pending ? 'Adding…' : `Accept ${kept} fact${kept === 1 ? '' : 's'}`}
      </button>
    </footer>
  );
}

function AcceptedBanner({ result, onExplore }: { result: { unchanged: boolean; written: { nodes: number; relationships: number } }; onExplore: (() => void) | undefined }) {
  return (
    <div className="banner ok" role="status">
      {result.unchanged
        ? 'Already in the graph: nothing was written.'
        : `Added to the graph: ${result.written.nodes} nodes and ${result.written.relationships} relationships written or merged, each with its quote.`}
      {onExplore && (
        <button type="button" onClick={onExplore}>
          Show in the graph
        </button>
      )}
    </div>
  );
}
