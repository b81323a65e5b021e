import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createArticleReader, ReadingTimeoutError, type ArticleReader } from './article-reader';

const article = readFileSync(fileURLToPath(new URL('../fixtures/paris-2023.txt', import.meta.url)), 'utf8');

describe('the article reader', () => {
  let reader: ArticleReader | undefined;
  afterEach(() => reader?.close());

  it('does not count a fresh reader loading the ingestion code against the first article’s budget', async () => {
    // Its thread starts 1.5 s late, past the whole budget; reading the article needs a fraction of it.
    reader = createArticleReader({ budgetMs: 1_000, module: join(import.meta.dirname, '../testing/slow-start-reader.worker.ts') });
    const started = performance.now();
    const analysis = await reader.analyse(article, {});
    expect(performance.now() - started).toBeGreaterThan(1_500);
    expect(analysis.drafts.length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a text over its budget and reads the next one in a fresh reader', async () => {
    reader = createArticleReader({ budgetMs: 1 });
    await reader.ready();
    const long = article.repeat(40);
    await expect(reader.analyse(long, {})).rejects.toBeInstanceOf(ReadingTimeoutError);
    // The fresh thread's start-up is not the next text's: a 1 ms budget still times out on the text alone.
    await expect(reader.analyse(long, {})).rejects.toThrow(/longer than 0.001 s/);
  }, 60_000);

  it('refuses the texts still waiting when it is closed, saying the server is shutting down', async () => {
    reader = createArticleReader({ budgetMs: 5_000 });
    const first = reader.analyse(article, {}).catch(() => undefined);
    const second = expect(reader.analyse(article, {})).rejects.toThrow(/shutting down/);
    await reader.close();
    await second;
    await first;
  }, 60_000);
});
