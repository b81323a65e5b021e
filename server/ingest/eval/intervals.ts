/**
 * How far a split's figures could move with other articles of the same kind: a percentile bootstrap over its
 * articles (resampled with replacement, each keeping all its facts). Fifteen articles hold about twenty meetings,
 * so one meeting more or less moves the test figure by several points; the interval says how many.
 */
import { quantile } from 'd3-array';
import { randomInt, randomLcg } from 'd3-random';
import { f1, type Counts, type Field } from './score';
import type { SplitResult } from './split-eval';

const RESAMPLES = 2000;

/** The 95% interval of a field's F1 over `result`'s articles; the same every run (a fixed seed). */
export function f1Interval(result: SplitResult, field: Field, seed = 0.15): [number, number] {
  const articles = result.perArticle.map((a) => a.counts[field]);
  if (articles.length === 0) return [1, 1];
  const pick = randomInt.source(randomLcg(seed))(articles.length);
  const scores = Array.from({ length: RESAMPLES }, () => {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (let i = 0; i < articles.length; i++) {
      const c = articles[pick()]!;
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return f1(sum).f1;
  });
  return [quantile(scores, 0.025)!, quantile(scores, 0.975)!];
}
