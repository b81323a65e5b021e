import { describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES } from '../../contract/requests';
import { ArticleTooLargeError } from '../reading/article-limits';
import { analyseArticle } from './analyse-article';
import { CRAFTED_ARTICLES, craftedArticle } from '../testing/crafted-articles';
import { readingTime } from '../testing/reading-time';

/**
 * Reading grows in proportion to the text: four times the text, about four times the time (a quadratic step
 * would take sixteen). Measured side by side in one test, so a loaded machine slows both; the absolute figures
 * (a megabyte within the 2 s budget) are `npm run bench:ingest`'s.
 */
const MOST_GROWTH_FOR_4X_TEXT = 8;

describe('reading a crafted text four times as long', () => {
  // 16 kB and 64 kB: most of these texts are read in full at both sizes; past that most are refused early.
  it.each(Object.keys(CRAFTED_ARTICLES))('takes at most twice the linear share of extra time for "%s"', (name) => {
    const [short, long] = [16 * 1024, 64 * 1024].map((bytes) => craftedArticle(CRAFTED_ARTICLES[name]!, bytes)) as [string, string];
    readingTime(short); // the first read of a shape pays the engine's compilation
    // Best of three, the two sizes taken in turn: a pause of the collector or of the machine only ever adds time,
    // and a busy spell of the machine falls on both.
    const turns = [1, 2, 3].map(() => [readingTime(long).ms, readingTime(short).ms] as const);
    const [longMs, shortMs] = [Math.min(...turns.map(([l]) => l)), Math.min(...turns.map(([, s]) => s))];
    expect(longMs / Math.max(shortMs, 1), `64 kB in ${longMs.toFixed(0)} ms, 16 kB in ${shortMs.toFixed(0)} ms`).toBeLessThan(MOST_GROWTH_FOR_4X_TEXT);
  });

  it('refuses a megabyte of what is more than one article as such, saying why', () => {
    const text = craftedArticle(CRAFTED_ARTICLES['many people met']!, ARTICLE_MAX_BYTES - 16);
    expect(() => analyseArticle(text)).toThrow(ArticleTooLargeError);
  });

  it('reads the talks of one long sentence (issue 13) as the three meetings they are', () => {
    const text = craftedArticle(CRAFTED_ARTICLES['talks in one sentence']!, 100_000);
    const analysis = analyseArticle(text);
    expect([...analysis.entities.persons.values()].map((p) => p.name).sort()).toEqual(['Ali', 'Bob', 'Cid']);
    expect(analysis.drafts.length).toBeLessThanOrEqual(3);
  });
});
