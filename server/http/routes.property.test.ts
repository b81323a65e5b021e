/**
 * Every route, fed what fast-check makes of its schema (the known fields with
 * any text, numbers that are not quite numbers, unknown fields, odd bodies and
 * content types): never a 5xx, every error in the one shape with the security
 * headers, and every answer quick.
 */
import { fc, it } from '@fast-check/vitest';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { z } from 'zod';
import { articleAcceptBody, articleProposalBody, idParam, meetingsQuery, neighbourhoodQuery, pathQuery, searchQuery, whoMetQuery } from '../contract/requests';
import type { ApiErrorBody } from '../contract/results';
import { createArticleReader } from '../ingest/worker/article-reader';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp } from './app';
import { API_SECURITY_HEADERS } from './routes/security-headers';

type Shape = Record<string, z.ZodType>;
const keysOf = (schema: z.ZodObject | null): string[] => (schema ? Object.keys(schema.shape as Shape) : []);

/** The API's routes, with the schemas their handlers validate against. */
const ROUTES: { method: 'GET' | 'POST'; url: string; query?: z.ZodObject; params?: z.ZodObject; body?: z.ZodObject }[] = [
  { method: 'GET', url: '/api/health' },
  { method: 'GET', url: '/api/search', query: searchQuery },
  { method: 'GET', url: '/api/nodes/:id', params: idParam },
  { method: 'GET', url: '/api/neighbourhood', query: neighbourhoodQuery },
  { method: 'GET', url: '/api/who-met', query: whoMetQuery },
  { method: 'GET', url: '/api/path', query: pathQuery },
  { method: 'GET', url: '/api/facets' },
  { method: 'GET', url: '/api/meetings', query: meetingsQuery },
  { method: 'GET', url: '/api/articles/:id', params: idParam },
  { method: 'POST', url: '/api/articles', body: articleProposalBody },
  { method: 'POST', url: '/api/articles/accept', body: articleAcceptBody },
];

/** Values a field may be sent: real ids and words, numbers written oddly, junk, long and non-ASCII text. */
const fieldText = fc.oneof(
  fc.constantFrom('', '0', '1', '2', '10', '-1', '0x10', '1e3', ' 5', '1.5', '99999999999', 'NaN', 'true', '2024', '2024-11', '2024-13-45', 'person:abdellatif-hammouchi', 'country:BE', 'topic:terrorism', 'Person,Meeting', 'terrorism,nothing'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 190, maxLength: 260 }),
);
const jsonValue = fc.oneof(fieldText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fieldText, { maxLength: 5 }), fc.object({ maxDepth: 1 }));

const fieldsFor = (keys: string[], values: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.subarray(keys), fc.dictionary(fc.string({ maxLength: 8 }), values, { maxKeys: 2 })).chain(([chosen, extra]) =>
    fc.tuple(...chosen.map(() => values)).map((vs) => ({ ...extra, ...Object.fromEntries(chosen.map((k, i) => [k, vs[i]])) })),
  );

const requestFor = (route: (typeof ROUTES)[number]) =>
  fc.record({
    query: fieldsFor(keysOf(route.query ?? null), fieldText),
    id: fc.oneof(fieldText, fc.constantFrom('%E0%A4%A', '%', '..%2F..', 'a%00b')),
    body: fc.oneof(fieldsFor(keysOf(route.body ?? null), jsonValue), jsonValue),
    rawBody: fc.option(fc.constantFrom('{"text": ', 'not json', '[]', '{}', 'null', '"x"'), { nil: undefined }),
    contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''),
    method: fc.constantFrom(route.method, route.method, route.method, 'PUT', 'DELETE', route.method === 'GET' ? 'POST' : 'GET'),
  });

const encodeId = (id: string) => (/%/.test(id) && !/%[^0-9A-F]|%.?$/i.test(id) ? id : encodeURIComponent(id));

let app: FastifyInstance;
const articleReader = createArticleReader({ budgetMs: 2000 });
beforeAll(async () => {
  app = await buildApp({ store: await openEmbeddedStore(), articleReader, rateLimits: { proposals: 1_000_000, writes: 1_000_000 } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await articleReader.close();
});

describe.each(ROUTES)('$method $url', (route) => {
  it('is a route of the app', () => {
    expect(app.hasRoute({ method: route.method, url: route.url })).toBe(true);
  });

  it.prop([requestFor(route)], { numRuns: 40 })('never answers 5xx, and answers errors in the one shape, quickly', async (r) => {
    const query = new URLSearchParams(Object.entries(r.query).map(([k, v]) => [k, String(v)] as [string, string])).toString();
    const url = `${route.url.replace(':id', encodeId(r.id))}${query ? `?${query}` : ''}`;
    const start = performance.now();
    const response = await app.inject({
      method: r.method as 'GET',
      url,
      ...(r.method === 'GET' ? {} : { payload: r.rawBody ?? JSON.stringify(r.body), headers: r.contentType ? { 'content-type': r.contentType } : {} }),
    });
    expect(performance.now() - start).toBeLessThan(3000);
    expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
    if (response.statusCode >= 400) {
      const body = response.json() as ApiErrorBody;
      expect(Object.keys(body)).toEqual(['error']);
      expect(typeof body.error.code).toBe('string');
      expect(body.error.message.length).toBeGreaterThan(0);
      for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) expect(response.headers[name], name).toBe(value);
    }
  });
});
