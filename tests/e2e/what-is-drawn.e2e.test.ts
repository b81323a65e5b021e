/** What a researcher sees, measured on the page: contrast, node sizes, label boxes. */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest } from './browser';
import { contrastRatio } from './measure';

const baseUrl = inject('baseUrl');
const tab = freshPagePerTest();
let page: Page;
beforeEach(() => {
  page = tab.page;
});

describe('what the explorer draws', () => {
  it('shows the words typed in the search box in readable contrast (at least 4.5:1)', async () => {
    await page.goto(baseUrl);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Hammouchi');
    const colours = await search.evaluate((input) => {
      // The first opaque background behind the text.
      let background = 'rgba(0, 0, 0, 0)';
      for (let e: Element | null = input; e && /rgba\(.*, 0\)|transparent/.test(background); e = e.parentElement) background = getComputedStyle(e).backgroundColor;
      return { color: getComputedStyle(input).color, background };
    });
    expect(contrastRatio(colours.color, colours.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the nodes of a highlighted connection at their size, and the highlight in who met whom', async () => {
    await page.goto(`${baseUrl}/?expand=person:christopher-wray,person:francisca-bostyn&path=person:christopher-wray,person:francisca-bostyn`);
    await page.waitForFunction(() => (window.__cy?.nodes('.on-path').length ?? 0) >= 5);
    const sizes = await page.evaluate(() => window.__cy!.nodes('.on-path').map((n) => ({ id: n.id(), drawn: n.width(), wanted: Number(n.data('size')) })));
    for (const { id, drawn, wanted } of sizes) expect({ id, drawn }).toEqual({ id, drawn: wanted });

    await page.getByRole('radio', { name: 'Who met whom' }).click();
    await page.waitForFunction(() => window.__cy?.nodes('[type = "Meeting"]').length === 0 && window.__cy.nodes().length > 0);
    await page.waitForFunction(() => (window.__cy?.edges('.on-path').length ?? 0) >= 1, undefined, { timeout: 5000 });
    expect(await page.evaluate(() => window.__cy!.nodes('.on-path').map((n) => n.id()))).toContain('person:abdellatif-hammouchi');
  });
});
