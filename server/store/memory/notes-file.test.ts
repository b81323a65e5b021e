import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedGraph as loadSeed } from '../contract/seed-fixture';
import { notesQuery } from '../../contract/requests';
import { createMemoryStore, type MemoryStore } from './memory-store';
import { NotesFileError } from './notes-file';

const WRAY = 'person:christopher-wray';
const dataDir = () => mkdtempSync(join(tmpdir(), 'liaison-notes-'));

async function storeOn(dir: string, watchIntervalMs = 0): Promise<MemoryStore> {
  const store = createMemoryStore();
  await store.importGraph(loadSeed());
  await store.useAcceptedFacts(join(dir, 'accepted-facts.json'), { watchIntervalMs });
  return store;
}

const notesOf = async (store: MemoryStore, target = WRAY) => (await store.notes(notesQuery.parse({ target }))).notes;

describe('notes in the embedded store’s data dir', () => {
  it('survive a restart, and so does a deletion', async () => {
    const dir = dataDir();
    const first = await storeOn(dir);
    const kept = await first.addNote({ target: WRAY, text: 'kept' });
    const dropped = await first.addNote({ target: WRAY, text: 'dropped' });
    await first.deleteNote(dropped.id);
    await first.close();
    const second = await storeOn(dir);
    expect(await notesOf(second)).toEqual([kept]);
    expect(readdirSync(dir).sort()).toEqual(['notes.json']);
    expect(JSON.parse(readFileSync(join(dir, 'notes.json'), 'utf8'))).toEqual({ version: 1, notes: [kept] });
  });

  it('lose none of two stores’ notes written at once on one data dir', async () => {
    const dir = dataDir();
    const [a, b] = [await storeOn(dir), await storeOn(dir)];
    const written = await Promise.all([1, 2, 3].flatMap((n) => [a.addNote({ target: WRAY, text: `a${n}` }), b.addNote({ target: WRAY, text: `b${n}` })]));
    const third = await storeOn(dir);
    expect((await notesOf(third)).map((note) => note.text).sort()).toEqual(written.map((note) => note.text).sort());
  });

  it('show a running store what another process wrote, without a restart', async () => {
    const dir = dataDir();
    const server = await storeOn(dir, 20);
    const other = await storeOn(dir);
    const note = await other.addNote({ target: WRAY, text: 'from the other process' });
    await expect.poll(async () => notesOf(server), { timeout: 3000 }).toEqual([note]);
    await server.close();
  });

  it('stop the start on a damaged notes file, naming it, and leave it as it was', async () => {
    const dir = dataDir();
    const file = join(dir, 'notes.json');
    const text = JSON.stringify({ version: 1, notes: [{ id: 'note:1', target: WRAY }] });
    writeFileSync(file, text);
    const opening = storeOn(dir);
    await expect(opening).rejects.toBeInstanceOf(NotesFileError);
    await expect(opening).rejects.toThrow(/notes\.json: not a Liaison notes file \(notes\.0\.text: .*will not overwrite it$/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
