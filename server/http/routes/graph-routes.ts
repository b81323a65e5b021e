import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsync } from 'fastify';
import type { ApiRoute, ReplyOf } from '../../contract/routes';
import type { GraphStore } from '../../store/graph-store';
import { apiRoute } from '../api-route';
import { graphJson } from '../graph-json';
import { apiSecurityHeaders } from './security-headers';

/** Runs a store call and reports its duration as `Server-Timing: store;dur=…` (shown by browser devtools). */
async function timed<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  reply.header('server-timing', `store;dur=${(performance.now() - start).toFixed(3)}`);
  return result;
}

/** Replies with a result holding node and edge records, each record's text as the store serialises it (the embedded one caches it). */
function graphReplies(store: GraphStore) {
  const recordText = (record: object) => store.recordJson(record);
  return <R extends ApiRoute>(reply: FastifyReply) =>
    (result: ReplyOf<R> & object) => reply.type('application/json; charset=utf-8').send(graphJson(result, recordText));
}

/** The read API: parse (zod, via the route table's schemas) → store → response. */
export function graphRoutes(store: GraphStore): FastifyPluginAsync {
  const sendGraph = graphReplies(store);
  return async (app) => {
    app.addHook('onRequest', apiSecurityHeaders);
    apiRoute(app, 'GET /health', async (_request, reply) => {
      const health = await store.health();
      return reply.status(health.ok ? 200 : 503).send(health);
    });
    apiRoute(app, 'GET /search', (request, reply) => timed(reply, () => store.search(request.query)));
    apiRoute(app, 'GET /nodes/:id', (request, reply) => timed(reply, () => store.node(request.params.id)));
    apiRoute(app, 'GET /neighbourhood', (request, reply) => timed(reply, () => store.neighbourhood(request.query)).then(sendGraph<'GET /neighbourhood'>(reply)));
    apiRoute(app, 'GET /who-met', (request, reply) => timed(reply, () => store.whoMet(request.query)));
    apiRoute(app, 'GET /path', (request, reply) => timed(reply, () => store.path(request.query)).then(sendGraph<'GET /path'>(reply)));
    apiRoute(app, 'GET /facets', (request, reply) => timed(reply, () => store.facets(request.query)));
    apiRoute(app, 'GET /meetings', (request, reply) => timed(reply, () => store.meetings(request.query)));
    apiRoute(app, 'GET /articles/:id', (request, reply) => timed(reply, () => store.article(request.params.id)));
  };
}
