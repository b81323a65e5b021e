import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createArticleReader, ReadingTimeoutError, type ArticleReader } from './article-reader';

const article = readFileSync(fileURLToPath(new URL('../fixtures/paris-2023.txt', import.meta.url)), 'utf8');

describe('the article reader', () => {
  let reader: ArticleReader | undefined;
  afterEach(() => reader?.close());

  // Loading the ingestion code in a fresh thread takes about a second here, several under load: far over this
  // budget, which a one-sentence text needs a few milliseconds of.
  it('does not count a fresh reader loading the ingestion code against the first article’s budget', async () => {
    reader = createArticleReader({ budgetMs: 250 });
    const started = performance.now();
    const analysis = await reader.analyse('Rabat, 12 mars 2025 – Abdellatif Hammouchi a reçu à Rabat le directeur du FBI, Christopher Wray.', {});
    expect(performance.now() - started).toBeGreaterThan(250);
    expect(analysis.drafts.length).toBe(1);
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
