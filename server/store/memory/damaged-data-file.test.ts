import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../contract/seed-fixture';
import { createMemoryStore } from './memory-store';
import { AcceptedFactsError } from './accepted-facts-file';
import { testArticle } from './testing/test-articles';

/** The embedded store on the seed graph, replaying `file` over it, as start-up opens it. */
async function openEmbeddedStore(file: string, options: { watchIntervalMs: number }) {
  const store = createMemoryStore();
  await store.importGraph(seedGraph());
  await store.useAcceptedFacts(file, options);
  return store;
}

const dataDir = () => mkdtempSync(join(tmpdir(), 'liaison-damaged-'));
const good = { acceptedAt: '2025-01-01T00:00:00Z', articleId: 'article:a1', data: testArticle(1) };
const edgeToNowhere = {
  ...good,
  data: { ...testArticle(2), edges: [{ id: 'e1', type: 'MEMBER_OF', source: 'person:p2', target: 'org:nowhere', sources: [] }] },
};

describe('start-up on a damaged accepted-facts file', () => {
  it.each([
    ['a null batch', { version: 1, batches: [good, null] }, /batch 1: .*expected object/],
    ['a batch of garbage', { version: 1, batches: [{ garbage: 1 }] }, /batch 0: acceptedAt: .*expected string/],
    ['a node without its type', { version: 1, batches: [{ ...good, data: { ...good.data, nodes: [{ id: 'x', label: 'x' }] } }] }, /batch 0: data\.nodes\.0\.type/],
    ['an edge to a missing node', { version: 1, batches: [good, edgeToNowhere] }, /batch 1: relationship e1: org:nowhere is neither in this batch nor in the graph/],
    ['another kind of file', { garbage: 1 }, /not a Liaison accepted-facts file/],
  ])('names the file, the batch and the reason for %s, and leaves the file as it was', async (_what, content, reason) => {
    const file = join(dataDir(), 'accepted-facts.json');
    const text = JSON.stringify(content);
    writeFileSync(file, text);
    const opening = openEmbeddedStore(file, { watchIntervalMs: 0 });
    await expect(opening).rejects.toBeInstanceOf(AcceptedFactsError);
    await expect(opening).rejects.toThrow(file);
    await expect(opening).rejects.toThrow(reason);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('says a directory in place of the file is not a file (not "not valid JSON")', async () => {
    const file = join(dataDir(), 'accepted-facts.json');
    mkdirSync(file);
    await expect(openEmbeddedStore(file, { watchIntervalMs: 0 })).rejects.toThrow(/accepted-facts\.json: is not a file/);
  });
});
