/**
 * `npm run bench:ingest`: how long reading takes, in this thread, for each
 * crafted text (server/ingest/testing/crafted-articles.ts) from 32 kB to
 * the whole megabyte — a request's budget is 2 s; "(refused)" marks a text
 * refused as more than one article — with the growth from 32 to 128 kB
 * (linear is 4×), and the seed articles' median. Best of `--runs` (default
 * 3) per cell, the cells measured one after another in one run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLE_MAX_BYTES } from '../contract/requests';
import { CRAFTED_ARTICLES, craftedArticle } from '../ingest/testing/crafted-articles';
import { readingTime } from '../ingest/testing/reading-time';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs) || 3);
const KB = 1024;
const SIZES = { '32 kB': 32 * KB, '128 kB': 128 * KB, '512 kB': 512 * KB, '1 MB': ARTICLE_MAX_BYTES - 16 };

const best = (text: string) => {
  const times = Array.from({ length: runs }, () => readingTime(text));
  return { ms: Math.min(...times.map((t) => t.ms)), refused: times[0]!.refused };
};
const cell = ({ ms, refused }: { ms: number; refused: boolean }) => `${Math.round(ms)}${refused ? ' (refused)' : ''}`;

const seedDir = join(import.meta.dirname, '../../graph-seed/articles');
const seedTexts = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
best(seedTexts[0] ?? 'Rabat'); // the first read pays the lexicons' set-up
const seedMs = seedTexts.map((text) => best(text).ms).sort((a, b) => a - b);

const rows = Object.entries(CRAFTED_ARTICLES).map(([name, unit]) => {
  const times = Object.fromEntries(Object.entries(SIZES).map(([size, bytes]) => [size, best(craftedArticle(unit, bytes))]));
  const growth = times['128 kB']!.ms / times['32 kB']!.ms;
  return { text: name, ...Object.fromEntries(Object.entries(times).map(([size, time]) => [`${size} ms`, cell(time)])), 'growth 32→128 kB': +growth.toFixed(2) };
});
console.info(`reading, best of ${runs}, in this thread; a request's budget is 2000 ms`);
console.table(rows);
console.info(`seed articles (${seedMs.length}): median ${seedMs[seedMs.length >> 1]?.toFixed(1)} ms, slowest ${seedMs.at(-1)?.toFixed(1)} ms`);
