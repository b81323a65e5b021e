/**
 * Where the embedded store keeps accepted articles: one JSON file outside
 * graph-seed/ (the curated seed is never edited), replayed over the seed at
 * startup. Written atomically (temporary file, fsync, rename), so a crash or
 * a full disk leaves the previous file whole.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphData } from '../api/model';

export interface AcceptedBatch {
  acceptedAt: string;
  articleId: string;
  data: GraphData;
}

interface AcceptedFile {
  version: 1;
  batches: AcceptedBatch[];
}

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `LIAISON_DATA_DIR`, else data/ at the project root (git-ignored). */
export function acceptedFactsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.LIAISON_DATA_DIR ? resolve(env.LIAISON_DATA_DIR) : join(PROJECT_ROOT, 'data'), 'accepted-facts.json');
}

export class AcceptedFactsError extends Error {
  override readonly name = 'AcceptedFactsError';
}

export function readAcceptedFacts(path: string): AcceptedBatch[] {
  if (!existsSync(path)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AcceptedFactsError(`${path}: not valid JSON (${(error as Error).message}); fix or move it — Liaison will not overwrite it`);
  }
  const file = parsed as Partial<AcceptedFile>;
  if (file.version !== 1 || !Array.isArray(file.batches)) {
    throw new AcceptedFactsError(`${path}: not a Liaison accepted-facts file (expected {"version": 1, "batches": [...]})`);
  }
  return file.batches;
}

export function appendAcceptedFacts(path: string, batch: AcceptedBatch): void {
  const batches = readAcceptedFacts(path);
  const content = JSON.stringify({ version: 1, batches: [...batches, batch] } satisfies AcceptedFile);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}
