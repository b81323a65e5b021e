/** When the server goes away and comes back, the explorer says so, everywhere, and recovers by itself. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: ChildProcess | undefined;
let browser: Browser;
let page: Page;

/** Starts the server process; resolves with its address once it listens. */
function startServer(port = 0): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', `${root}/tests/e2e/serve-child.ts`], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  server = child;
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const address = /http:\/\/[\d.]+:\d+/.exec(chunk.toString())?.[0];
      if (address) resolve(address);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function stopServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (error) => {
    throw error;
  });
});
afterAll(async () => {
  await browser?.close();
  await stopServer();
});

describe('an outage in a real browser', () => {
  it('turns the health badge red within 5 s, says search is unavailable, and drops the stale details error once the server is back', async () => {
    const address = await startServer();
    const port = Number(new URL(address).port);
    await page.goto(`${address}/?expand=person:eric-snoek&selected=person:eric-snoek`);
    const badge = page.locator('.health');
    await page.waitForFunction(() => document.querySelector('.health')?.classList.contains('ok'));
    await page.getByRole('heading', { name: 'Eric Snoek' }).waitFor();

    await stopServer();
    const wentAway = Date.now();
    await page.waitForFunction(() => document.querySelector('.health')?.classList.contains('down'), undefined, { timeout: 5_000 });
    expect(Date.now() - wentAway).toBeLessThan(5_000);
    expect(await badge.innerText()).toMatch(/unreachable/i);

    await page.getByRole('combobox', { name: 'Search' }).fill('Hammouchi');
    await page.getByRole('listbox').getByText(/Search is unavailable/).waitFor({ timeout: 5_000 });

    // A node chosen during the outage: its details cannot load.
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'On the canvas' }).getByText('List them').click();
    await page.getByRole('region', { name: 'On the canvas' }).getByRole('button', { name: 'Police fédérale belge' }).click();
    await page.getByRole('complementary', { name: 'Details' }).getByText(/Could not load this node/).waitFor({ timeout: 10_000 });

    await startServer(port);
    await page.waitForFunction(() => document.querySelector('.health')?.classList.contains('ok'), undefined, { timeout: 10_000 });
    // No Retry clicked: the panel asks again by itself.
    await page.getByRole('heading', { name: 'Police fédérale belge' }).waitFor({ timeout: 10_000 });
    expect(await page.getByText(/Could not load this node/).count()).toBe(0);
  });
});
