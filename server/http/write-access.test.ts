import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../graph-seed/load';
import type { ApiErrorBody } from '../contract/results';
import { createArticleReader } from '../ingest/worker/article-reader';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp, type AppOptions } from './app';
import type { WriteAccess } from './write-access';

const articles = join(SEED_DIR, 'articles');
const seedArticle = readFileSync(join(articles, readdirSync(articles).find((f) => f.startsWith('002'))!), 'utf8');

let app: FastifyInstance;
afterEach(() => app?.close());
// One reader for every app of this file: starting a worker per test costs more than the tests.
const articleReader = createArticleReader({ budgetMs: 5000 });
afterAll(() => articleReader.close());

async function appWith(writeAccess: WriteAccess, more: Partial<AppOptions> = {}) {
  app = await buildApp({ store: await openEmbeddedStore(), writeAccess, articleReader, ...more });
  return app;
}

const accept = (headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/articles/accept', payload: { text: seedArticle }, headers: { host: '127.0.0.1:8080', ...headers } });
const refusal = (response: { json(): unknown }) => (response.json() as ApiErrorBody).error;

describe('writes from where they belong', () => {
  const loopback = { listenHost: '127.0.0.1', allowedHosts: [] };

  it('needs the token when LIAISON_WRITE_TOKEN is set: 401 without it or with a wrong one, 2xx with it', async () => {
    await appWith({ ...loopback, token: 's3cret' });
    const missing = await accept();
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(refusal(missing)).toMatchObject({ code: 'unauthorized', field: 'authorization' });
    expect((await accept({ authorization: 'Bearer wrong' })).statusCode).toBe(401);
    expect([200, 201]).toContain((await accept({ authorization: 'Bearer s3cret' })).statusCode);
  });

  it('refuses a write whose Host header names another server (DNS rebinding): 403', async () => {
    await appWith(loopback);
    const response = await accept({ host: 'evil.example' });
    expect(response.statusCode).toBe(403);
    expect(refusal(response)).toMatchObject({ code: 'forbidden', field: 'host', message: expect.stringMatching(/evil\.example/) });
  });

  it.each(['localhost:8080', '[::1]:8080', 'liaison.lan'])('takes a write addressed to %s (own names and LIAISON_ALLOWED_HOSTS)', async (host) => {
    await appWith({ ...loopback, allowedHosts: ['liaison.lan'] });
    expect([200, 201]).toContain((await accept({ host })).statusCode);
  });

  it('turns writes off, saying why, when listening beyond loopback without a token; reads still work', async () => {
    await appWith({ listenHost: '0.0.0.0', allowedHosts: [] });
    const response = await accept();
    expect(response.statusCode).toBe(403);
    expect(refusal(response).message).toMatch(/LIAISON_WRITE_TOKEN/);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('limits the rate of proposals and writes per client: 429 in the error shape', async () => {
    await appWith(loopback, { rateLimits: { proposals: 2, writes: 1 } });
    const propose = () => app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'Le directeur a reçu son homologue à Rabat.' } });
    expect((await propose()).statusCode).toBe(200);
    expect((await propose()).statusCode).toBe(200);
    const limited = await propose();
    expect(limited.statusCode).toBe(429);
    expect(refusal(limited).code).toBe('rate_limited');
    expect(limited.headers['x-content-type-options']).toBe('nosniff');
  });
});
