/**
 * The embedded store's notes: kept in memory (by id, by target, and in a
 * search index of their words), and in the data dir's notes file once the
 * store has one. Every change goes through the file first, so what a reply
 * shows is what survives a restart.
 */
import type { Note } from '../../contract/model';
import type { NoteBody, NotesQuery, SearchQuery } from '../../contract/requests';
import type { NotesPage, SearchHit } from '../../contract/results';
import { NotFoundError } from '../errors';
import { newestFirst, noteHit, noteMaker } from '../note-records';
import type { MemoryState } from './memory-state';
import { openNotesFile, type NotesFile, type NotesFileOptions } from './notes-file';
import { createSearchIndex } from './search-index';

export function noteKeeper(state: MemoryState) {
  let byId = new Map<string, Note>();
  let newest: Note[] = [];
  let index = createSearchIndex();
  let file: NotesFile | undefined;
  const makeNote = noteMaker();

  const hold = (notes: Note[]) => {
    byId = new Map(notes.map((note) => [note.id, note]));
    newest = [...notes].sort(newestFirst);
    index = createSearchIndex();
    // A note is found under its target's type and label; its words are the one "name" indexed.
    index.addDocs(notes.flatMap((note) => {
      const target = state.nodes.get(note.target);
      return target ? [{ id: note.id, type: target.type, label: target.label, names: [note.text] }] : [];
    }));
  };
  const change = async (update: (notes: Note[]) => Note[]) => {
    if (file) await file.change(update);
    else hold(update([...byId.values()]));
  };

  return {
    async notes({ target, limit }: NotesQuery): Promise<NotesPage> {
      if (target !== undefined && !state.nodes.has(target)) throw new NotFoundError('node', target, 'target');
      const chosen = target === undefined ? newest : newest.filter((note) => note.target === target);
      return { notes: chosen.slice(0, limit), truncated: chosen.length > limit };
    },
    async addNote({ target, text }: NoteBody): Promise<Note> {
      if (!state.nodes.has(target)) throw new NotFoundError('node', target, 'target');
      const note = makeNote(target, text);
      await change((notes) => [...notes, note]);
      return note;
    },
    async deleteNote(id: string): Promise<void> {
      await change((notes) => {
        if (!notes.some((note) => note.id === id)) throw new NotFoundError('note', id);
        return notes.filter((note) => note.id !== id);
      });
    },
    /** Nodes whose notes the words match, best first; several notes on one node give one hit. */
    search(query: SearchQuery): SearchHit[] {
      return index.search({ ...query, limit: query.limit * 3 }).flatMap((hit) => {
        const note = byId.get(hit.id);
        const target = note && state.nodes.get(note.target);
        return note && target ? [noteHit(note, target, hit.score)] : [];
      });
    },
    async useFile(path: string, options?: NotesFileOptions): Promise<void> {
      file?.close();
      file = await openNotesFile(path, hold, options);
    },
    close() {
      file?.close();
    },
  };
}
