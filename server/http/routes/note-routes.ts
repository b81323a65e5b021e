import type { FastifyPluginAsync } from 'fastify';
import { API_ROUTES } from '../../contract/routes';
import type { GraphStore } from '../../store/graph-store';
import { apiRoute } from '../api-route';
import { requireWriteAccess, type WriteAccess } from '../write-access';
import { apiSecurityHeaders } from './security-headers';

export interface NoteRouteOptions {
  store: GraphStore;
  writeAccess: WriteAccess;
  /** Writes per minute per client address, on each of the two write routes. */
  writesPerMinute: number;
}

/**
 * Researchers' notes over HTTP: reading them is open as every read is;
 * writing and deleting are writes (write-access.ts: the token, the Host,
 * writes off beyond loopback without a token) and rate-limited. Each is all
 * or nothing in the store.
 */
export function noteRoutes({ store, writeAccess, writesPerMinute }: NoteRouteOptions): FastifyPluginAsync {
  return async (app) => {
    app.addHook('onRequest', apiSecurityHeaders);
    const write = { config: { rateLimit: { max: writesPerMinute, timeWindow: '1 minute' } }, preHandler: requireWriteAccess(writeAccess) };

    apiRoute(app, 'GET /notes', (request) => store.notes(request.query));
    apiRoute(app, 'POST /notes', async (request, reply) => reply.status(API_ROUTES['POST /notes'].status).send(await store.addNote(request.body)), write);
    apiRoute(
      app,
      'DELETE /notes/:id',
      async (request, reply) => {
        await store.deleteNote(request.params.id);
        return reply.status(API_ROUTES['DELETE /notes/:id'].status).send();
      },
      write,
    );
  };
}
