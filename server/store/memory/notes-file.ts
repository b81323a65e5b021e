/**
 * The embedded store's notes file (notes.json in the data dir, beside the
 * accepted facts): the notes as they stand, `{"version": 1, "notes": [...]}`.
 * Every change takes the file's lock, re-reads it (so that two processes on
 * one data dir lose none of each other's notes), and replaces it atomically
 * (data-file.ts). A running store sees what others wrote when the file
 * changes (polled) or before its own next change. A damaged file is a
 * NotesFileError naming it, and is never overwritten.
 */
import { mkdirSync, statSync, unwatchFile, watchFile, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Note } from '../../contract/model';
import { DataFileError, locked, readJsonFile, removeStrayTemporaries, UNTOUCHED, writeAtomically } from './data-file';

export class NotesFileError extends DataFileError {
  override readonly name = 'NotesFileError';
}

const text = z.string().min(1);
const fileShape = z.object({
  version: z.literal(1),
  notes: z.array(z.object({ id: text, target: text, text, created: z.iso.datetime() })),
});

export function readNotes(path: string): Note[] {
  const parsed = readJsonFile(path, NotesFileError);
  if (parsed === undefined) return [];
  const file = fileShape.safeParse(parsed);
  if (file.success) return file.data.notes;
  const issue = file.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new NotesFileError(`${path}: not a Liaison notes file (${where}${issue?.message ?? 'expected {"version": 1, "notes": [...]}'}); ${UNTOUCHED}`);
}

export interface NotesFile {
  /**
   * Under the lock: reads the file as it is now, computes the new notes
   * (`change` may throw to refuse, and then nothing is written), writes
   * them, and passes them to `onNotes`.
   */
  change(change: (notes: Note[]) => Note[]): Promise<void>;
  close(): void;
}

export interface NotesFileOptions {
  /** How often to look for notes other processes wrote (ms); 0: only before changes. */
  watchIntervalMs?: number;
  onError?: (error: Error) => void;
}

/** Opens the file at `path` (which need not exist): passes its notes to `onNotes` now, whenever it changes, and after each change. */
export async function openNotesFile(path: string, onNotes: (notes: Note[]) => void, options: NotesFileOptions = {}): Promise<NotesFile> {
  onNotes(readNotes(path));
  mkdirSync(dirname(path), { recursive: true });
  await locked(path, () => removeStrayTemporaries(path));
  const onError = options.onError ?? ((error: Error) => console.error(`[liaison] ${error.message}`));
  // The file as this process last wrote it: the poll then skips our own write, already applied.
  let written: { mtimeMs: number; size: number } | undefined;
  const onChange = (current: Stats) => {
    if (written && current.mtimeMs === written.mtimeMs && current.size === written.size) return;
    try {
      onNotes(readNotes(path));
    } catch (error) {
      // Keep serving the notes already read; say why the new ones are not.
      onError(error as Error);
    }
  };
  const interval = options.watchIntervalMs ?? 1000;
  if (interval > 0) watchFile(path, { interval, persistent: false }, onChange);
  return {
    change: (change) =>
      locked(path, () => {
        const notes = change(readNotes(path));
        writeAtomically(path, JSON.stringify({ version: 1, notes }));
        const { mtimeMs, size } = statSync(path);
        written = { mtimeMs, size };
        onNotes(notes);
      }),
    close: () => unwatchFile(path, onChange),
  };
}
