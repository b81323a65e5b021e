import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/http/app';
import { openEmbeddedStore } from '../../server/boot/open-store';
import { launchChromium } from '../support/chromium';

/** Its own server and store: accepting articles changes the graph the other browser tests read. */
let app: Awaited<ReturnType<typeof buildApp>>;
let baseUrl: string;
let browser: Browser;
let page: Page;
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => readFileSync(`${root}/server/ingest/fixtures/${name}`, 'utf8');
/** A page with no date of its own (its date header taken off), then a dated one. */
const undated = { name: 'bruxelles-sans-date.txt', mimeType: 'text/plain', buffer: Buffer.from(fixture('bruxelles-2025.txt').replace(' date 2025-02 ', '')) };
const dated = { name: 'lisbonne.txt', mimeType: 'text/plain', buffer: Buffer.from(fixture('lisbonne-2024.txt')) };

beforeAll(async () => {
  app = await buildApp({ store: await openEmbeddedStore(), webRoot: `${root}/dist/web-test` });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  mkdirSync(`${root}/test-results`, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('adding several articles in a real browser', () => {
  it('proposes each file in turn, asks for a date only for the page that gives none, and re-dates it as the date is typed', async () => {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByLabel('Load .txt files').setInputFiles([undated, dated]);

    const files = page.getByRole('navigation', { name: 'Files' });
    await files.getByText('File 1 of 2: bruxelles-sans-date.txt').waitFor();
    const missing = page.getByRole('region', { name: 'Before you can accept' });
    await missing.getByText(/The article's date: the text gives none/).waitFor();
    const dateField = page.getByRole('textbox', { name: /Article date/ });
    expect(await dateField.isVisible()).toBe(true);
    const accept = page.getByRole('button', { name: /^Accept \d+ facts$/ });
    expect(await accept.isDisabled()).toBe(true);
    // The list of what is missing sits above the facts, readable without scrolling.
    const box = await missing.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(800);
    await page.getByRole('dialog').screenshot({ path: `${root}/test-results/add-articles-missing-date.png` });

    await dateField.fill('2025-02-12');
    await page.getByText(/· 12 February 2025/).first().waitFor();
    await page.waitForFunction(() => ![...document.querySelectorAll('.add-article footer button.primary')].some((b) => (b as HTMLButtonElement).disabled));
    expect(await missing.count()).toBe(0);
    await page.getByRole('dialog').screenshot({ path: `${root}/test-results/add-articles-redated.png` });
    await accept.click();
    await page.getByRole('status').filter({ hasText: 'Added to the graph' }).waitFor();

    await page.getByRole('button', { name: 'Next file: lisbonne.txt' }).click();
    await files.getByText('File 2 of 2: lisbonne.txt').waitFor();
    await page.getByRole('region', { name: 'People' }).waitFor();
    // This page dates itself: no date field, nothing missing, Accept offered.
    expect(await dateField.count()).toBe(0);
    expect(await missing.count()).toBe(0);
    expect(await accept.isEnabled()).toBe(true);
    await page.getByRole('dialog').screenshot({ path: `${root}/test-results/add-articles-second-file.png` });
  });
});
