import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest } from './browser';

const baseUrl = inject('baseUrl');
const HAMMOUCHI = 'person:abdellatif-hammouchi';
const tab = freshPagePerTest();
let page: Page;
beforeEach(() => {
  page = tab.page;
});

/** Each node's drawn width and fill, read from Cytoscape's computed style (its colours are written "rgb(r,g,b)"). */
const drawn = () =>
  page.evaluate(() => Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), { width: n.width(), fill: n.style('background-color') as string }])));

describe('size and colour', () => {
  it('sizes people and agencies by betweenness: the hub everyone meets through is the largest, who only met him the smallest', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&mode=whomet`);
    await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 5);
    const before = await drawn();
    await page.getByLabel('Size by').selectOption('betweenness');
    await page.waitForFunction((h) => window.__cy!.getElementById(h).width() === 84, HAMMOUCHI);
    const after = await drawn();
    expect(after['person:christopher-wray']!.width).toBe(32);
    expect(after['person:christopher-wray']!.width).toBeLessThan(before['person:christopher-wray']!.width);
    expect(page.url()).toMatch(/size=betweenness/);
    await expect(page.getByTestId('size-meaning').innerText()).resolves.toMatch(/betweenness.*Largest here: Abdellatif Hammouchi\./s);
  });

  it('colours by community, each node its community’s colour, with a legend of those colours and their counts', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&mode=whomet`);
    await page.waitForFunction(() => (window.__cy?.edges().length ?? 0) > 5);
    await page.getByLabel('Colour by').selectOption('community');
    const legend = page.getByRole('list', { name: 'Colours by community' });
    await legend.getByText('Community 2').waitFor();
    const rows = await legend.locator('li').evaluateAll((lis) =>
      lis.map((li) => ({ label: li.childNodes[1]?.textContent, colour: getComputedStyle(li.querySelector('.swatch')!).backgroundColor.replaceAll(' ', ''), count: Number(li.querySelector('.count')!.textContent) })),
    );
    const fills = Object.values(await drawn()).map((d) => d.fill);
    // Every colour in the legend is worn by as many nodes as it says, and the two communities differ.
    for (const row of rows) expect(fills.filter((f) => f === row.colour).length).toBe(row.count);
    expect(rows[0]!.colour).not.toBe(rows[1]!.colour);
    const looks = await drawn();
    // Hammouchi meets the Spanish and German police apart from his other counterparts: Louvain sets them apart.
    expect(looks['org:policia-nacional']!.fill).not.toBe(looks['person:christopher-wray']!.fill);
    // A community keeps its colour whatever the canvas shows: Hammouchi's, the graph's largest (community 0), wears the first.
    expect(looks[HAMMOUCHI]!.fill).toBe('rgb(78,121,167)');
    await page.goto(`${baseUrl}/?mode=compare&a=2024&b=2025&colour=community`);
    await page.waitForFunction((h) => window.__cy?.getElementById(h).style('background-color') === 'rgb(78,121,167)', HAMMOUCHI);
    expect(page.url()).toMatch(/colour=community/);
  });

  it('colours by country, and back to type', async () => {
    await page.goto(`${baseUrl}/?expand=${HAMMOUCHI}&mode=whomet&colour=country`);
    await page.getByRole('list', { name: 'Colours by country' }).getByText('Spain').waitFor();
    const spain = await page.evaluate(() => window.__cy!.getElementById('org:policia-nacional').style('background-color') as string);
    const germany = await page.evaluate(() => window.__cy!.getElementById('org:bundespolizei').style('background-color') as string);
    expect(spain).not.toBe(germany);
    await page.getByLabel('Colour by').selectOption('type');
    // Back to the type's colour: agencies in their amber.
    await page.waitForFunction(() => window.__cy!.getElementById('org:policia-nacional').style('background-color') === 'rgb(192,118,42)');
  });
});
