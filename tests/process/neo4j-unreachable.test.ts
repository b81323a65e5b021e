import { expect, it } from 'vitest';
import { freePort, startServer } from '../support/server-process';

it('says clearly when Neo4j is unreachable, and answers 503 instead of pretending to be healthy', async () => {
  const neo4jPort = await freePort();
  const server = await startServer({ NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`, NEO4J_CONNECT_ATTEMPTS: '2' });
  try {
    const failure = server.errors.find((line) => line.includes('The API answers 503'));
    expect(failure).toContain(`bolt://127.0.0.1:${neo4jPort}`);
    expect(failure).toContain('ECONNREFUSED');

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, store: 'neo4j', message: expect.stringContaining('unreachable') });

    const search = await fetch(`${server.url}/api/search?q=Hammouchi`);
    expect(search.status).toBe(503);
    expect(((await search.json()) as { error: { code: string } }).error.code).toBe('unavailable');
  } finally {
    await server.stop();
  }
}, 30_000);
