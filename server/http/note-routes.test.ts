import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Note } from '../contract/model';
import type { ApiErrorBody, NotesPage, SearchHit } from '../contract/results';
import { LIMITS } from '../contract/requests';
import { createArticleReader } from '../ingest/worker/article-reader';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp, type AppOptions } from './app';

const WRAY = 'person:christopher-wray';
const HOST = { host: '127.0.0.1:8080' };

let app: FastifyInstance;
afterEach(() => app?.close());
// Notes never read an article: one idle reader for every app of this file.
const articleReader = createArticleReader({ budgetMs: 5000 });
afterAll(() => articleReader.close());

async function appWith(more: Partial<AppOptions> = {}) {
  app = await buildApp({ store: await openEmbeddedStore(), articleReader, ...more });
  return app;
}

const post = (payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url: '/api/notes', payload: payload as object, headers: { ...HOST, ...headers } });
const remove = (id: string, headers: Record<string, string> = {}) => app.inject({ method: 'DELETE', url: `/api/notes/${encodeURIComponent(id)}`, headers: { ...HOST, ...headers } });
const get = (url: string) => app.inject({ method: 'GET', url });
const error = (response: { json(): unknown }) => (response.json() as ApiErrorBody).error;

describe('notes over HTTP', () => {
  it('POST answers 201 with the note, GET lists it first for its node, DELETE answers 204 and it is gone', async () => {
    await appWith();
    const created = await post({ target: WRAY, text: '  Ask about the 2023 visit.  ' });
    expect(created.statusCode).toBe(201);
    const note = created.json() as Note;
    expect(note).toEqual({ id: expect.stringMatching(/^note:/), target: WRAY, text: 'Ask about the 2023 visit.', created: expect.any(String) });
    expect((await get(`/api/notes?target=${WRAY}`)).json()).toEqual({ notes: [note], truncated: false });
    expect(((await get('/api/notes')).json() as NotesPage).notes).toEqual([note]);

    const deleted = await remove(note.id);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect(((await get(`/api/notes?target=${WRAY}`)).json() as NotesPage).notes).toEqual([]);
    const again = await remove(note.id);
    expect(again.statusCode).toBe(404);
    expect(error(again)).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('finds a node by its note in search, after the hits by name, marked with the note', async () => {
    await appWith();
    const note = (await post({ target: WRAY, text: 'Counterpart on the okapi file' })).json() as Note;
    const hits = (await get('/api/search?q=okapi')).json() as SearchHit[];
    expect(hits[0]).toMatchObject({ id: WRAY, label: 'Christopher Wray', noteId: note.id, matched: note.text });
  });

  it.each([
    ['no target', { text: 'x' }, 400, 'target'],
    ['a target that is no node', { target: 'person:nobody', text: 'x' }, 404, 'target'],
    ['no text', { target: WRAY }, 400, 'text'],
    ['an empty text', { target: WRAY, text: '' }, 400, 'text'],
    ['a text of blanks', { target: WRAY, text: ' \n\t ' }, 400, 'text'],
    ['a text too long', { target: WRAY, text: 'a'.repeat(LIMITS.noteText + 1) }, 400, 'text'],
    ['a field notes do not have', { target: WRAY, text: 'x', colour: 'red' }, 400, 'colour'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, payload, status, field) => {
    await appWith();
    const response = await post(payload);
    expect(response.statusCode).toBe(status);
    expect(error(response)).toMatchObject({ field });
    expect(((await get('/api/notes')).json() as NotesPage).notes).toEqual([]);
  });

  it('answers 404 naming the target for the notes of a node that does not exist', async () => {
    await appWith();
    const response = await get('/api/notes?target=person:nobody');
    expect(response.statusCode).toBe(404);
    expect(error(response)).toMatchObject({ code: 'not_found', field: 'target' });
  });
});

describe('notes are writes', () => {
  it('need the token when one is set: POST and DELETE answer 401 without it, and go through with it', async () => {
    await appWith({ writeAccess: { listenHost: '127.0.0.1', allowedHosts: [], token: 's3cret' } });
    expect((await post({ target: WRAY, text: 'x' })).statusCode).toBe(401);
    const note = (await post({ target: WRAY, text: 'x' }, { authorization: 'Bearer s3cret' })).json() as Note;
    expect((await remove(note.id)).statusCode).toBe(401);
    expect((await remove(note.id, { authorization: 'Bearer s3cret' })).statusCode).toBe(204);
    // Reading needs no token.
    expect((await get(`/api/notes?target=${WRAY}`)).statusCode).toBe(200);
  });

  it('are refused from a foreign Host, and off beyond loopback without a token', async () => {
    await appWith();
    expect(error(await post({ target: WRAY, text: 'x' }, { host: 'evil.example' }))).toMatchObject({ code: 'forbidden', field: 'host' });
    await app.close();
    await appWith({ writeAccess: { listenHost: '0.0.0.0', allowedHosts: [] } });
    expect((await post({ target: WRAY, text: 'x' })).statusCode).toBe(403);
    expect((await remove('note:whatever')).statusCode).toBe(403);
  });

  it('are rate-limited per client: past the limit a 429 in the API’s error shape', async () => {
    await appWith({ rateLimits: { proposals: 60, writes: 2 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post({ target: WRAY, text: `n${i}` })).statusCode);
    expect(statuses).toEqual([201, 201, 429]);
  });

  it('survive a restart of the server on the same data dir', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'liaison-notes-http-')), 'accepted-facts.json');
    await appWith({ store: await openEmbeddedStore(file, { watchIntervalMs: 0 }) });
    const note = (await post({ target: WRAY, text: 'still here tomorrow' })).json() as Note;
    await app.close();
    await appWith({ store: await openEmbeddedStore(file, { watchIntervalMs: 0 }) });
    expect(((await get(`/api/notes?target=${WRAY}`)).json() as NotesPage).notes).toEqual([note]);
  });
});
