import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

/** Ids of the visible nodes on the canvas, read through the test build's window.__cy. */
export function visibleNodeIds(page: Page, type?: string): Promise<string[]> {
  return page.evaluate(
    (t) => (window.__cy?.nodes(':visible').filter((n) => !t || n.data('type') === t).map((n) => n.id()) ?? []).sort(),
    type,
  );
}

/**
 * One Chromium for a test file and a fresh 1280×720 context and page for each
 * test, closed after it; an error thrown in the page fails the test. Read
 * `.page` inside a test or hook.
 */
export function freshPagePerTest(options: BrowserContextOptions = {}): { readonly page: Page } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const tab = {} as { page: Page };
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser!.newContext({ viewport: { width: 1280, height: 720 }, ...options });
    tab.page = await context.newPage();
    tab.page.on('pageerror', (error) => {
      throw error;
    });
  });
  afterEach(async () => {
    await context?.close();
  });
  return tab;
}
