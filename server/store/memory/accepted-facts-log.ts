/**
 * The embedded store's log of accepted articles, shared by every process that
 * opens the same data dir (a running server, `npm run ingest -- --accept`).
 * One writer at a time: appends take the file's lock (proper-lockfile),
 * re-read the file under it, catch up with what others appended, and replace
 * the file atomically (temporary file, fsync, rename, fsync of the directory).
 * Readers need no lock: a rename replaces the file whole. A process that did
 * not write a batch sees it when the file changes (polled) or before its own
 * next write.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, unwatchFile, watchFile, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { GraphData } from '../../contract/model';
import { type AcceptedBatch, batchError, danglingEnd, readAcceptedFacts } from './accepted-facts-file';

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

/**
 * A lock is stale when its holder stopped refreshing it this long ago (killed
 * mid-write): short, so a restart after kill -9 waits little; retries cover it.
 */
const LOCK_OPTIONS = {
  realpath: false,
  stale: 5_000,
  retries: { retries: 80, factor: 1.3, minTimeout: 20, maxTimeout: 200 },
} satisfies lockfile.LockOptions;

const temporaryPrefix = (path: string) => `${basename(path)}.`;
const isTemporary = (path: string, name: string) => name.startsWith(temporaryPrefix(path)) && name.endsWith('.tmp');

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
        writeAcceptedFacts(path, [...batches, batch]);
        const { mtimeMs, size } = statSync(path);
        written = { mtimeMs, size };
        applied = batches.length + 1;
        target.apply(batch.data);
        return true;
      }),
    close: () => unwatchFile(path, onChange),
  };
}

async function locked<T>(path: string, work: () => T): Promise<T> {
  const release = await lockfile.lock(path, LOCK_OPTIONS);
  try {
    return work();
  } finally {
    await release();
  }
}

/** Called under the lock: any temporary file is a writer's that died before its rename. */
function removeStrayTemporaries(path: string): void {
  const dir = dirname(path);
  for (const name of readdirSync(dir)) if (isTemporary(path, name)) rmSync(join(dir, name), { force: true });
}

function writeAcceptedFacts(path: string, batches: AcceptedBatch[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, JSON.stringify({ version: 1, batches }));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}

/** The rename is durable only once the directory entry is on disk. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename still happened.
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
