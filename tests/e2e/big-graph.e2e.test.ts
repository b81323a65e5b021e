import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../support/synthetic-graph';
import { buildApp } from '../../server/http/app';
import { createMemoryStore } from '../../server/store/memory/memory-store';
import { launchChromium } from '../support/chromium';

// Its own server: the synthetic 10,000-node graph, with hubs of 700 to 1,500 neighbours (global setup has built the app).
let app: FastifyInstance;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  const store = createMemoryStore();
  await store.importGraph(syntheticGraph(10_000, 42));
  app = await buildApp({ store, webRoot: fileURLToPath(new URL('../../dist/web-test', import.meta.url)) });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a big graph in a real browser', () => {
  it('pages three hubs to 500 neighbours each, says while it lays them out, and ends with every edge drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    // Every status the canvas shows, however briefly.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __statuses: seen });
      new MutationObserver(() => {
        const text = document.querySelector('.canvas-status')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${baseUrl}/?expand=person:0*5,person:1*5,person:2*5`);
    // Settled: the three hubs paged in ("500 of 1,518 neighbours shown"), and the layout has run and ended
    // (the banners can show before the layout starts: no status yet is not the same as done).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.banner')].filter((b) => /: 500 of [\d,]+ neighbours shown\./.test(b.textContent ?? '')).length === 3 &&
        (window as unknown as { __statuses: string[] }).__statuses.some((s) => s.startsWith('Laying out')) &&
        !document.querySelector('.canvas-status'),
      undefined,
      { timeout: 30_000 },
    );
    const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
    expect(statuses.some((s) => /^Laying out [\d,]+ nodes…$/.test(s))).toBe(true);
    const canvas = await page.evaluate(() => {
      const cy = window.__cy!;
      return { elements: cy.elements().length, edges: cy.edges().length, visibleEdges: cy.edges(':visible').length, large: Boolean(cy.scratch('large')) };
    });
    expect(canvas.elements).toBeGreaterThan(1500);
    expect(canvas.large).toBe(true);
    expect(canvas.visibleEdges).toBe(canvas.edges);
    await page.close();
  });
});
