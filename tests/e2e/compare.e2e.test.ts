import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest } from './browser';
import { contrastRatio } from './measure';

const baseUrl = inject('baseUrl');
const HAMMOUCHI = 'person:abdellatif-hammouchi';
const tab = freshPagePerTest();
let page: Page;
beforeEach(() => {
  page = tab.page;
});

/** The ties on the canvas by how they changed, each as "a|b" with its drawn colour. */
const ties = () =>
  page.evaluate(() =>
    window.__cy!.edges().map((e) => ({ change: e.data('change') as string, ends: [e.data('source'), e.data('target')].sort().join('|'), colour: e.style('line-color') as string, dashed: e.style('line-style') === 'dashed' })),
  );

describe('compare mode', () => {
  it('colours the ties of 2024 → 2025 by appeared, vanished and kept, with their counts, and lists the meetings behind one', async () => {
    await page.goto(`${baseUrl}/?mode=compare&a=2024&b=2025`);
    await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 0);
    const drawn = await ties();
    const vanished = drawn.filter((t) => t.change === 'vanished');
    expect(vanished.map((t) => t.ends).sort()).toEqual([`${HAMMOUCHI}|person:eric-snoek`, `${HAMMOUCHI}|person:francisca-bostyn`].sort());
    // The Madrid ties of January 2025 appeared.
    expect(drawn.filter((t) => t.change === 'appeared').map((t) => t.ends)).toContain(`org:policia-nacional|${HAMMOUCHI}`.split('|').sort().join('|'));
    // Appeared green, vanished red and dashed: told apart by more than hue.
    expect(new Set(drawn.filter((t) => t.change === 'appeared').map((t) => t.colour))).toEqual(new Set(['rgb(46,139,87)']));
    expect(vanished.every((t) => t.colour === 'rgb(192,57,43)' && t.dashed)).toBe(true);

    const legend = page.getByRole('list', { name: 'Ties' });
    const count = (label: string) => legend.locator('li', { hasText: label }).locator('.count').innerText();
    await expect(count('Appeared')).resolves.toBe(String(drawn.filter((t) => t.change === 'appeared').length));
    await expect(count('Vanished')).resolves.toBe('2');
    await expect(count('Kept')).resolves.toBe('0');
    const [text, background] = await legend.locator('li').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('.compare-bar')!).backgroundColor]);
    expect(contrastRatio(text!, background!)).toBeGreaterThanOrEqual(4.5);

    // The tie with Snoek vanished: the details say so and list the Brussels visit of December 2024 behind it.
    await page.evaluate((h) => void window.__cy!.edges(`[source = "${h}"][target = "person:eric-snoek"], [target = "${h}"][source = "person:eric-snoek"]`).emit('tap'), HAMMOUCHI);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByText('Vanished').waitFor();
    const meetings = details.getByRole('list', { name: 'Meetings behind this tie' });
    await meetings.getByText('Hammouchi in Belgium').waitFor();
    await expect(meetings.innerText()).resolves.toMatch(/December 2024/);
  });

  it('compares other periods, kept in the URL', async () => {
    await page.goto(`${baseUrl}/?mode=compare&a=2024&b=2025`);
    await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 0);
    await page.getByLabel('First period').fill('2022');
    await page.getByLabel('Second period').fill('2024');
    await page.getByRole('button', { name: 'Compare', exact: true }).last().click();
    await page.waitForFunction(() => window.__cy!.edges('[change = "vanished"]').some((e) => [e.data('source'), e.data('target')].includes('person:christopher-wray')));
    expect(page.url()).toMatch(/a=2022&b=2024/);
    const drawn = await ties();
    expect(drawn.filter((t) => t.change === 'appeared').map((t) => t.ends)).toContain([HAMMOUCHI, 'person:francisca-bostyn'].sort().join('|'));
  });
});
