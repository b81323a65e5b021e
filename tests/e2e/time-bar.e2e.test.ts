import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest, visibleNodeIds } from './browser';
import { contrastRatio, overlappingPairs } from './measure';

const baseUrl = inject('baseUrl');
const HAMMOUCHI = 'person:abdellatif-hammouchi';
const tab = freshPagePerTest();
let page: Page;
beforeEach(() => {
  page = tab.page;
});

/** Drags across the time bar from one month's bar to another's, as a researcher brushes. */
async function brush(fromMonth: string, toMonth: string) {
  const centre = async (month: string) => {
    const box = (await page.locator('.month-bars .month').filter({ has: page.locator(`xpath=self::*[starts-with(@title, "${month}")]`) }).boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const [a, b] = [await centre(fromMonth), await centre(toMonth)];
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, a.y, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

/** The people and agencies tied to Hammouchi on the who-met canvas. */
const metIds = () => page.evaluate(() => (window.__cy?.edges().map((e) => (e.data('source') === 'person:abdellatif-hammouchi' ? e.data('target') : e.data('source'))) ?? []).sort());

describe('the time bar', () => {
  it('shows meetings per month with dated ticks that do not overlap, in readable text', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.locator('.month-bars .month').first().waitFor();
    const bars = await page.locator('.month-bars .month').count();
    // June 2022 to January 2026, every month, gaps included.
    expect(bars).toBe(44);
    const ticks = await page.locator('.month-ticks .tick').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, x1: r.left, y1: r.top, x2: r.right, y2: r.bottom, colour: getComputedStyle(el).color };
      }),
    );
    expect(ticks.map((t) => t.text)).toEqual(['Jun 2022', '2023', '2024', '2025', '2026']);
    expect(overlappingPairs(ticks)).toEqual([]);
    const [text, background] = await page.locator('.time-window').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('.time-bar')!).backgroundColor]);
    expect(contrastRatio(text!, background!)).toBeGreaterThanOrEqual(4.5);
    for (const t of ticks) expect(contrastRatio(t.colour, background!)).toBeGreaterThanOrEqual(4.5);
    // Bars are drawn where meetings are: June 2022 holds three, which is the tallest but one.
    const heights = await page.locator('.month-bars .month .meetings').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights[0]).toBeGreaterThan(10);
    expect(heights[1]).toBe(0);
  });

  it('brushes months to filter the canvas and its expansions, kept in the URL', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    await brush('Nov 2024', 'Jan 2025');
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 4);
    expect(page.url()).toMatch(/from=2024-11&to=2025-01/);
    expect(await visibleNodeIds(page, 'Meeting')).toEqual(['meeting:2024-11-25-rabat', 'meeting:2024-12-belgique', 'meeting:2025-01-28-madrid-bilaterale', 'meeting:2025-01-28-madrid-tripartite']);
    await expect(page.locator('.time-window').innerText()).resolves.toBe('Nov 2024 – Jan 2025');
    // The brushed months are the highlighted ones.
    await expect(page.locator('.month-bars .month.in').count()).resolves.toBe(3);

    // A reload keeps the months; "All dates" lets them go.
    await page.reload();
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 4);
    await page.getByRole('button', { name: 'All dates' }).click();
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    expect(page.url()).not.toMatch(/from=|to=/);
  });

  it('brushes by keyboard too: arrows move the months, Shift+arrows their end', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    const brushControl = page.getByRole('slider', { name: /^Months shown/ });
    await brushControl.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.time-window').innerText()).resolves.toBe('Jun 2022');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(brushControl.getAttribute('aria-valuetext')).resolves.toBe('Jun 2022 – Jul 2022');
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 3);
    expect(page.url()).toMatch(/to=2022-07/);
  });

  it('plays through time: the 2022 ties first, then the later ones, and Pause stops it', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&mode=whomet`);
    await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 5);
    await page.getByLabel('Speed').selectOption('fast');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' }).isVisible()).resolves.toBe(true);
    // The pointer still on it after the click: its white text stays readable on its hovered background.
    const [text, background] = await page.getByRole('button', { name: 'Pause' }).evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(contrastRatio(text!, background!)).toBeGreaterThanOrEqual(4.5);
    const seen: string[][] = [];
    for (let i = 0; i < 300 && !(seen.at(-1) ?? []).includes('person:francisca-bostyn'); i++) {
      const ids = await metIds();
      if (ids.length > 0 && ids.join() !== seen.at(-1)?.join()) seen.push(ids);
      await page.waitForTimeout(50);
    }
    expect(seen[0]).toEqual(['person:avril-haines', 'person:christopher-wray', 'person:william-burns']);
    expect(seen.at(-1)).toContain('person:francisca-bostyn');
    // Cumulative: the 2022 ties stay while the later ones come.
    expect(seen.at(-1)).toEqual(expect.arrayContaining(seen[0]!));
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = page.url();
    await page.waitForTimeout(800);
    expect(page.url()).toBe(paused);
    // Step moves one month on.
    const before = await page.locator('.time-window').innerText();
    await page.getByRole('button', { name: 'Step' }).click();
    await page.waitForFunction((b) => document.querySelector('.time-window')?.textContent !== b, before);
  });

  it('plays a sliding window: the 2022 ties leave as the window moves on', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&mode=whomet`);
    await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 5);
    await page.getByLabel('Play mode').selectOption('sliding');
    await page.getByLabel('Speed').selectOption('fast');
    await page.getByRole('button', { name: 'Play' }).click();
    const seen: string[][] = [];
    for (let i = 0; i < 300 && !(seen.at(-1) ?? []).includes('person:francisca-bostyn'); i++) {
      const ids = await metIds();
      if (ids.join() !== seen.at(-1)?.join()) seen.push(ids);
      await page.waitForTimeout(50);
    }
    expect(seen.find((s) => s.length > 0)).toEqual(['person:avril-haines', 'person:christopher-wray', 'person:william-burns']);
    // A year-wide window over November 2024 no longer holds June 2022.
    expect(seen.at(-1)).not.toContain('person:christopher-wray');
  });
});
