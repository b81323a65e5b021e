import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../contract/requests';
import type { ApiErrorBody, GraphSlice, MeetingsPage, NodeDetails, PathResult, SearchHit, WhoMetResult } from '../contract/results';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp } from './app';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ store: await openEmbeddedStore() });
});
afterAll(() => app.close());

async function get<T>(url: string, status = 200): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, `${url} → ${response.body.slice(0, 300)}`).toBe(status);
  return response.json() as T;
}

async function badRequest(url: string, field: string) {
  const body = await get<ApiErrorBody>(url, 400);
  expect(body.error).toMatchObject({ code: 'bad_request', field });
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe('the API on the seed graph', () => {
  it('reports health with the embedded store and its size', async () => {
    expect(await get('/api/health')).toMatchObject({ ok: true, store: 'memory', nodes: 64 });
  });

  it('finds Francisca Bostyn when searching "Posten"', async () => {
    const hits = await get<SearchHit[]>('/api/search?q=Posten');
    expect(hits[0]).toMatchObject({ id: 'person:francisca-bostyn', matched: 'Francesca Posten' });
  });

  it('finds Avril Haines under the article’s spelling "Avril Hainse"', async () => {
    const hits = await get<SearchHit[]>('/api/search?q=avril%20hainse&types=Person');
    expect(hits[0]?.id).toBe('person:avril-haines');
  });

  it('gives a node’s details with quotes', async () => {
    const details = await get<NodeDetails>('/api/nodes/person:christopher-wray');
    expect(details.node.label).toBe('Christopher Wray');
    expect(details.sources.map((s) => s.quote)).toContain('M. Christopher Wray, directeur du FBI (Federal Bureau of Investigation)');
  });

  it('answers who met Hammouchi in 2022: Haines, Burns and Wray, not Snoek', async () => {
    const result = await get<WhoMetResult>('/api/who-met?id=person:abdellatif-hammouchi&from=2022&to=2022');
    expect(result.rows.map((r) => r.node.label).sort()).toEqual(['Avril Haines', 'Christopher Wray', 'William Burns']);
  });

  it('keeps the US and Madrid meetings and drops the ambassadors under a cybercrime filter', async () => {
    const slice = await get<GraphSlice>('/api/neighbourhood?id=person:abdellatif-hammouchi&depth=2&topics=cybercrime');
    const labels = slice.nodes.map((n) => n.id);
    expect(labels.filter((id) => id.startsWith('meeting:')).length).toBe(5);
    expect(labels).not.toContain('person:alex-pinfield');
    expect(labels).not.toContain('person:branly-martial-oupolo');
  });

  it('accepts ISO dates as bounds', async () => {
    const page = await get<MeetingsPage>('/api/meetings?from=2024-11-01&to=2024-11-30');
    expect(page.rows.map((r) => r.id)).toEqual(['meeting:2024-11-25-rabat']);
  });

  it('finds the shortest connection between two people', async () => {
    const path = await get<PathResult>('/api/path?from=person:eric-snoek&to=person:christopher-wray');
    expect(path.found).toBe(true);
    expect(path.nodes[0]?.id).toBe('person:eric-snoek');
  });

  it('serves facets, the meetings timeline and article text', async () => {
    expect(await get('/api/facets')).toHaveProperty('meetingsPerYear');
    expect((await get<MeetingsPage>('/api/meetings')).total).toBe(10);
    const article = await get<{ text: string }>('/api/articles/article:004-hammouchi-etats-unis');
    expect(article.text).toContain('Avril Hainse');
  });

  it('publishes its OpenAPI description at /api/docs', async () => {
    const spec = await get<{ paths: Record<string, unknown> }>('/api/docs/json');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/search', '/api/neighbourhood', '/api/who-met', '/api/path', '/api/facets', '/api/meetings']),
    );
  });

  it('sends security headers: a locked-down policy on JSON, helmet’s on pages', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/health' });
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['content-security-policy']).toContain("default-src 'none'");
    for (const url of ['/api/nodes/person:nobody', '/api/neighbourhood?id=x&depth=deep']) {
      const error = await app.inject({ method: 'GET', url });
      expect(error.statusCode).toBeGreaterThanOrEqual(400);
      expect(error.headers['content-security-policy']).toContain("default-src 'none'");
    }
    const docs = await app.inject({ method: 'GET', url: '/api/docs/static/index.html' });
    expect(docs.headers['content-security-policy']).toContain("default-src 'self'");
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('bad input gets a 4xx naming the field, never a 500', () => {
  it('404s an unknown node, article or route', async () => {
    expect((await get<ApiErrorBody>('/api/nodes/person:nobody', 404)).error).toMatchObject({ code: 'not_found', field: 'id' });
    await get('/api/articles/article:nothing', 404);
    await get('/api/neighbourhood?id=meeting:never', 404);
    await get('/api/no-such-route', 404);
  });

  it('400s a non-numeric or out-of-range depth', async () => {
    await badRequest('/api/neighbourhood?id=person:eric-snoek&depth=two', 'depth');
    await badRequest('/api/neighbourhood?id=person:eric-snoek&depth=3', 'depth');
  });

  it('400s a missing or empty search', async () => {
    await badRequest('/api/search', 'q');
    await badRequest('/api/search?q=%20%20', 'q');
  });

  it('caps a huge limit instead of failing', async () => {
    const slice = await get<GraphSlice>('/api/neighbourhood?id=person:abdellatif-hammouchi&depth=2&limit=100000000');
    expect(slice.nodes.length).toBeLessThanOrEqual(LIMITS.neighbourhood.max + 1);
    const hits = await get<SearchHit[]>('/api/search?q=a&limit=100000000');
    expect(hits.length).toBeLessThanOrEqual(LIMITS.search.max);
  });

  it('400s a negative or fractional limit', async () => {
    await badRequest('/api/search?q=x&limit=-1', 'limit');
    await badRequest('/api/meetings?limit=1.5', 'limit');
  });

  it('400s malformed dates, an inverted range, unknown topics and types', async () => {
    await badRequest('/api/meetings?from=2024-13', 'from');
    await badRequest('/api/meetings?from=last%20year', 'from');
    await badRequest('/api/meetings?from=2025&to=2024', 'to');
    await badRequest('/api/meetings?topics=terrorism,piracy', 'topics');
    await badRequest('/api/neighbourhood?id=person:eric-snoek&types=Person,Spaceship', 'types');
  });

  it('400s who-met on something that cannot meet', async () => {
    await badRequest('/api/who-met?id=topic:terrorism', 'id');
  });

  it('404s a path to an unknown node, naming the end', async () => {
    expect((await get<ApiErrorBody>('/api/path?from=person:eric-snoek&to=person:ghost', 404)).error.field).toBe('to');
    await badRequest('/api/path?from=person:eric-snoek', 'to');
    await badRequest('/api/path?from=person:eric-snoek&to=person:eric-snoek&maxLength=99', 'maxLength');
  });

  it('400s a repeated parameter instead of crashing', async () => {
    await badRequest('/api/search?q=a&q=b', 'q');
  });
});
