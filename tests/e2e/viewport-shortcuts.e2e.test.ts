import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/app';
import { createMemoryStore } from '../../server/store/memory/memory-store';
import { launchChromium } from '../support/chromium';
import { syntheticGraph } from '../support/synthetic-graph';

/*
 * Big graphs drop their edges while the view moves (web/src/graph/canvas-instance.ts,
 * setViewportShortcuts). Cytoscape offers that as an init option only; the
 * explorer switches it on and off through the canvas renderer's own fields,
 * which a new Cytoscape version could rename without a word. This watches
 * the pixels: if the renderer stops reading the field, edges stay drawn
 * during a pan and this fails.
 */
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

/** Pixels of Cytoscape's layers that look like an edge: the blue-greys of the edge styles, not a node's colour nor white. */
function edgePixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.canvas canvas')) {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a > 40 && r >= 100 && r <= 215 && b - r >= 15 && b - r <= 50 && g > r && g < b) count++;
      }
    }
    return count;
  });
}

describe('a big graph while the view moves', () => {
  it('draws its edges at rest, and none while panning', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${baseUrl}/?expand=person:0*5,person:1*5`);
    await page.waitForFunction(
      () => {
        const cy = window.__cy;
        return cy && cy.scratch('large') && cy.edges('.unplaced').length === 0 && !document.querySelector('.canvas-status') && !cy.animated();
      },
      undefined,
      { timeout: 40_000 },
    );
    await page.waitForTimeout(300);
    const atRest = await edgePixels(page);

    await page.evaluate(() => void window.__cy!.animate({ panBy: { x: 120, y: 40 } }, { duration: 3000 }));
    await page.waitForTimeout(400);
    const panning = await page.evaluate(() => window.__cy!.animated());
    const whilePanning = await edgePixels(page);

    expect(panning).toBe(true);
    expect(atRest).toBeGreaterThan(2_000);
    // What is left is the meetings' grey outlines (about an eighth): with the edges drawn it would be about all of it.
    expect(whilePanning).toBeLessThan(atRest * 0.3);
    await page.close();
  });
});
