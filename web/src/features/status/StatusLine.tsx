import { PAGE_SIZE } from '../../api/queries';

export interface StatusLineProps {
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  truncated: { id: string; label: string; shown: number; total: number | undefined }[];
  onMore: (id: string) => void;
  notice: string | undefined;
  onDismiss: () => void;
  connecting: string | undefined;
  onCancelConnect: () => void;
}

/** What the canvas is doing or could not do: loading, errors with Retry, connecting, truncated expansions, notices. */
export function StatusLine({ loading, error, onRetry, truncated, onMore, notice, onDismiss, connecting, onCancelConnect }: StatusLineProps) {
  return (
    <div className="status" aria-live="polite">
      {loading && <span className="spinner" role="status">Loading…</span>}
      {error && (
        <div className="banner error" role="alert">
          {error.message}
          <button type="button" onClick={onRetry}>Retry</button>
        </div>
      )}
      {connecting && (
        <div className="banner info">
          {/* One span: the banner is a flex row, which would set the name apart from its colon. */}
          <span>
            Connecting from <strong>{connecting}</strong>: select another node and choose “Connect to here” (the shortest connection) or, between people and agencies, “Connect in time”.
          </span>
          <button type="button" className="link" onClick={onCancelConnect}>cancel</button>
        </div>
      )}
      {truncated.map((t) => (
        <div key={t.id} className="banner info">
          <span>
            <strong>{t.label}</strong>: {t.shown.toLocaleString('en')} of {t.total?.toLocaleString('en') ?? 'many'} neighbours shown.
          </span>
          <button type="button" onClick={() => onMore(t.id)}>Show {PAGE_SIZE} more</button>
        </div>
      ))}
      {notice && (
        <div className="banner info">
          {notice}
          <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss">×</button>
        </div>
      )}
    </div>
  );
}
