import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest } from './browser';
import { overlappingPairs } from './measure';

const baseUrl = inject('baseUrl');
const WRAY = 'person:christopher-wray';
const BOSTYN = 'person:francisca-bostyn';
const tab = freshPagePerTest();
let page: Page;
beforeEach(() => {
  page = tab.page;
});

/** Selects a node as a click would. */
const tap = (id: string) => page.evaluate((i) => void window.__cy!.getElementById(i).emit('tap'), id);

async function connectInTime(from: string, to: string) {
  await page.goto(`${baseUrl}/?expand=${WRAY},${BOSTYN}`);
  await page.waitForFunction((ids) => ids.every((id) => window.__cy?.getElementById(id).nonempty()), [from, to]);
  await tap(from);
  await page.getByRole('button', { name: 'Connect from here' }).click();
  await tap(to);
  await page.getByRole('button', { name: 'Connect in time' }).click();
}

describe('connect in time', () => {
  it('lights the chain Wray → Hammouchi (June 2022) → Bostyn (November 2024), its dates in order', async () => {
    await connectInTime(WRAY, BOSTYN);
    const chain = page.getByRole('region', { name: 'Connected in time' });
    const steps = chain.getByRole('listitem');
    await steps.nth(1).waitFor();
    await expect(steps.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^13–14 June 2022\s+Christopher Wray met Abdellatif Hammouchi/),
      expect.stringMatching(/^25 November 2024\s+Abdellatif Hammouchi met Francisca Bostyn/),
    ]);
    expect(page.url()).toMatch(`timed=${WRAY},${BOSTYN}`);
    // On the canvas: the three people and both meetings lit, one numbered link a step, in date order.
    await page.waitForFunction(() => window.__cy!.edges('.in-time').length === 4);
    const lit = await page.evaluate(() => ({
      nodes: window.__cy!.nodes('.in-time').map((n) => n.id()).sort(),
      labels: window.__cy!.edges('.in-time[step]').map((e) => e.data('step') as string).sort(),
      boxes: window.__cy!.edges('.in-time[step]').map((e) => e.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false } as never)),
    }));
    expect(lit.nodes).toEqual(['meeting:2022-06-13-etats-unis-wray', 'meeting:2024-11-25-rabat', 'person:abdellatif-hammouchi', WRAY, BOSTYN]);
    expect(lit.labels).toEqual(['1 · Jun 2022', '2 · Nov 2024']);
    expect(overlappingPairs(lit.boxes)).toEqual([]);
    // The strip under the canvas covers none of the canvas.
    const [canvas, strip] = await Promise.all([page.getByTestId('graph-canvas').boundingBox(), chain.boundingBox()]);
    expect(strip!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);

    await chain.getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(() => window.__cy!.elements('.in-time').length === 0);
    expect(page.url()).not.toMatch('timed=');
  });

  it('says when no chain exists: Bostyn met Hammouchi after he met Wray, so word could not pass back in time', async () => {
    await connectInTime(BOSTYN, WRAY);
    const chain = page.getByRole('region', { name: 'Connected in time' });
    await expect(chain.getByRole('status').innerText()).resolves.toMatch(/^No chain of meetings in time order from Francisca Bostyn to Christopher Wray/);
    expect(await page.evaluate(() => window.__cy!.elements('.in-time').length)).toBe(0);
  });
});
