import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest, visibleNodeIds } from './browser';

const baseUrl = inject('baseUrl');
const HAMMOUCHI = 'person:abdellatif-hammouchi';
const tab = freshPagePerTest({ acceptDownloads: true });
let page: Page;
beforeEach(() => {
  page = tab.page;
});

async function searchAndChoose(text: string, option: RegExp) {
  await page.getByRole('combobox', { name: 'Search' }).fill(text);
  await page.getByRole('option', { name: option }).first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.getByRole('option', { name: option }).first().click();
}


describe('the explorer in a real browser', () => {
  it('opens on a designed empty state with a labelled search box', async () => {
    await page.goto(baseUrl);
    await expect(page.getByRole('heading', { name: 'Who met whom?' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Search' }).isVisible()).resolves.toBe(true);
    await page.getByText(/Embedded · 64 nodes/).waitFor();
  });

  it('finds Francisca Bostyn from the misspelling "Posten" and puts her on the canvas with her neighbours', async () => {
    await page.goto(baseUrl);
    await searchAndChoose('Posten', /Francisca Bostyn/);
    await page.waitForFunction(() => window.__cy?.getElementById('org:surete-de-l-etat').nonempty());
    expect(await visibleNodeIds(page)).toEqual(['meeting:2024-11-25-rabat', 'org:surete-de-l-etat', 'person:francisca-bostyn']);
    await page.getByRole('heading', { name: 'Francisca Bostyn' }).waitFor();
    expect(page.url()).toContain('expand=person:francisca-bostyn');
  });

  it('expands Hammouchi, then a meeting by double-click, and undoes it', async () => {
    await page.goto(baseUrl);
    await searchAndChoose('Hammouchi', /Abdellatif Hammouchi/);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    const before = (await visibleNodeIds(page)).length;
    // Double-click the Wray meeting where it is drawn.
    const at = await page.evaluate(() => {
      const node = window.__cy!.getElementById('meeting:2022-06-13-etats-unis-wray');
      const box = window.__cy!.container()!.getBoundingClientRect();
      return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
    });
    await page.waitForFunction(() => !window.__cy?.nodes().some((n) => (n as unknown as { animated(): boolean }).animated()));
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(() => window.__cy?.getElementById('person:christopher-wray').nonempty());
    expect((await visibleNodeIds(page)).length).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => window.__cy?.getElementById('person:christopher-wray').empty());
  });

  it('filtered to 2022 keeps only the US meetings, and who-met-whom shows only their people', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    await page.getByLabel('Year to').fill('2022');
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 3);
    expect(await visibleNodeIds(page, 'Meeting')).toEqual([
      'meeting:2022-06-13-etats-unis-burns',
      'meeting:2022-06-13-etats-unis-haines',
      'meeting:2022-06-13-etats-unis-wray',
    ]);
    expect(page.url()).toMatch(/to=2022/);
    // The topic counts follow the years: money laundering was discussed only in 2024.
    const topicCount = (name: string) => page.getByRole('group', { name: 'Topics' }).locator('label', { hasText: name }).locator('.count');
    await page.waitForFunction(() => [...document.querySelectorAll('.topics label')].some((l) => /Money laundering\s*0$/.test(l.textContent ?? '')));
    expect(await topicCount('Cybercrime').innerText()).toBe('3');

    await page.getByRole('radio', { name: 'Who met whom' }).click();
    await page.waitForFunction(() => window.__cy?.nodes('[type = "Meeting"]').length === 0 && window.__cy.nodes().length === 4);
    expect(await visibleNodeIds(page, 'Person')).toEqual([HAMMOUCHI, 'person:avril-haines', 'person:christopher-wray', 'person:william-burns']);
    expect(await page.evaluate(() => window.__cy!.edges().map((e) => e.data('weight')))).toEqual([1, 1, 1]);

    // The whole view is in the URL: a reload shows the same graph.
    await page.reload();
    await page.waitForFunction(() => window.__cy?.nodes().length === 4);
    expect(await visibleNodeIds(page, 'Person')).toContain('person:william-burns');
  });

  it('filters by topic: cybercrime keeps the US and Madrid meetings and drops the ambassadors', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
    await page.getByRole('group', { name: 'Topics' }).getByLabel(/Cybercrime/).check();
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 5);
    expect((await visibleNodeIds(page, 'Meeting')).every((id) => id.includes('etats-unis') || id.includes('madrid'))).toBe(true);
  });

  it('goes back and forward through expansions with the browser buttons', async () => {
    await page.goto(baseUrl);
    await searchAndChoose('Snoek', /Eric Snoek/);
    await page.waitForFunction(() => window.__cy?.getElementById('person:eric-snoek').nonempty());
    await searchAndChoose('FBI', /FBI/);
    await page.waitForFunction(() => window.__cy?.getElementById('person:christopher-wray').nonempty());
    await page.goBack();
    await page.waitForFunction(() => window.__cy?.getElementById('org:fbi').empty());
    await page.goForward();
    await page.waitForFunction(() => window.__cy?.getElementById('org:fbi').nonempty());
  });

  it('shows the quote in the article it comes from', async () => {
    await page.goto(`${baseUrl}/?expand=person:avril-haines&selected=person:avril-haines`);
    await page.getByRole('button', { name: /Mme Avril Hainse, Directrice du renseignement national américain/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('mark').innerText()).toContain('Avril Hainse');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('highlights the shortest connection between two chosen people', async () => {
    await page.goto(`${baseUrl}/?expand=person:christopher-wray&selected=person:christopher-wray`);
    await page.getByRole('button', { name: 'Connect from here' }).click();
    await searchAndChoose('Bostyn', /Francisca Bostyn/);
    await page.getByRole('button', { name: 'Connect to here' }).click();
    await page.waitForFunction(() => (window.__cy?.elements('.on-path').length ?? 0) >= 9);
    expect(await page.evaluate(() => window.__cy!.nodes('.on-path').map((n) => n.id()))).toContain('person:abdellatif-hammouchi');
  });

  it('exports what is on screen as a 2× PNG on white and as SVG', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 10);
    const size = await page.evaluate(() => ({ w: window.__cy!.width(), h: window.__cy!.height() }));

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngBytes.readUInt32BE(16)).toBe(Math.round(size.w * 2));
    expect(pngBytes.readUInt32BE(20)).toBe(Math.round(size.h * 2));
    expect(pngBytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
    expect(svgText).toContain('Abdellatif Hammouchi');

    const [graphml] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GraphML' }).click()]);
    const xml = readFileSync((await graphml.path())!, 'utf8');
    expect(xml).toContain('<graphml');
    expect(xml.match(/<node /g)?.length).toBe(await page.evaluate(() => window.__cy!.nodes(':visible').length));
  });

  it('says when the server cannot be reached, and recovers on Retry', async () => {
    await page.route('**/api/**', (route) => route.abort());
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}`);
    await page.getByRole('alert').filter({ hasText: 'cannot be reached' }).waitFor();
    await page.unroute('**/api/**');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => (window.__cy?.nodes('[type = "Meeting"]').length ?? 0) === 10);
  });
});
