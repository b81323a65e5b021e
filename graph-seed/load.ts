/**
 * Reads graph-seed/ from disk and compiles it. A broken dataset is refused as a
 * whole with every problem listed as `file:line: fact: reason`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { GraphData } from '../server/contract/model';
import { compileSeed } from './compile';
import type { SeedProblem, YamlPath } from './seed-build';
import { entitiesFile, factsFile } from './schema';

// Not new URL('.', import.meta.url): under jsdom (component tests) that URL class resolves it to http:.
export const SEED_DIR = dirname(fileURLToPath(import.meta.url));

export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(readonly problems: SeedProblem[]) {
    super(
      `the seed dataset is broken (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.fact}: ${p.reason}`).join('\n'),
    );
  }
}

interface ParsedYaml<T> {
  file: string;
  data: T | null;
  lineOf: (path: YamlPath) => number | undefined;
}

function readYaml<T>(path: string, display: string, schema: z.ZodType<T>, problems: SeedProblem[]): ParsedYaml<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const lineOf = (p: YamlPath): number | undefined => {
    // Walk up the path until a node with a position is found.
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  for (const error of doc.errors) {
    problems.push({ file: display, path: [], fact: 'YAML', reason: error.message.split('\n')[0] ?? 'syntax error', line: error.linePos?.[0]?.line });
  }
  if (doc.errors.length > 0) return { file: display, data: null, lineOf };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      problems.push({ file: display, path, fact: path.join('.') || 'file', reason: issue.message, line: lineOf(path) });
    }
    return { file: display, data: null, lineOf };
  }
  return { file: display, data: parsed.data, lineOf };
}

/** The corpus: articles collected beyond the five seed ones, curated the same way (see corpus/splits.yaml). */
export const CORPUS_DIR = join(SEED_DIR, 'corpus');

/**
 * Loads and checks the datasets in `dirs` (graph-seed/ by default) as one: each
 * holds entities.yaml, facts/ and articles/, and may use the entities of the
 * ones before it. Throws SeedError.
 */
export function loadSeed(dirs: string | string[] = SEED_DIR): GraphData {
  const problems: SeedProblem[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;
  const parts = (Array.isArray(dirs) ? dirs : [dirs]).map((dir) => {
    const entitiesPath = join(dir, 'entities.yaml');
    const entities = readYaml(entitiesPath, display(entitiesPath), entitiesFile, problems);
    const factsDir = join(dir, 'facts');
    const facts = readdirSync(factsDir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => ({ dir, parsed: readYaml(join(factsDir, name), display(join(factsDir, name)), factsFile, problems) }));
    return { entities, facts };
  });
  if (problems.length > 0 || parts.some((p) => !p.entities.data)) throw new SeedError(problems);

  const lineOf = new Map(parts.flatMap((p) => [p.entities, ...p.facts.map((f) => f.parsed)]).map((f) => [f.file, f.lineOf]));
  const { data, problems: factProblems } = compileSeed({
    entities: parts.map((p) => ({ file: p.entities.file, data: p.entities.data! })),
    facts: parts.flatMap((p) =>
      p.facts.flatMap(({ dir, parsed: f }) => {
        if (!f.data) return [];
        const textPath = join(dir, 'articles', f.data.article.file);
        return [{ file: f.file, data: f.data, text: existsSync(textPath) ? readFileSync(textPath, 'utf8') : null }];
      }),
    ),
  });
  if (factProblems.length > 0) {
    throw new SeedError(factProblems.map((p) => ({ ...p, line: lineOf.get(p.file)?.(p.path) })));
  }
  return data;
}

/** What `npm start` serves and `seed:neo4j` writes: the five seed articles and the corpus. */
export function loadDefaultGraph(): GraphData {
  return loadSeed([SEED_DIR, CORPUS_DIR]);
}
