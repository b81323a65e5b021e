/** The exported pictures show what the screen shows: every node shape, icon and label line, no label over another. */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { overlappingPairs } from './measure';

const baseUrl = inject('baseUrl');
const HAMMOUCHI = 'person:abdellatif-hammouchi';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  page = await context.newPage();
  consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    throw error;
  });
});
afterEach(async () => {
  await context?.close();
});

async function openHammouchi() {
  await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
  await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
  await page.waitForTimeout(300);
}

/** The screen boxes of the node labels the canvas draws. */
function drawnLabelBoxes() {
  return page.evaluate(() =>
    window.__cy!.nodes(':visible')
      .filter((n) => !n.hasClass('label-hidden'))
      .map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never) })),
  );
}

async function download(button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await file.path())!);
}

describe('the SVG export in a real browser', () => {
  it('draws a shape for every node on the canvas, every label line once, no label on another, and logs no error', async () => {
    await openHammouchi();
    const onCanvas = await page.evaluate(() => ({
      nodes: window.__cy!.nodes(':visible').length,
      lines: window.__cy!.nodes(':visible').filter((n) => !n.hasClass('label-hidden')).map((n) => String(n.data('label')).split('\n')).flat(),
    }));
    const svg = (await download('SVG')).toString('utf8');

    // Measured as drawn: the SVG put into the page, its text boxes read with getBBox.
    const drawn = await page.evaluate((text) => {
      const holder = document.createElement('div');
      holder.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
      document.body.append(holder);
      const svgElement = holder.querySelector('svg')!;
      const labels = [...svgElement.querySelectorAll('text.label')].map((t) => {
        const box = (t as SVGGraphicsElement).getBBox();
        return { id: t.getAttribute('data-id')!, x1: box.x, y1: box.y, x2: box.x + box.width, y2: box.y + box.height };
      });
      const result = {
        shapes: svgElement.querySelectorAll('g.node .node-shape').length,
        meetingShapes: svgElement.querySelectorAll('g.node[data-id^="meeting:"] .node-shape').length,
        icons: svgElement.querySelectorAll('g.node image').length,
        lines: [...svgElement.querySelectorAll('text.label[data-id*=":"] tspan')].map((t) => t.textContent),
        labels: labels.filter((l) => !l.id.startsWith('met:')),
      };
      holder.remove();
      return result;
    }, svg);

    expect(drawn.shapes).toBe(onCanvas.nodes);
    expect(drawn.meetingShapes).toBe(10);
    expect(drawn.icons).toBe(onCanvas.nodes);
    expect(drawn.lines.sort()).toEqual(onCanvas.lines.sort());
    expect(new Set(drawn.labels.map((l) => l.id)).size).toBe(drawn.labels.length);
    expect(overlappingPairs(drawn.labels).map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('draws the node icons in the PNG export', async () => {
    await openHammouchi();
    const png = await download('PNG');
    // Hammouchi's icon is white strokes on his blue disc: count near-white pixels inside the disc.
    const whiteShare = await page.evaluate(
      async ({ bytes, id }) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const node = window.__cy!.getElementById(id);
        const scale = bitmap.width / window.__cy!.width();
        const { x, y } = node.renderedPosition();
        const half = ((node.renderedWidth() * 0.5) / 2) * scale;
        const pixels = context.getImageData(x * scale - half, y * scale - half, 2 * half, 2 * half).data;
        let white = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! > 230 && pixels[i + 1]! > 230 && pixels[i + 2]! > 230) white++;
        return white / (pixels.length / 4);
      },
      { bytes: [...png], id: HAMMOUCHI },
    );
    expect(whiteShare).toBeGreaterThan(0.05);
  });
});

describe('labels at the default fit', () => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    it(`never draws two labels on top of each other around a hub at ${viewport.width}×${viewport.height}, and always labels the hub and the selection`, async () => {
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&selected=meeting:2025-01-28-madrid-tripartite`);
      await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
      await page.waitForTimeout(400);
      const labels = await drawnLabelBoxes();
      // Cytoscape pads label boxes by 2 px for antialiasing: overlaps within that are not visible.
      expect(overlappingPairs(labels, 4).map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
      expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining([HAMMOUCHI, 'meeting:2025-01-28-madrid-tripartite']));
      // Most labels fit: hiding is for collisions, not the rule.
      expect(labels.length).toBeGreaterThanOrEqual(8);
    });
  }

  it('keeps labels apart after "Expand with who they met", still labelling the hub it was asked of', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&selected=${HAMMOUCHI}`);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    await page.getByRole('button', { name: 'Expand with who they met' }).click();
    // Every meeting expanded: the people they gathered join the canvas.
    await page.waitForFunction(() => (window.__cy?.nodes('.expanded').length ?? 0) === 11 && window.__cy!.nodes('[type = "Person"]').length >= 9);
    await page.waitForTimeout(1500);
    const labels = await drawnLabelBoxes();
    expect(overlappingPairs(labels, 4).map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
    expect(labels.map((l) => l.id)).toContain(HAMMOUCHI);
    expect(labels.length).toBeGreaterThanOrEqual(12);
  });

  it('gives the timeline a date axis and labels at least 10 px tall at 1280', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&layout=timeline`);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    await page.getByRole('group', { name: 'Dates' }).waitFor();
    const ticks = await page.getByRole('group', { name: 'Dates' }).locator('.tick').allInnerTexts();
    expect(ticks).toEqual(expect.arrayContaining(['Jun 2022', 'Nov 2024', 'Jan 2026']));
    const smallest = await page.evaluate(() => Math.min(...window.__cy!.nodes(':visible').map((n) => Number.parseFloat(n.style('font-size')) * window.__cy!.zoom())));
    expect(smallest).toBeGreaterThanOrEqual(10 - 0.5);
  });
});
