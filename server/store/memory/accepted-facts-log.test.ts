import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readAcceptedFacts } from './accepted-facts-file';
import { createMemoryStore, type MemoryStore } from './memory-store';
import { testArticle } from './testing/test-articles';

const run = promisify(execFile);
const APPENDER = join(import.meta.dirname, 'testing', 'append-articles.ts');

const article = testArticle;

async function storeOn(file: string, watchIntervalMs = 0): Promise<MemoryStore> {
  const store = createMemoryStore();
  await store.useAcceptedFacts(file, { watchIntervalMs });
  return store;
}

const dataFile = () => join(mkdtempSync(join(tmpdir(), 'liaison-log-')), 'accepted-facts.json');

describe('the accepted-facts log shared by two processes on one data dir', () => {
  it('keeps every batch when three processes write at once (one writer at a time, each re-reading under the lock)', async () => {
    const file = dataFile();
    await Promise.all([0, 100, 200].map((from) => run(process.execPath, ['--import', 'tsx', APPENDER, file, String(from), '8'])));
    const expected = [0, 100, 200].flatMap((from) => Array.from({ length: 8 }, (_, n) => `article:a${from + n}`));
    expect(readAcceptedFacts(file).map((batch) => batch.articleId).sort()).toEqual(expected.sort());
    expect((await (await storeOn(file)).health()).nodes).toBe(24);
  }, 30_000);

  it('lets a running store see what another process accepted, without a restart', async () => {
    const file = dataFile();
    const server = await storeOn(file, 20);
    const cli = await storeOn(file);
    await cli.writeFacts(article(1));
    await expect.poll(async () => (await server.health()).nodes, { timeout: 3000 }).toBe(1);
    await server.close();
  });

  it('writes nothing, and says so, when the graph already holds what is accepted', async () => {
    const file = dataFile();
    const store = await storeOn(file);
    expect(await store.writeFacts(article(1))).toEqual({ nodes: 1, relationships: 0, articles: 1 });
    expect(await store.writeFacts(article(1))).toEqual({ nodes: 0, relationships: 0, articles: 0 });
    expect(readAcceptedFacts(file)).toHaveLength(1);
  });

  it('removes the temporary files a writer killed mid-write left behind, at start', async () => {
    const file = dataFile();
    await (await storeOn(file)).writeFacts(article(1));
    const stray = `${file}.99999.tmp`;
    writeFileSync(stray, '{"version":1,"batc');
    await storeOn(file);
    expect(existsSync(stray)).toBe(false);
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readAcceptedFacts(file)).toHaveLength(1);
  });
});
