import { useRef, useState } from 'react';
import type { Proposal } from '@contract/proposal';
import { ApiError } from '../../api/client';
import { useAcceptArticle, useProposeArticle } from '../../api/queries';
import { useModalDialog } from '../dialog/useModalDialog';
import { ProposalReview } from './ProposalReview';

interface AddArticleDialogProps {
  onClose: () => void;
  /** Opens the graph on an entity the accepted article added or touched. */
  onExplore: (id: string) => void;
}

const fieldError = (error: unknown, field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);

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
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setExcluded(new Set());
    accept.reset();
    propose.mutate(body);
  };
  const toggle = (key: string) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    propose.reset();
  };

  const kept = proposal ? [...proposal.persons, ...proposal.organizations, ...proposal.meetings].filter((f) => !excluded.has(f.key)).length : 0;
  const firstMeeting = proposal?.meetings.find((m) => !excluded.has(m.key) && m.date && m.country);
  const focusId = firstMeeting?.id ?? proposal?.persons.find((p) => !excluded.has(p.key))?.id;
  const error = propose.error ?? accept.error;
  const generalError = error && !fieldError(error, 'text') && !fieldError(error, 'date') ? error.message : undefined;

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog add-article" role="dialog" aria-modal="true" aria-labelledby="add-article-title">
        <header>
          <h2 id="add-article-title">Add an article</h2>
          <p className="muted">Paste a French news article. Liaison proposes the people, agencies and meetings it states, each with its quote; you choose what joins the graph.</p>
          <button type="button" className="close" aria-label="Close" onClick={onClose}>×</button>
        </header>
        <div className="dialog-body">
          <form onSubmit={submit} className="compose">
            <label htmlFor="article-text">Article text</label>
            <textarea
              id="article-text"
              ref={textArea}
              value={text}
              rows={proposal ? 4 : 12}
              onChange={(e) => {
                setText(e.target.value);
                propose.reset();
                accept.reset();
              }}
              aria-invalid={Boolean(fieldError(error, 'text'))}
              aria-describedby="article-text-error"
              placeholder="Le Directeur général de la Sûreté nationale, M. Abdellatif Hammouchi, a reçu lundi à Rabat…"
            />
            {fieldError(error, 'text') && (
              <p id="article-text-error" className="field-error" role="alert">
                {fieldError(error, 'text')}
              </p>
            )}
            <div className="compose-row">
              <label>
                Article date <span className="muted">(when the text gives none)</span>
                <input
                  value={date}
                  onChange={(e) => setDate(e.target.value)}
                  placeholder="YYYY-MM-DD"
                  size={12}
                  aria-invalid={Boolean(fieldError(error, 'date'))}
                />
              </label>
              <label className="file">
                Load a .txt file
                <input type="file" accept=".txt,text/plain" onChange={(e) => void loadFile(e.target.files?.[0])} />
              </label>
              <button type="submit" className="primary" disabled={!text.trim() || propose.isPending}>
                {propose.isPending ? 'Reading…' : 'Propose facts'}
              </button>
            </div>
            {fieldError(error, 'date') && (
              <p className="field-error" role="alert">
                Date: {fieldError(error, 'date')}
              </p>
            )}
          </form>
          {generalError && (
            <p className="banner error" role="alert">
              {generalError}
            </p>
          )}
          {proposal && !accept.data && <ProposalReview proposal={proposal} excluded={excluded} onToggle={toggle} />}
          {accept.data && (
            <div className="banner ok" role="status">
              {accept.data.unchanged
                ? 'Already in the graph: nothing was written.'
                : `Added to the graph: ${accept.data.written.nodes} nodes and ${accept.data.written.relationships} relationships written or merged, each with its quote.`}
              {focusId && (
                <button type="button" onClick={() => onExplore(focusId)}>
                  Show in the graph
                </button>
              )}
            </div>
          )}
        </div>
        {proposal && !accept.data && (
          <footer>
            <span className="muted">
              {kept} of {proposal.persons.length + proposal.organizations.length + proposal.meetings.length} facts kept
            </span>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={kept === 0 || accept.isPending} onClick={() => accept.mutate({ ...body, exclude: [...excluded] })}>
              {accept.isPending ? 'Adding…' : `Accept ${kept} fact${kept === 1 ? '' : 's'}`}
            </button>
          </footer>
        )}
      </div>
    </div>
  );
}
