import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { freshPagePerTest } from './browser';
import { contrastRatio } from './measure';

const baseUrl = inject('baseUrl');
const WRAY = 'person:christopher-wray';
const tab = freshPagePerTest({ acceptDownloads: true });
let page: Page;
beforeEach(() => {
  page = tab.page;
});

describe('notes', () => {
  it('keeps a note on a node through a reload, apart from the articles’ evidence, and in the JSON export', async () => {
    await page.goto(`${baseUrl}/?expand=${WRAY}&selected=${WRAY}`);
    const details = page.getByRole('complementary', { name: 'Details' });
    const notes = details.getByRole('region', { name: 'Your notes' });
    // A word no article has, so that search can only find it in the note.
    const text = `Ask who else was at the FBI meeting: the quinoxaline file (${Date.now()})`;
    await notes.getByLabel('Add a note').fill(text);
    await notes.getByRole('button', { name: 'Save note' }).click();
    await notes.getByText(text).waitFor();
    // Saved, the field is cleared for the next note.
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('.notes textarea')?.value === '');

    await page.reload();
    await notes.getByText(text).waitFor();
    // Apart from the evidence: not inside what the articles say, and not quoted like it.
    await details.getByRole('region', { name: 'Sources' }).waitFor();
    await expect(details.getByRole('region', { name: 'Sources' }).getByText(text).count()).resolves.toBe(0);
    const [colour, background] = await notes.locator('.note p').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('.note')!).backgroundColor]);
    expect(contrastRatio(colour!, background!)).toBeGreaterThanOrEqual(4.5);

    // Search finds the node by its note, and says it was the note.
    await page.getByRole('combobox', { name: 'Search' }).fill('quinoxaline');
    await expect(page.getByRole('option', { name: /Christopher Wray/ }).innerText()).resolves.toMatch(/in your note “Ask who else/);
    await page.keyboard.press('Escape');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON', exact: true }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { nodes: { id: string }[]; notes: { target: string; text: string }[] };
    expect(exported.notes).toContainEqual(expect.objectContaining({ target: WRAY, text }));
    expect(exported.nodes.map((n) => n.id)).toContain(WRAY);

    // Deleted, it is gone after a reload too (and the shared test server is left as it was).
    await notes.getByRole('button', { name: /^Delete the note/ }).first().click();
    await notes.getByText(text).waitFor({ state: 'detached' });
    await page.reload();
    await notes.getByLabel('Add a note').waitFor();
    await expect(notes.getByText(text).count()).resolves.toBe(0);
  });
});
