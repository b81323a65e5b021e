/**
 * The server on a Neo4j that goes away, comes back, refuses the password or
 * holds a lock past the query timeout: readable 503s and 504s, and recovery
 * without a restart. On a Neo4j of its own (see private-neo4j.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../graph-seed/load';
import type { ApiErrorBody, Health } from '../../server/contract/results';
import { neo4jConfigFromEnv } from '../../server/store/neo4j/config';
import { openNeo4j } from './live-neo4j';
import { PRIVATE_PASSWORD, privateNeo4j, privateNeo4jUnavailable, type PrivateNeo4j } from './private-neo4j';
import { startServer, type ServerProcess } from '../support/server-process';

const QUERY_TIMEOUT_MS = 3_000;
const unavailable = privateNeo4jUnavailable();
const article = readFileSync(fileURLToPath(new URL('../../server/ingest/fixtures/paris-2023.txt', import.meta.url)), 'utf8');

async function timed(url: string, init?: RequestInit) {
  const started = performance.now();
  const response = await fetch(url, init);
  return { response, body: (await response.json()) as unknown, ms: performance.now() - started };
}

async function until(what: string, test: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await test().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

describe.skipIf(unavailable)('the server when Neo4j fails', () => {
  let db: PrivateNeo4j;
  let server: ServerProcess | undefined;
  const env = () => ({ NEO4J_URI: db.uri, NEO4J_PASSWORD: PRIVATE_PASSWORD, NEO4J_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS), NEO4J_CONNECT_ATTEMPTS: '2' });

  beforeAll(async () => {
    db = await privateNeo4j();
    await db.start();
    const store = await openNeo4j({ ...neo4jConfigFromEnv({ NEO4J_URI: db.uri, NEO4J_PASSWORD: PRIVATE_PASSWORD })! });
    await store.importGraph(loadSeed());
    await store.close();
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await db?.dispose();
  }, 60_000);

  it('answers 503 with a readable message within the query timeout while Neo4j is down, and recovers when it is back', async () => {
    server = await startServer(env());
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await db.stop();

    const search = await timed(`${server.url}/api/search?q=Hammouchi`);
    expect(search.response.status).toBe(503);
    expect((search.body as ApiErrorBody).error).toMatchObject({ code: 'unavailable', message: expect.stringContaining(db.uri) });
    expect(search.ms).toBeLessThan(QUERY_TIMEOUT_MS + 5_000);
    const health = await timed(`${server.url}/api/health`);
    expect(health.response.status).toBe(503);
    expect(health.body as Health).toMatchObject({ ok: false, store: 'neo4j' });

    await db.start();
    await until('health 200 after Neo4j restarted', async () => (await fetch(`${server!.url}/api/health`)).status === 200, 60_000);
    const hits = (await (await fetch(`${server.url}/api/search?q=Hammouchi`)).json()) as { id: string }[];
    expect(hits[0]?.id).toBe('person:abdellatif-hammouchi');
    await server.stop();
  }, 180_000);

  it('answers 504 when a write waits past the query timeout (Neo4j holds a lock on every node)', async () => {
    server = await startServer(env());
    const driver: Driver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', PRIVATE_PASSWORD));
    const session = driver.session();
    const lock = await session.beginTransaction();
    try {
      await lock.run('MATCH (n:Node) SET n.lockedByTest = true');
      const accept = await timed(`${server.url}/api/articles/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: article }),
      });
      expect(accept.response.status).toBe(504);
      expect((accept.body as ApiErrorBody).error).toMatchObject({ code: 'timeout', message: expect.stringContaining('did not answer in time') });
      // About 6 s on a quiet machine (reading, resolving, then the write's timeout), 9.4 s once in a loaded CI run;
      // a stalled write would take the driver's 30 s of retries.
      expect(accept.ms).toBeLessThan(QUERY_TIMEOUT_MS + 8_000);
    } finally {
      await lock.rollback();
      await session.close();
      await driver.close();
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await server.stop();
  }, 120_000);

  // Last: failed logins lock the user for a few seconds.
  it('says Neo4j refused the credentials, naming the address, when the password is wrong', async () => {
    server = await startServer({ ...env(), NEO4J_PASSWORD: 'not-the-password' });
    const refusal = server.errors.find((line) => line.includes('refused the credentials'));
    expect(refusal).toContain(db.uri);
    const health = await timed(`${server.url}/api/health`);
    expect(health.response.status).toBe(503);
    expect((health.body as Health & { message: string }).message).toContain('refused the credentials');
    await server.stop();
  }, 120_000);
});

if (unavailable) {
  describe('the server when Neo4j fails', () => {
    it.skip(`skipped: ${unavailable}`, () => {});
  });
}
