/**
 * `npm run eval:ingest`: the pipeline scored against the curated facts, per
 * corpus split (graph-seed/corpus/splits.yaml) and on the five seed articles.
 * Prints what was missed or added per article (--notes=dev,seed to choose
 * which; test-split notes only when asked), a table with the splits side by
 * side, and as its last line one JSON object of the figures per split.
 */
import { CORPUS_DIR, SEED_DIR, loadSeed } from '../../../graph-seed/load';
import { readSplits } from '../../../graph-seed/splits';
import { goldArticles } from './gold';
import { intervalTable, reportTable } from './report';
import { evaluateSplit, splitFigures, type SplitResult } from './split-eval';

const started = performance.now();
const notesFor = new Set((process.argv.find((a) => a.startsWith('--notes='))?.slice(8) ?? 'dev,seed').split(','));
const gold = goldArticles(loadSeed([SEED_DIR, CORPUS_DIR]));
const splits = readSplits();
const pick = (ids: string[]) => gold.filter((g) => ids.includes(g.articleId));
const seedIds = loadSeed(SEED_DIR).articles.map((a) => a.id);

const results: Record<string, SplitResult> = {
  dev: await evaluateSplit(pick(splits.dev)),
  test: await evaluateSplit(pick(splits.test)),
  seed: await evaluateSplit(pick(seedIds)),
};
for (const [name, result] of Object.entries(results)) {
  if (!notesFor.has(name)) continue;
  for (const { articleId, lines } of result.notes) {
    console.log(`${name} ${articleId}`);
    for (const line of lines) console.log(`  - ${line}`);
  }
}
console.log('');
console.log(reportTable(results));
console.log(intervalTable(results));
console.log(`took ${Math.round(performance.now() - started)} ms`);
console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([name, r]) => [name, splitFigures(r)]))));
