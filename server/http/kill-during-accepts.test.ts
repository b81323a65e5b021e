/**
 * The fault test: kill -9 the server while it accepts articles, start it again
 * on the same data dir, and find every article it answered 201 for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { personName } from '../ingest/testing/crafted-articles';

const MAIN = join(import.meta.dirname, '../../scripts/start.ts');
const servers: ChildProcess[] = [];
afterEach(() => {
  for (const s of servers) if (s.exitCode === null && s.signalCode === null) s.kill('SIGKILL');
});

function startServer(dataDir: string): Promise<{ base: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEO4J_URI: '', LIAISON_DATA_DIR: dataDir, LIAISON_WRITE_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (base) resolve({ base, process: child });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
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
        const response = await fetch(`${first.base}/api/articles/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article(n)) }).catch(() => null);
        if (response?.status === 201) accepted.push(((await response.json()) as { proposal: { article: { id: string } } }).proposal.article.id);
      }
    };
    const writers = [writer(), writer(), writer()];
    await new Promise((resolve) => setTimeout(resolve, 2000));
    first.process.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    expect(accepted.length).toBeGreaterThan(3);

    const second = await startServer(dataDir);
    const found = await Promise.all(accepted.map(async (id) => (await fetch(`${second.base}/api/articles/${encodeURIComponent(id)}`)).status));
    expect(found).toEqual(accepted.map(() => 200));
    second.process.kill('SIGTERM');
  }, 40_000);
});
