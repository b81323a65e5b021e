import { ApiError } from '../../api/client';

/** The server's message about one field of the article, if it refused that field. */
export const fieldError = (error: unknown, field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);

interface ArticleFormProps {
  textArea: React.RefObject<HTMLTextAreaElement | null>;
  text: string;
  date: string;
  /** A proposal is shown below: the text box shrinks to make room. */
  compact: boolean;
  pending: boolean;
  error: Error | null;
  onText: (text: string) => void;
  onDate: (date: string) => void;
  onLoaded: (text: string) => void;
  onSubmit: () => void;
}

/** The article's text (pasted or loaded from a file) and its date when the text gives none. */
export function ArticleForm({ textArea, text, date, compact, pending, error, onText, onDate, onLoaded, onSubmit }: ArticleFormProps) {
  const loadFile = async (file: File | undefined) => {
    if (file) onLoaded(await file.text());
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      className="compose"
    >
      <label htmlFor="article-text">Article text</label>
      <textarea
        id="article-text"
        ref={textArea}
        value={text}
        rows={compact ? 4 : 12}
        onChange={(e) => onText(e.target.value)}
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
          <input value={date} onChange={(e) => onDate(e.target.value)} placeholder="YYYY-MM-DD" size={12} aria-invalid={Boolean(fieldError(error, 'date'))} />
        </label>
        <label className="file">
          Load a .txt file
          <input type="file" accept=".txt,text/plain" onChange={(e) => void loadFile(e.target.files?.[0])} />
        </label>
        <button type="submit" className="primary" disabled={!text.trim() || pending}>
          {pending ? 'Reading…' : 'Propose facts'}
        </button>
      </div>
      {fieldError(error, 'date') && (
        <p className="field-error" role="alert">
          Date: {fieldError(error, 'date')}
        </p>
      )}
    </form>
  );
}
