/** Where the embedded store keeps accepted articles and notes: `LIAISON_DATA_DIR`, else data/ at the project root (git-ignored). */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function acceptedFactsPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.LIAISON_DATA_DIR ? resolve(env.LIAISON_DATA_DIR) : join(PROJECT_ROOT, 'data'), 'accepted-facts.json');
}

/** The notes file, in the same data dir as the accepted facts. */
export function notesPathBeside(acceptedFactsFile: string): string {
  return join(dirname(acceptedFactsFile), 'notes.json');
}
