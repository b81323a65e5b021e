import { ApiError } from '../../api/client';
import type { LoadedFile } from './FileQueue';

/** The server's message about one field of the article, if it refused that field. */
export const fieldError = (error: unknown, field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);

/** FileReader rather than Blob.text(): every browser has it, and so does the test DOM. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

interface ArticleFormProps {
  textArea: React.RefObject<HTMLTextAreaElement | null>;
  text: string;
  /** A proposal is shown below: the text box shrinks to make room. */
  compact: boolean;
  pending: boolean;
  error: Error | null;
  onText: (text: string) => void;
  /** One or several .txt files, in the order chosen; each is proposed and reviewed in turn. */
  onFiles: (files: LoadedFile[]) => void;
  onSubmit: () => void;
}

/** The article's text, pasted or loaded from one or several files. Its date is asked for in the review, only when the text gives none. */
export function ArticleForm({ textArea, text, compact, pending, error, onText, onFiles, onSubmit }: ArticleFormProps) {
  const loadFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    onFiles(await Promise.all(files.map(async (file) => ({ name: file.name, text: await readText(file) }))));
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
        <label className="file">
          Load .txt files
          <input type="file" accept=".txt,text/plain" multiple onChange={(e) => void loadFiles(e.target.files)} />
        </label>
        <button type="submit" className="primary" disabled={!text.trim() || pending}>
          {pending ? 'Reading…' : 'Propose facts'}
        </button>
      </div>
    </form>
  );
}
