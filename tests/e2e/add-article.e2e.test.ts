import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/app';
import { openEmbeddedStore } from '../../server/boot/open-store';
import { launchChromium } from '../support/chromium';

/** Its own server and store: accepting an article changes the graph the other browser tests read. */
let app: Awaited<ReturnType<typeof buildApp>>;
let baseUrl: string;
let browser: Browser;
let page: Page;
const root = fileURLToPath(new URL('../..', import.meta.url));
const article = readFileSync(`${root}/server/ingest/fixtures/bruxelles-2025.txt`, 'utf8');

beforeAll(async () => {
  app = await buildApp({ store: await openEmbeddedStore(), webRoot: `${root}/dist/web-test` });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('adding an article in a real browser', () => {
  it('pastes an article, reviews the proposed facts with their quotes, accepts them and explores the new meeting', async () => {
    await page.goto(baseUrl);
    await page.getByText(/Embedded · 64 nodes/).waitFor();
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByLabel('Article text').fill(article);
    await page.getByRole('button', { name: 'Propose facts' }).click();

    const people = page.getByRole('region', { name: 'People' });
    await people.getByText('Annelies Verlinden', { exact: true }).waitFor();
    await people.getByText('« ministre belge de l\'Intérieur, Annelies Verlinden »').waitFor();
    expect(await people.getByText('new', { exact: true }).count()).toBe(2);
    expect(await page.getByRole('region', { name: 'Meetings' }).getByText(/February 2025 · Bruxelles, BE · audience/).count()).toBe(1);
    await page.screenshot({ path: `${root}/test-results/add-article-review.png` });

    await page.getByRole('button', { name: /^Accept \d+ facts$/ }).click();
    await page.getByRole('status').filter({ hasText: 'Added to the graph' }).waitFor();
    await page.getByRole('button', { name: 'Show in the graph' }).click();
    await page.waitForFunction(() => window.__cy?.getElementById('person:jean-baptiste-tine').nonempty());
    await page.screenshot({ path: `${root}/test-results/add-article-explore.png` });
    await page.getByRole('heading', { name: /Verlinden – Tine/ }).waitFor();
    // Verlinden, Tine, the Belgian ministry, Senegal's and Senegal (Tine is "son homologue sénégalais" of a minister of the interior), the meeting and the article.
    await page.getByText(/Embedded · 71 nodes/).waitFor();
  });
});
