/**
 * Each main screen photographed (os.tmpdir()/liaison-screens, to look at) and
 * checked with axe-core; and the keyboard path through the explorer.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest } from './browser';

const baseUrl = inject('baseUrl');
const HAMMOUCHI = 'person:abdellatif-hammouchi';
const screens = join(tmpdir(), 'liaison-screens');
const axePath = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
// The app's CSP forbids inline scripts, which is how axe-core is injected.
const tab = freshPagePerTest({ bypassCSP: true });
let page: Page;
beforeEach(() => {
  page = tab.page;
});
beforeAll(() => {
  mkdirSync(screens, { recursive: true });
});

/** Serious and critical axe-core violations on the page as it is, as "rule: target" lines. */
async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const meetingsShown = () => page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);

const SCREENS: { name: string; open: () => Promise<void> }[] = [
  { name: 'empty-start', open: async () => void (await page.goto(baseUrl), await page.getByRole('heading', { name: 'Who met whom?' }).waitFor()) },
  { name: 'hammouchi-expanded', open: async () => void (await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`), await meetingsShown()) },
  { name: 'details-open', open: async () => void (await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&selected=${HAMMOUCHI}`), await meetingsShown(), await page.getByRole('heading', { name: 'Abdellatif Hammouchi' }).waitFor()) },
  { name: 'who-met-whom', open: async () => void (await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&mode=whomet`), await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 5)) },
  { name: 'timeline', open: async () => void (await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&layout=timeline`), await meetingsShown(), await page.getByRole('group', { name: 'Dates' }).waitFor()) },
  {
    name: 'add-article-review',
    open: async () => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Add article' }).click();
      await page.getByLabel('Article text').fill(readFileSync(fileURLToPath(new URL('../../server/ingest/fixtures/bruxelles-2025.txt', import.meta.url)), 'utf8'));
      await page.getByRole('button', { name: 'Propose facts' }).click();
      await page.getByRole('region', { name: 'People' }).waitFor();
    },
  },
];

describe('the main screens', () => {
  for (const screen of SCREENS) {
    it(`${screen.name}: photographed, with no serious or critical accessibility violation`, async () => {
      await screen.open();
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(screens, `${screen.name}.png`) });
      expect(await seriousViolations()).toEqual([]);
    });
  }
});

describe('the keyboard path', () => {
  it('reaches the canvas in few tab stops, moves between nodes with the arrows, opens details with Enter, and reaches the details before the filters', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&selected=${HAMMOUCHI}`);
    await meetingsShown();
    await page.getByRole('heading', { name: 'Abdellatif Hammouchi' }).waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 40 && !stops.includes('details'); i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => (document.activeElement?.closest('.details') ? 'details' : document.activeElement?.closest('.sidebar') ? 'filters' : document.activeElement?.closest('.canvas') ? 'canvas' : (document.activeElement?.tagName ?? ''))));
    }
    expect(stops.indexOf('canvas')).toBeGreaterThanOrEqual(0);
    expect(stops.indexOf('canvas')).toBeLessThan(20);
    expect(stops).not.toContain('filters');

    await page.locator('.canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/selected=/);
    const first = new URL(page.url()).searchParams.get('selected');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((was) => new URL(location.href).searchParams.get('selected') !== was, first);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Boolean(document.activeElement?.closest('.details')));
  });

  it('undoes an expand with Ctrl+Z', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&selected=meeting:2022-06-13-etats-unis-wray`);
    await meetingsShown();
    await page.locator('.canvas').focus();
    await page.keyboard.press('e');
    await page.waitForFunction(() => window.__cy?.getElementById('person:christopher-wray').nonempty());
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.__cy?.getElementById('person:christopher-wray').empty());
  });

  it('keeps focus in the details after choosing a neighbour, gives it back to the quote after closing the article, and keeps Hammouchi’s panel short', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&selected=${HAMMOUCHI}`);
    await page.getByRole('heading', { name: 'Abdellatif Hammouchi' }).waitFor();
    const height = await page.locator('.details').evaluate((e) => e.scrollHeight);
    expect(height).toBeLessThan(1300);

    await page.getByRole('button', { name: 'DGST', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /DGST|Direction générale de la surveillance du territoire/ }).waitFor();
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.details')))).toBe(true);

    // Sources from several articles come folded, one per article.
    if (!(await page.locator('.details .quote').first().isVisible())) await page.locator('.details .source-article summary').first().click();
    const quote = page.locator('.details .quote').first();
    await quote.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('quote'))).toBe(true);
  });

  it('adds a history entry for a change of layout and of selection: back returns to the one before', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await meetingsShown();
    await page.getByLabel('Layout').selectOption('timeline');
    await page.waitForURL(/layout=timeline/);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('layout='));
  });

  it('shows each histogram bar’s year, a meeting’s country by name, and the article without its raw date line', async () => {
    await page.goto(`${baseUrl}/?expand=person:william-burns&selected=meeting:2022-06-13-etats-unis-burns`);
    await page.locator('.histogram .bar-year').first().waitFor();
    expect(await page.locator('.histogram .bar-year').allInnerTexts()).toEqual(['’22', '’23', '’24', '’25', '’26']);
    await page.getByText('United States').first().waitFor();
    if (!(await page.locator('.details .quote').first().isVisible())) await page.locator('.details .source-article summary').first().click();
    await page.locator('.details .quote').first().click();
    const text = await page.getByRole('dialog').locator('.article-text').innerText();
    expect(text).not.toMatch(/^\s*date \d{4}/);
  });
});
