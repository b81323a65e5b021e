import { useEffect, useRef } from 'react';
import { useArticle } from '../../api/queries';
import { formatDate } from '../../format/dates';
import { useModalDialog } from '../dialog/useModalDialog';
import { articleBody } from './article-body';

interface ArticleDialogProps {
  articleId: string;
  quote?: string;
  onClose: () => void;
}

/** The article as collected, with the quote highlighted and scrolled into view. */
export function ArticleDialog({ articleId, quote, onClose }: ArticleDialogProps) {
  const { data, isLoading, isError, error } = useArticle(articleId);
  const mark = useRef<HTMLElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useModalDialog(close, onClose);
  // Block body: scrollIntoView returns a Promise in recent browsers, which React would take for a cleanup.
  useEffect(() => {
    void mark.current?.scrollIntoView({ block: 'center' });
  }, [data, quote]);

  const text = data ? articleBody(data.text, data.title) : '';
  const at = quote && data ? text.indexOf(quote) : -1;
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="article-title">
        <header>
          <h2 id="article-title">{data?.title ?? 'Article'}</h2>
          {data && (
            <p className="muted">
              {formatDate(data.published, data.precision)}
              {data.publisher ? ` · ${data.publisher}` : ''}
              {data.url && (
                <>
                  {' · '}
                  <a href={data.url} target="_blank" rel="noreferrer noopener">
                    source
                  </a>
                </>
              )}
            </p>
          )}
          <button type="button" ref={close} className="close" aria-label="Close article" onClick={onClose}>×</button>
        </header>
        <div className="article-text">
          {isLoading && <p className="muted">Loading the article…</p>}
          {isError && <p role="alert">Could not load the article: {error.message}</p>}
          {data &&
            (at >= 0 ? (
              <>
                {text.slice(0, at)}
                <mark ref={mark}>{quote}</mark>
                {text.slice(at + quote!.length)}
              </>
            ) : (
              text
            ))}
        </div>
      </div>
    </div>
  );
}
