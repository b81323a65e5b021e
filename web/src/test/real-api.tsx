/**
 * Component tests talk to the real API on the seed graph: fetch is routed to
 * Fastify's inject, so no port is opened and no answer is hand-made.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, vi } from 'vitest';
import { buildApp } from '../../../server/http/app';
import { openEmbeddedStore } from '../../../server/boot/open-store';

export function useRealApi() {
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    app = await buildApp({ store: await openEmbeddedStore() });
    vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://liaison.test');
      const method = init?.method === 'POST' ? 'POST' : 'GET';
      const response = await app.inject({
        method,
        url: url.pathname + url.search,
        ...(method === 'POST' ? { payload: String(init?.body), headers: { 'content-type': 'application/json' } } : {}),
      });
      return new Response(response.body, { status: response.statusCode, headers: { 'content-type': 'application/json' } });
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await app.close();
  });
}

export function renderWithQueries(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
