import { useRef, useState } from 'react';
import type { Proposal } from '@contract/proposal';
import { useAcceptArticle, useProposeArticle } from '../../api/queries';
import { useModalDialog } from '../dialog/useModalDialog';
import { ArticleForm, fieldError } from './ArticleForm';
import { ProposalReview } from './ProposalReview';

interface AddArticleDialogProps {
  onClose: () => void;
  /** Opens the graph on an entity the accepted article added or touched. */
  onExplore: (id: string) => void;
}

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
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
 * Paste (or load) a French article, review the facts Liaison proposes — each
 * with its quote, new or matched to what the graph holds — untick what is
 * wrong, and accept the rest into the graph.
 */
export function AddArticleDialog({ onClose, onExplore }: AddArticleDialogProps) {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const propose = useProposeArticle();
  const accept = useAcceptArticle();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const proposal: Proposal | undefined = propose.data;
  useModalDialog(textArea, onClose);

  const body = { text, ...(date.trim() ? { date: date.trim() } : {}) };
  const toggle = (key: string) => setExcluded((current) => toggled(current, key));
  const { kept, total, focusId } = keptFacts(proposal, excluded);
  const error = propose.error ?? accept.error;
  const generalError = error && !fieldError(error, 'text') && !fieldError(error, 'date') ? error.message : undefined;
  const reviewing = proposal && !accept.data;

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog add-article" role="dialog" aria-modal="true" aria-labelledby="add-article-title">
        <header>
          <h2 id="add-article-title">Add an article</h2>
          <p className="muted">Paste a French news article. Liaison proposes the people, agencies and meetings it states, each with its quote; you choose what joins the graph.</p>
          <button type="button" className="close" aria-label="Close" onClick={onClose}>×</button>
        </header>
        <div className="dialog-body">
          <ArticleForm
            textArea={textArea}
            text={text}
            date={date}
            compact={Boolean(proposal)}
            pending={propose.isPending}
            error={error}
            onText={(value) => {
              setText(value);
              propose.reset();
              accept.reset();
            }}
            onDate={setDate}
            onLoaded={(value) => {
              setText(value);
              propose.reset();
            }}
            onSubmit={() => {
              setExcluded(new Set());
              accept.reset();
              propose.mutate(body);
            }}
          />
          {generalError && (
            <p className="banner error" role="alert">
              {generalError}
            </p>
          )}
          {reviewing && <ProposalReview proposal={proposal} excluded={excluded} onToggle={toggle} />}
          {accept.data && <AcceptedBanner result={accept.data} onExplore={focusId ? () => onExplore(focusId) : undefined} />}
        </div>
        {reviewing && <ReviewFooter kept={kept} total={total} pending={accept.isPending} onCancel={onClose} onAccept={() => accept.mutate({ ...body, exclude: [...excluded] })} />}
      </div>
    </div>
  );
}

function ReviewFooter({ kept, total, pending, onCancel, onAccept }: { kept: number; total: number; pending: boolean; onCancel: () => void; onAccept: () => void }) {
  return (
    <footer>
      <span className="muted">
        {kept} of {total} facts kept
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="primary" disabled={kept === 0 || pending} onClick={onAccept}>
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
