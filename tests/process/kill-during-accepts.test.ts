/**
 * The fault test: kill -9 the server while it accepts articles, start it again
 * on the same data dir, and find every article it answered 201 for.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { personName } from '../../server/ingest/testing/crafted-articles';
import { startServer as startChild, type ServerProcess } from '../support/server-process';

const servers: ServerProcess[] = [];
afterEach(() => {
  for (const { child } of servers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function startServer(dataDir: string): Promise<ServerProcess> {
  const server = await startChild({ NEO4J_URI: '', LIAISON_DATA_DIR: dataDir, LIAISON_WRITE_TOKEN: '' });
  servers.push(server);
  return server;
}

const article = (n: number) => ({
  text: `Le 12 mars 2024 à Rabat, M. ${personName(n * 2)} a reçu M. ${personName(n * 2 + 1)}, directeur de la police nationale espagnole.`,
  date: '2024-03-12',
});

describe('kill -9 during a stream of accepts', () => {
  it('keeps every article it answered 201 for', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'liaison-kill-'));
    const first = await startServer(dataDir);
    const accepted: string[] = [];
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const n = next++;
        const response = await fetch(`${first.url}/api/articles/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article(n)) }).catch(() => null);
        if (response?.status === 201) accepted.push(((await response.json()) as { proposal: { article: { id: string } } }).proposal.article.id);
      }
    };
    const writers = [writer(), writer(), writer()];
    await new Promise((resolve) => setTimeout(resolve, 2000));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    expect(accepted.length).toBeGreaterThan(3);

    const second = await startServer(dataDir);
    const found = await Promise.all(accepted.map(async (id) => (await fetch(`${second.url}/api/articles/${encodeURIComponent(id)}`)).status));
    expect(found).toEqual(accepted.map(() => 200));
    await second.stop();
  }, 40_000);
});
