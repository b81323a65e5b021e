/** Which corpus articles ingestion rules may be written from (dev) and which are only ever scored (test): corpus/splits.yaml. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CORPUS_DIR } from './load';

const splitsFile = z.strictObject({ dev: z.array(z.string()), test: z.array(z.string()) });
export type CorpusSplits = z.output<typeof splitsFile>;

export function readSplits(dir = CORPUS_DIR): CorpusSplits {
  return splitsFile.parse(parse(readFileSync(join(dir, 'splits.yaml'), 'utf8')));
}
