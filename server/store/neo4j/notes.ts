/** Researchers' notes on Neo4j: `(:Note)-[:ABOUT]->(target)`, each write one transaction (see note-statements.ts). */
import type { Node } from 'neo4j-driver';
import type { Note } from '../../contract/model';
import type { NoteBody, NotesQuery, SearchQuery } from '../../contract/requests';
import type { NotesPage, SearchHit } from '../../contract/results';
import { NotFoundError } from '../errors';
import { noteHit, noteMaker } from '../note-records';
import { luceneQuery, queryTerms } from './lucene';
import { NOTE_SCHEMA_STATEMENTS, NOTE_STATEMENTS } from './note-statements';
import { plain, toGraphNode } from './records';
import { int, type RunCypher } from './run-cypher';

/**
 * Notes on the database behind `run`. Their constraint and full-text index
 * are created before the first note is read or written, once per store (a
 * database seeded before notes existed has neither).
 */
export function neo4jNotes(run: RunCypher) {
  const makeNote = noteMaker();
  let schema: Promise<void> | undefined;
  const ready = () => {
    schema ??= (async () => {
      for (const statement of NOTE_SCHEMA_STATEMENTS) await run(statement, {}, 'write');
    })().catch((error: unknown) => {
      schema = undefined; // try again next time (the database may have been unreachable)
      throw error;
    });
    return schema;
  };

  return {
    ready,
    async notes({ target, limit }: NotesQuery): Promise<NotesPage> {
      await ready();
      const [record] = target === undefined ? await run(NOTE_STATEMENTS.allNotes, { limit: int(limit) }) : await run(NOTE_STATEMENTS.notesOf, { target, limit: int(limit) });
      if (!record) throw new NotFoundError('node', target ?? '', 'target');
      // notesOf leaves out the target it was asked about; allNotes names each one.
      const rows = plain(record.get('notes')) as (Omit<Note, 'target'> & { target?: string })[];
      const notes = rows.map(({ id, text, created, target: about }) => ({ id, target: about ?? target!, text, created }));
      return { notes, truncated: record.get('truncated') as boolean };
    },
    async addNote({ target, text }: NoteBody): Promise<Note> {
      await ready();
      const note = makeNote(target, text);
      const records = await run(NOTE_STATEMENTS.addNote, { ...note, words: queryTerms(text).join(' ') }, 'write');
      if (records.length === 0) throw new NotFoundError('node', target, 'target');
      return note;
    },
    async deleteNote(id: string): Promise<void> {
      await ready();
      const [record] = await run(NOTE_STATEMENTS.deleteNote, { id }, 'write');
      if (Number(plain(record?.get('deleted'))) === 0) throw new NotFoundError('note', id);
    },
    /** Nodes whose notes the words match, best first (the embedded store's semantics: see lucene.ts). */
    async search(query: SearchQuery): Promise<SearchHit[]> {
      if (queryTerms(query.q).length === 0) return [];
      await ready();
      const records = await run(NOTE_STATEMENTS.searchNotes, {
        lucene: luceneQuery(query.q),
        candidates: int(query.limit * 5),
        types: query.types?.length ? query.types : null,
        limit: int(query.limit * 3),
      });
      return records.map((record) => {
        const note = { id: String(record.get('id')), text: String(record.get('text')), created: String(record.get('created')) };
        const target = toGraphNode(record.get('target') as Node);
        return noteHit({ ...note, target: target.id }, target, Math.round(Number(record.get('score')) * 1000) / 1000);
      });
    },
  };
}
