import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES } from '../contract/requests';
import type { ApiErrorBody } from '../contract/results';
import { CRAFTED_ARTICLES, craftedArticle } from '../ingest/testing/crafted-articles';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp } from './app';

const crafted = craftedArticle(CRAFTED_ARTICLES['talks in one sentence']!, ARTICLE_MAX_BYTES - 16);

/** Sends `crafted` over a real socket and, while it is read, asks for /api/health: how long each took. */
async function proposeWhileCheckingHealth(base: string) {
  const start = performance.now();
  const proposal = fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: crafted }) }).then(
    async (r) => ({ status: r.status, body: (await r.json()) as unknown, ms: performance.now() - start }),
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  const healthStart = performance.now();
  const health = await fetch(`${base}/api/health`);
  const healthMs = performance.now() - healthStart;
  return { proposal: await proposal, health: health.status, healthMs };
}

describe('proposing a crafted megabyte', () => {
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    app = await buildApp({ store: await openEmbeddedStore() });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    // The reader starts with the app; the first article waits for it once.
    await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'Le directeur a reçu son homologue à Rabat.' } });
  });
  afterAll(() => app.close());

  // Alone on the project machine it is proposed in 1.2–1.6 s. Sharing two cores with the rest of the suite it may
  // pass the 2 s budget: then it is refused, within the budget, saying why — never a stalled server.
  it('is proposed (or refused for the time budget) within 2 s, while /api/health keeps answering at once', async () => {
    const { proposal, health, healthMs } = await proposeWhileCheckingHealth(base);
    console.info(`crafted 1 MB: ${proposal.status} in ${proposal.ms.toFixed(0)} ms; /api/health meanwhile in ${healthMs.toFixed(0)} ms`);
    if (proposal.status !== 200) expect(proposal).toMatchObject({ status: 422, body: { error: { message: expect.stringMatching(/longer than 2 s/) } } });
    expect(proposal.ms).toBeLessThan(2600);
    expect(health).toBe(200);
    expect(healthMs).toBeLessThan(200);
  });
});

describe('a text that takes longer to read than the budget', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ store: await openEmbeddedStore(), readingBudgetMs: 20 });
  });
  afterAll(() => app.close());

  it('is refused with 422 naming the text, and the next article is read by a fresh reader', async () => {
    const refused = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: crafted } });
    expect(refused.statusCode).toBe(422);
    expect((refused.json() as ApiErrorBody).error).toMatchObject({ code: 'unprocessable', field: 'text', message: expect.stringMatching(/longer than 0.02 s/) });
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });
});
