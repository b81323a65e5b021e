/** A note written through the API on Neo4j is there after the server restarts, found by search, and counted as nothing in health. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../server/contract/model';
import type { Health, NotesPage, SearchHit } from '../../server/contract/results';
import type { Neo4jConfig } from '../../server/store/neo4j/config';
import { openSeededNeo4j } from './live-neo4j';
import { startServer, type ServerProcess } from '../support/server-process';

const WRAY = 'person:christopher-wray';

export function notesSurviveRestart(config: Neo4jConfig) {
  describe('notes on Neo4j', () => {
    let server: ServerProcess | undefined;
    beforeAll(async () => {
      await (await openSeededNeo4j(config)).close();
    }, 60_000);
    afterAll(() => server?.stop());

    it('keep a note across a server restart; deleting it twice answers 204 then 404', async () => {
      const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
      server = await startServer(env);
      const before = (await (await fetch(`${server.url}/api/health`)).json()) as Health;
      const created = await fetch(`${server.url}/api/notes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ target: WRAY, text: 'Check the wombat memo' }),
      });
      expect(created.status, await created.clone().text()).toBe(201);
      const note = (await created.json()) as Note;
      await server.stop();

      server = await startServer(env);
      expect((await (await fetch(`${server.url}/api/notes?target=${WRAY}`)).json()) as NotesPage).toEqual({ notes: [note], truncated: false });
      const [hit] = (await (await fetch(`${server.url}/api/search?q=wombat`)).json()) as SearchHit[];
      expect(hit).toMatchObject({ id: WRAY, noteId: note.id });
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual(before);
      const url = `${server.url}/api/notes/${encodeURIComponent(note.id)}`;
      expect((await fetch(url, { method: 'DELETE' })).status).toBe(204);
      expect((await fetch(url, { method: 'DELETE' })).status).toBe(404);
    }, 120_000);
  });
}
