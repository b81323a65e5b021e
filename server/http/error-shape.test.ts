import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../contract/results';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp } from './app';
import { API_SECURITY_HEADERS } from './routes/security-headers';

let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await buildApp({ store: await openEmbeddedStore() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(() => app.close());

/** One raw HTTP exchange, for what inject cannot send (oversized headers). */
function raw(request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine?.split(' ')[1]), headers, body });
    });
  });
}

function expectErrorShape(status: number, headers: Record<string, unknown>, body: string, expected: { status: number; code: string; field?: string }) {
  expect(status).toBe(expected.status);
  const parsed = JSON.parse(body) as ApiErrorBody;
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(parsed.error.code).toBe(expected.code);
  expect(parsed.error.message.length).toBeGreaterThan(5);
  if (expected.field) expect(parsed.error.field).toBe(expected.field);
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
}

describe('every error in one shape, with the security headers', () => {
  it.each([
    ['an id of 150 characters (the schema allows 200: the router must not refuse it first)', 'GET', `/api/nodes/person:${'a'.repeat(143)}`, undefined, { status: 404, code: 'not_found' }],
    ['an id over 200 characters', 'GET', `/api/nodes/${'a'.repeat(201)}`, undefined, { status: 400, code: 'bad_request', field: 'id' }],
    ['an id past what the router takes', 'GET', `/api/nodes/${'a'.repeat(3000)}`, undefined, { status: 414, code: 'too_large', field: 'id' }],
    ['bad percent-encoding', 'GET', '/api/nodes/%E0%A4%A', undefined, { status: 400, code: 'bad_request', field: 'url' }],
    ['limit=0x10', 'GET', '/api/search?q=a&limit=0x10', undefined, { status: 400, code: 'bad_request', field: 'limit' }],
    ['an empty offset', 'GET', '/api/meetings?offset=', undefined, { status: 400, code: 'bad_request', field: 'offset' }],
    ['depth=1e0', 'GET', '/api/neighbourhood?id=country:BE&depth=1e0', undefined, { status: 400, code: 'bad_request', field: 'depth' }],
    ['POST on a GET route', 'POST', '/api/search?q=a', '{}', { status: 405, code: 'method_not_allowed' }],
    ['an unknown path', 'GET', '/api/nothing-here', undefined, { status: 404, code: 'not_found' }],
    ['invalid JSON', 'POST', '/api/articles', '{"text": ', { status: 400, code: 'bad_request', field: 'body' }],
    ['an unknown key', 'POST', '/api/articles', '{"text": "Le directeur a reçu son homologue.", "colour": "red"}', { status: 400, code: 'bad_request', field: 'colour' }],
  ])('%s', async (_what, method, url, payload, expected) => {
    const response = await app.inject({ method: method as 'GET' | 'POST', url, ...(payload ? { payload, headers: { 'content-type': 'application/json' } } : {}) });
    expectErrorShape(response.statusCode, response.headers, response.body, expected);
  });

  it('names the methods a path allows on a 405', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/api/nodes/country:BE' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('a body that is not JSON: 415 naming the content type', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/articles', payload: 'text=bonjour', headers: { 'content-type': 'text/plain' } });
    expectErrorShape(response.statusCode, response.headers, response.body, { status: 415, code: 'unsupported_media_type', field: 'content-type' });
  });

  it('headers too large for the HTTP parser: 431 in the same shape', async () => {
    const response = await raw(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectErrorShape(response.status, response.headers, response.body, { status: 431, code: 'too_large', field: 'headers' });
  });

  it('sends HSTS only over HTTPS', async () => {
    const plain = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });
});
