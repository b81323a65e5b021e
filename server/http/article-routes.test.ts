import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../graph-seed/load';
import type { Proposal } from '../contract/proposal';
import type { ApiErrorBody, Health, SearchHit } from '../contract/results';
import { readAcceptedFacts } from '../store/memory/accepted-facts-file';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp } from './app';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../ingest/fixtures', name), 'utf8');
const seedText = (prefix: string) => {
  const dir = join(SEED_DIR, 'articles');
  return readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8');
};

let app: FastifyInstance;
let acceptedFactsFile: string;
beforeAll(async () => {
  acceptedFactsFile = join(mkdtempSync(join(tmpdir(), 'liaison-api-')), 'accepted-facts.json');
  app = await buildApp({ store: await openEmbeddedStore(acceptedFactsFile, { watchIntervalMs: 0 }) });
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });
const health = async () => (await app.inject({ method: 'GET', url: '/api/health' })).json() as Health;

describe('POST /api/articles', () => {
  it('returns the proposal for an article, resolved against the graph', async () => {
    const response = await post('/api/articles', { text: seedText('001') });
    expect(response.statusCode).toBe(200);
    const proposal = response.json() as Proposal;
    expect(proposal.persons.map((p) => [p.name, p.status, p.id])).toEqual([
      ['Abdel Latif Hammouchi', 'known', 'person:abdellatif-hammouchi'],
      ['Francesca Posten', 'known', 'person:francisca-bostyn'],
    ]);
    expect(proposal.meetings[0]).toMatchObject({ status: 'known', id: 'meeting:2024-11-25-rabat' });
  });

  it.each([
    ['no text', {}, 'text'],
    ['an empty text', { text: '' }, 'text'],
    ['blank text', { text: '    ' }, 'text'],
    ['an English text', { text: 'The director of the FBI met the head of the Moroccan police in Washington on Monday to discuss terrorism and organised crime. '.repeat(3) }, 'text'],
    ['a malformed date', { text: seedText('000'), date: '30/01/2025' }, 'date'],
    ['an unknown field', { text: seedText('000'), colour: 'red' }, undefined],
  ])('answers 400 naming the field for %s', async (_what, payload, field) => {
    const response = await post('/api/articles', payload);
    expect(response.statusCode).toBe(400);
    const body = response.json() as ApiErrorBody;
    expect(body.error.code).toBe('bad_request');
    if (field) expect(body.error.field).toBe(field);
    expect(body.error.message.length).toBeGreaterThan(5);
  });

  it('answers 413 naming the text for a 10 MB body, and the server keeps serving', async () => {
    const response = await post('/api/articles', { text: 'a'.repeat(10 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect((response.json() as ApiErrorBody).error.field).toBe('text');
    expect((await health()).ok).toBe(true);
  });
});

describe('POST /api/articles/accept', () => {
  it('adds the facts the reviewer kept, keeps them in the data file, and accepting twice adds nothing', async () => {
    const before = await health();
    const text = fixture('interpol-2024.txt');
    const proposal = (await post('/api/articles', { text })).json() as Proposal;
    const gonzalez = proposal.persons.find((p) => p.name === 'Mercedes González')!;
    const response = await post('/api/articles/accept', { text, exclude: [gonzalez.key] });
    expect(response.statusCode).toBe(201);
    const after = await health();
    expect(after.nodes).toBeGreaterThan(before.nodes);

    const stock = (await (await app.inject({ method: 'GET', url: '/api/search?q=J%C3%BCrgen%20Stock' })).json()) as SearchHit[];
    expect(stock[0]?.id).toBe('person:jurgen-stock');
    const none = (await (await app.inject({ method: 'GET', url: '/api/search?q=Mercedes&types=Person' })).json()) as SearchHit[];
    expect(none).toEqual([]);
    expect(readAcceptedFacts(acceptedFactsFile)).toHaveLength(1);

    const again = await post('/api/articles/accept', { text, exclude: [gonzalez.key] });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ unchanged: true, written: { nodes: 0, relationships: 0 } });
    expect(await health()).toEqual(after);
    expect(readAcceptedFacts(acceptedFactsFile)).toHaveLength(1);
  });

  it('refuses an undated article with 400 naming "date", and an unknown fact key naming "exclude"; nothing is written', async () => {
    const before = await health();
    const undated = await post('/api/articles/accept', { text: seedText('001') });
    expect(undated.statusCode).toBe(400);
    expect((undated.json() as ApiErrorBody).error.field).toBe('date');
    const unknown = await post('/api/articles/accept', { text: seedText('002'), exclude: ['p99'] });
    expect(unknown.statusCode).toBe(400);
    expect((unknown.json() as ApiErrorBody).error).toMatchObject({ field: 'exclude', message: expect.stringMatching(/"p99" is not a fact/) });
    expect(await health()).toEqual(before);
  });

  it('shows an accepted meeting with its article and quote in the node details', async () => {
    const text = fixture('bruxelles-2025.txt');
    expect((await post('/api/articles/accept', { text })).statusCode).toBe(201);
    const details = (await app.inject({ method: 'GET', url: '/api/nodes/person%3Ajean-baptiste-tine' })).json() as { sources: { quote: string; articleTitle: string }[] };
    expect(details.sources.length).toBeGreaterThan(0);
    for (const s of details.sources) expect(text).toContain(s.quote);
  });
});
