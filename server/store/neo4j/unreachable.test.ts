import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/** A loopback port nobody listens on (bound, then released). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

it('says clearly when Neo4j is unreachable, and answers 503 instead of pretending to be healthy', async () => {
  const neo4jPort = await freePort();
  const httpPort = await freePort();
  const main = fileURLToPath(new URL('../../main.ts', import.meta.url));
  const server = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`, NEO4J_CONNECT_ATTEMPTS: '2', PORT: String(httpPort), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const errors: string[] = [];
    createInterface({ input: server.stderr! }).on('line', (line) => errors.push(line));
    const ready = createInterface({ input: server.stdout! });
    for await (const line of ready) if (line.includes('store; explorer and API on')) break;

    const failure = errors.find((line) => line.includes('The API answers 503'));
    expect(failure).toContain(`bolt://127.0.0.1:${neo4jPort}`);
    expect(failure).toContain('ECONNREFUSED');

    const health = await fetch(`http://127.0.0.1:${httpPort}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, store: 'neo4j', message: expect.stringContaining('unreachable') });

    const search = await fetch(`http://127.0.0.1:${httpPort}/api/search?q=Hammouchi`);
    expect(search.status).toBe(503);
    expect((await search.json()).error.code).toBe('unavailable');
  } finally {
    server.kill('SIGTERM');
  }
}, 30_000);
