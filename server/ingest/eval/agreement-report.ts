/** `npm run eval:agreement`'s output: what the two readings disagree on (--notes), the table, and the intervals. */
import { CORPUS_DIR, SEED_DIR, loadSeed } from '../../../graph-seed/load';
import { agreement, readSecondReading } from './agreement';
import { goldArticles } from './gold';
import { intervalTable, reportTable } from './report';

const result = agreement(readSecondReading(), goldArticles(loadSeed([SEED_DIR, CORPUS_DIR])));
if (process.argv.includes('--notes')) {
  for (const { articleId, lines } of result.notes) {
    console.log(articleId);
    for (const line of lines) console.log(`  - ${line}`);
  }
}
console.log(reportTable({ 'two curators': result }));
console.log(intervalTable({ 'two curators': result }));
