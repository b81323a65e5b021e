import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openEmbeddedStore } from '../boot/open-store';
import { API_ROUTES, pathOf } from '../contract/routes';
import { buildApp } from './app';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ store: await openEmbeddedStore() });
  await app.ready();
});
afterAll(() => app.close());

describe('the route table of the contract', () => {
  it('lists exactly the routes the server answers under /api, with their summaries', () => {
    const documented = (app as unknown as { swagger(): { paths: Record<string, Record<string, { summary?: string }>> } }).swagger().paths;
    const served = Object.entries(documented)
      .filter(([path]) => path.startsWith('/api/') && !path.startsWith('/api/docs'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path.slice('/api'.length).replace(/\{(\w+)\}/g, ':$1')}`, operation.summary]),
      );
    const listed = Object.entries(API_ROUTES).map(([route, spec]) => [route, spec.summary]);
    expect(Object.fromEntries(served)).toEqual(Object.fromEntries(listed));
  });

  it('fills in path parameters, encoded', () => {
    expect(pathOf('GET /nodes/:id', { id: 'org:fbi' })).toBe('/nodes/org%3Afbi');
    expect(() => pathOf('GET /nodes/:id')).toThrow(/needs the path parameter "id"/);
  });
});
