import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless; the flags keep it off a network this machine does not have. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Ids of the visible nodes on the canvas, read through the test build's window.__cy. */
export function visibleNodeIds(page: Page, type?: string): Promise<string[]> {
  return page.evaluate(
    (t) => (window.__cy?.nodes(':visible').filter((n) => !t || n.data('type') === t).map((n) => n.id()) ?? []).sort(),
    type,
  );
}
