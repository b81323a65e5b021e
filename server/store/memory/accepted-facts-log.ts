/**
 * The embedded store's log of accepted articles, shared by every process that
 * opens the same data dir (a running server, `npm run ingest -- --accept`).
 * One writer at a time: appends take the file's lock, re-read the file under
 * it, catch up with what others appended, and replace the file atomically
 * (see data-file.ts). Readers need no lock: a rename replaces the file whole. A process that did
 * not write a batch sees it when the file changes (polled) or before its own
 * next write.
 */
import { mkdirSync, statSync, unwatchFile, watchFile, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import type { GraphData } from '../../contract/model';
import { type AcceptedBatch, batchError, danglingEnd, readAcceptedFacts } from './accepted-facts-file';
import { locked, removeStrayTemporaries, writeAtomically } from './data-file';

export interface AcceptedFactsLog {
  /** Replays what other processes appended since this one last looked. */
  catchUp(): void;
  /**
   * Under the lock and caught up: `isNew` says whether `batch` adds anything;
   * if so it is appended, then applied. Resolves to whether it was written.
   */
  append(batch: AcceptedBatch, isNew: () => boolean): Promise<boolean>;
  close(): void;
}

export interface LogTarget {
  hasNode(id: string): boolean;
  apply(data: GraphData): void;
}

export interface LogOptions {
  /** How often to look for batches other processes appended (ms); 0: only before writes. */
  watchIntervalMs?: number;
  onError?: (error: Error) => void;
}

/** Opens the log at `path`: clears temporary files a killed writer left, then replays every batch into `target`. */
export async function openAcceptedFactsLog(path: string, target: LogTarget, options: LogOptions = {}): Promise<AcceptedFactsLog> {
  let applied = 0;
  const catchUpWith = (batches: AcceptedBatch[]) => {
    for (let index = applied; index < batches.length; index++) {
      const { data } = batches[index]!;
      const dangling = danglingEnd(data, (id) => target.hasNode(id));
      if (dangling) throw batchError(path, index, dangling);
      target.apply(data);
      applied = index + 1;
    }
  };

  // Validate everything before touching anything: a damaged file stops the start, untouched.
  catchUpWith(readAcceptedFacts(path));
  mkdirSync(dirname(path), { recursive: true });
  await locked(path, () => removeStrayTemporaries(path));

  const catchUp = () => catchUpWith(readAcceptedFacts(path));
  const interval = options.watchIntervalMs ?? 1000;
  const onError = options.onError ?? ((error: Error) => console.error(`[liaison] ${error.message}`));
  // The file as this process last wrote it: the poll then sees our own write, which is already applied.
  let written: { mtimeMs: number; size: number } | undefined;
  const onChange = (current: Stats) => {
    if (written && current.mtimeMs === written.mtimeMs && current.size === written.size) return;
    try {
      catchUp();
    } catch (error) {
      // Keep serving what is already in memory; say why the new batches are not.
      onError(error as Error);
    }
  };
  if (interval > 0) watchFile(path, { interval, persistent: false }, onChange);

  return {
    catchUp,
    append: (batch, isNew) =>
      locked(path, () => {
        const batches = readAcceptedFacts(path);
        catchUpWith(batches);
        if (!isNew()) return false;
        writeAtomically(path, JSON.stringify({ version: 1, batches: [...batches, batch] }));
        const { mtimeMs, size } = statSync(path);
        written = { mtimeMs, size };
        applied = batches.length + 1;
        target.apply(batch.data);
        return true;
      }),
    close: () => unwatchFile(path, onChange),
  };
}
