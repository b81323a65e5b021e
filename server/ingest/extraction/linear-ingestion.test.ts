import { describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES } from '../../contract/requests';
import { ArticleTooLargeError } from '../reading/article-limits';
import { analyseArticle } from './analyse-article';
import { CRAFTED_ARTICLES, craftedArticle } from '../testing/crafted-articles';

/** Reading takes at most this long for a megabyte of anything (issue 13: 2 s on the project machine; slack for a loaded test run). */
const BUDGET_MS = 2500;

describe('reading a megabyte of crafted text', () => {
  it.each(Object.keys(CRAFTED_ARTICLES))('reads or refuses "%s" within the budget', (name) => {
    const text = craftedArticle(CRAFTED_ARTICLES[name]!, ARTICLE_MAX_BYTES - 16);
    const start = performance.now();
    try {
      analyseArticle(text);
    } catch (error) {
      // Refused as more than one article: said why, quickly.
      expect(error).toBeInstanceOf(ArticleTooLargeError);
    }
    expect(performance.now() - start).toBeLessThan(BUDGET_MS);
  });

  it('reads the talks of one long sentence (issue 13) as the three meetings they are', () => {
    const text = craftedArticle(CRAFTED_ARTICLES['talks in one sentence']!, 100_000);
    const analysis = analyseArticle(text);
    expect([...analysis.entities.persons.values()].map((p) => p.name).sort()).toEqual(['Ali', 'Bob', 'Cid']);
    expect(analysis.drafts.length).toBeLessThanOrEqual(3);
  });
});
