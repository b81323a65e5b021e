/** Expanding grows the picture without rearranging it; what the researcher placed stays placed. */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest } from './browser';

const baseUrl = inject('baseUrl');
const HAMMOUCHI = 'person:abdellatif-hammouchi';
const WRAY_MEETING = 'meeting:2022-06-13-etats-unis-wray';
const tab = freshPagePerTest();
let page: Page;
beforeEach(() => {
  page = tab.page;
});

const positions = () => page.evaluate(() => Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), { ...n.position() }])));
const settled = () => page.waitForFunction(() => window.__cy !== undefined && !window.__cy.animated() && !window.__cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated()), undefined, { polling: 100 });

async function screenPoint(id: string) {
  return page.evaluate((nodeId) => {
    const node = window.__cy!.getElementById(nodeId);
    const box = window.__cy!.container()!.getBoundingClientRect();
    return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
  }, id);
}

async function drag(id: string, dx: number, dy: number) {
  const from = await screenPoint(id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
  await page.mouse.up();
}

describe('expanding in a real browser', () => {
  it('keeps every node where it was, the dragged and the pinned too, and puts the newcomers around the expanded node', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    await settled();

    // Drag one node; pin another, then drag it too: pinned nodes can still be moved by hand.
    console.time('drag'); await drag('org:dgst', 40, 30); console.timeEnd('drag');
    await page.getByRole('region', { name: 'On the canvas' }).getByText('List them').click();
    await page.getByRole('region', { name: 'On the canvas' }).getByRole('button', { name: 'DGSN' }).click();
    console.time('pin'); await page.getByRole('button', { name: 'Pin' }).click(); console.timeEnd('pin');
    const beforePinnedDrag = await positions();
    await drag('org:dgsn', -40, 30);
    const before = await positions();
    expect(Math.hypot(before['org:dgsn']!.x - beforePinnedDrag['org:dgsn']!.x, before['org:dgsn']!.y - beforePinnedDrag['org:dgsn']!.y)).toBeGreaterThan(10);

    await page.evaluate((id) => void window.__cy!.getElementById(id).emit('dbltap'), WRAY_MEETING);
    await page.waitForFunction(() => window.__cy?.getElementById('person:christopher-wray').nonempty());
    await page.waitForTimeout(200);
    await settled();
    const after = await positions();

    const moved = Object.keys(before).map((id) => Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y));
    expect(Math.max(...moved)).toBeLessThan(3);
    const anchor = after[WRAY_MEETING]!;
    const newcomers = Object.keys(after).filter((id) => !(id in before));
    expect(newcomers).toContain('person:christopher-wray');
    for (const id of newcomers) expect(Math.hypot(after[id]!.x - anchor.x, after[id]!.y - anchor.y)).toBeLessThan(400);
  });

  it('offers who a person met in one step', async () => {
    await page.goto(`${baseUrl}/?expand=person:eric-snoek&selected=person:eric-snoek`);
    await page.getByRole('button', { name: 'Expand with who they met' }).click();
    await page.waitForFunction(() => window.__cy?.getElementById('person:abdellatif-hammouchi').nonempty());
  });
});
