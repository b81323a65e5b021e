import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { failedStart } from '../support/server-process';

const dataDir = () => mkdtempSync(join(tmpdir(), 'liaison-damaged-'));

it('stops the server with one message naming the damaged accepted-facts file and exit code 1', async () => {
  const dir = dataDir();
  writeFileSync(join(dir, 'accepted-facts.json'), JSON.stringify({ version: 1, batches: [null] }));
  const failure = await failedStart({ LIAISON_DATA_DIR: dir, NEO4J_URI: '' });
  expect(failure.code).toBe(1);
  expect(failure.stderr.trim()).toMatch(/^\[liaison\] .*accepted-facts\.json: batch 0: .*will not overwrite it$/);
}, 20_000);

it('stops the server with one message naming notes.json and exit code 1, and leaves it as it was', async () => {
  const dir = dataDir();
  const notes = join(dir, 'notes.json');
  writeFileSync(notes, '{"version": 1, "notes": [nul');
  const failure = await failedStart({ LIAISON_DATA_DIR: dir, NEO4J_URI: '' });
  expect(failure.code).toBe(1);
  expect(failure.stderr.trim()).toMatch(/^\[liaison\] .*notes\.json: .*$/);
  expect(failure.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(notes, 'utf8')).toBe('{"version": 1, "notes": [nul');
}, 20_000);
