/**
 * The contract's notes (graph-store-contract.ts runs them after the writes):
 * a researcher's notes on nodes, kept, listed newest first, found by search,
 * deleted, and never taken for a fact of the graph.
 */
import { describe, expect, it } from 'vitest';
import { notesQuery, searchQuery } from '../../contract/requests';
import { NotFoundError } from '../errors';
import type { GraphStore } from '../graph-store';

const WRAY = 'person:christopher-wray';
const list = (store: GraphStore, target?: string, limit?: number) => store.notes(notesQuery.parse({ ...(target ? { target } : {}), ...(limit ? { limit } : {}) }));

/** `current` gives the store the suite opened on the seed graph. */
export function notesContract(current: () => GraphStore) {
  describe('notes', () => {
    keepingNotes(current);
    refusingNotes(current);
    findingNotes(current);
  });
}

function keepingNotes(current: () => GraphStore) {
  it('keeps a note on a node and lists that node’s notes newest first', async () => {
    const store = current();
    const first = await store.addNote({ target: WRAY, text: 'Met again in Rabat? Check the 2023 press.' });
    const second = await store.addNote({ target: WRAY, text: 'Ask the FBI attaché.' });
    expect(first).toMatchObject({ id: expect.stringMatching(/^note:/), target: WRAY, text: 'Met again in Rabat? Check the 2023 press.' });
    expect(Date.parse(second.created)).toBeGreaterThan(Date.parse(first.created));
    expect((await list(store, WRAY)).notes).toEqual([second, first]);
    expect(await list(store, WRAY, 1)).toEqual({ notes: [second], truncated: true });
  });

  it('lists every node’s notes without a target, newest first', async () => {
    const store = current();
    const other = await store.addNote({ target: 'org:fbi', text: 'Liaison office in Rabat since when?' });
    const all = (await list(store)).notes;
    expect(all[0]).toEqual(other);
    expect(all.map((note) => note.target)).toEqual(expect.arrayContaining([WRAY, 'org:fbi']));
    expect((await list(store, 'person:william-burns')).notes).toEqual([]);
  });

  it('takes a note for no fact: the graph’s size, the node’s relations and its sources stay as they were', async () => {
    const store = current();
    const [health, details] = await Promise.all([store.health(), store.node('person:avril-haines')]);
    await store.addNote({ target: 'person:avril-haines', text: 'The article misspells her name.' });
    expect(await store.health()).toEqual(health);
    const after = await store.node('person:avril-haines');
    expect(after.relations).toEqual(details.relations);
    expect(after.sources).toEqual(details.sources);
    expect(after.neighbours).toHaveLength(details.neighbours.length);
  });
}

function refusingNotes(current: () => GraphStore) {
  it('refuses a note on a node that does not exist, naming the target, and writes nothing', async () => {
    const store = current();
    const before = (await list(store)).notes;
    const error = await store.addNote({ target: 'person:nobody', text: 'lost' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).field).toBe('target');
    expect((await list(store)).notes).toEqual(before);
    await expect(list(store, 'person:nobody')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('deletes a note once: it is gone, and deleting it again is NotFoundError', async () => {
    const store = current();
    const note = await store.addNote({ target: WRAY, text: 'to be deleted' });
    await store.deleteNote(note.id);
    expect((await list(store, WRAY)).notes.map((n) => n.id)).not.toContain(note.id);
    const again = await store.deleteNote(note.id).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(NotFoundError);
    expect((again as NotFoundError).field).toBe('id');
  });
}

function findingNotes(current: () => GraphStore) {
  it('finds a node by the words of its note, after the hits by name, marked with the note', async () => {
    const store = current();
    const note = await store.addNote({ target: 'org:dgsn', text: 'Counterpart for the zanzibar liaison desk' });
    const [hit] = await store.search(searchQuery.parse({ q: 'zanzibar desk' }));
    expect(hit).toMatchObject({ id: 'org:dgsn', type: 'Organization', noteId: note.id, matched: note.text });
    expect((await store.search(searchQuery.parse({ q: 'zanzibar', types: 'Person' }))).map((h) => h.id)).not.toContain('org:dgsn');
    const byName = await store.search(searchQuery.parse({ q: 'Hammouchi' }));
    expect(byName.every((h) => h.noteId === undefined)).toBe(true);
  });

  it('no longer finds a node by a note that was deleted', async () => {
    const store = current();
    const note = await store.addNote({ target: 'org:fbi', text: 'quokka protocol' });
    expect((await store.search(searchQuery.parse({ q: 'quokka' })))[0]?.noteId).toBe(note.id);
    await store.deleteNote(note.id);
    expect(await store.search(searchQuery.parse({ q: 'quokka' }))).toEqual([]);
  });
}
