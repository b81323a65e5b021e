/**
 * The embedded store's files in the data dir (accepted facts, notes), shared
 * by every process that opens the same dir: one writer at a time under the
 * file's lock (proper-lockfile), each write a whole new file put in place
 * atomically (temporary file, fsync, rename, fsync of the directory), so a
 * reader needs no lock and a writer killed mid-write leaves the old file whole.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';

/** A data file that cannot be read as what it should be: its message names the file and the reason; nothing is repaired. */
export class DataFileError extends Error {
  override readonly name: string = 'DataFileError';
}

/** What every such message ends with. */
export const UNTOUCHED = 'fix or move it — Liaison will not overwrite it';

/**
 * The JSON in the file at `path`, or undefined when there is none. A
 * directory in its place, a file that cannot be read or text that is not JSON
 * is a `DataFileError` of the caller's class, naming the file.
 */
export function readJsonFile(path: string, Failure: new (message: string) => DataFileError): unknown {
  let content: string;
  try {
    if (!statSync(path).isFile()) throw new Failure(`${path}: is not a file (a directory or a device is in its place); ${UNTOUCHED}`);
    content = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Failure(`${path}: cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new Failure(`${path}: not valid JSON (${(error as Error).message}); ${UNTOUCHED}`);
  }
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

/** Runs `work` holding the lock of the file at `path` (the file need not exist). */
export async function locked<T>(path: string, work: () => T): Promise<T> {
  const release = await lockfile.lock(path, LOCK_OPTIONS);
  try {
    return work();
  } finally {
    await release();
  }
}

const temporaryPrefix = (path: string) => `${basename(path)}.`;
const isTemporary = (path: string, name: string) => name.startsWith(temporaryPrefix(path)) && name.endsWith('.tmp');

/** Call under the lock: any temporary file of `path` is a writer's that died before its rename. */
export function removeStrayTemporaries(path: string): void {
  const dir = dirname(path);
  for (const name of readdirSync(dir)) if (isTemporary(path, name)) rmSync(join(dir, name), { force: true });
}

/** Replaces the file at `path` with `content` whole; call under the lock. */
export function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, content);
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
