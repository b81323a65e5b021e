export interface LoadedFile {
  name: string;
  text: string;
}

interface FileQueueProps {
  files: LoadedFile[];
  position: number;
  /** The current file is done with (accepted or skipped): the next may be proposed. */
  done: boolean;
  onNext: () => void;
}

/** Several files loaded at once: which one is under review, and the way to the next. */
export function FileQueue({ files, position, done, onNext }: FileQueueProps) {
  if (files.length < 2) return null;
  const next = files[position + 1];
  return (
    <nav className="file-queue" aria-label="Files">
      <span>
        File {position + 1} of {files.length}: <strong>{files[position]!.name}</strong>
      </span>
      {next && (
        <button type="button" className={done ? 'primary' : undefined} onClick={onNext}>
          {done ? `Next file: ${next.name}` : `Skip to ${next.name}`}
        </button>
      )}
      {!next && done && <span className="muted">Last file reviewed.</span>}
    </nav>
  );
}
