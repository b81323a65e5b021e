import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { facetsQuery, idParam, meetingsQuery, neighbourhoodQuery, pathQuery, searchQuery, whoMetQuery } from '../../contract/requests';
import type { GraphStore } from '../../store/graph-store';
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
  return (reply: FastifyReply) => (result: object) => reply.type('application/json; charset=utf-8').send(graphJson(result, recordText));
}

/** The read API: parse (zod, via the route schema) → store → response. */
export function graphRoutes(store: GraphStore): FastifyPluginAsyncZod {
  const sendGraph = graphReplies(store);
  return async (app) => {
    app.addHook('onRequest', apiSecurityHeaders);
    app.get('/health', { schema: { summary: 'Store kind and size; 503 when the store is unreachable' } }, async (_request, reply) => {
      const health = await store.health();
      return reply.status(health.ok ? 200 : 503).send(health);
    });

    app.get('/search', { schema: { summary: 'Ranked matches on names, aliases and acronyms', querystring: searchQuery } }, (request, reply) => timed(reply, () => store.search(request.query)),
    );

    app.get('/nodes/:id', { schema: { summary: 'A node with its relationships and source quotes', params: idParam } }, (request, reply) => timed(reply, () => store.node(request.params.id)),
    );

    app.get(
      '/neighbourhood',
      { schema: { summary: 'Neighbours at depth 1 or 2, filtered by years, topics and types, capped', querystring: neighbourhoodQuery } },
      (request, reply) => timed(reply, () => store.neighbourhood(request.query)).then(sendGraph(reply)),
    );

    app.get(
      '/who-met',
      { schema: { summary: 'People and agencies met by a person or agency, with the meetings linking them', querystring: whoMetQuery } },
      (request, reply) => timed(reply, () => store.whoMet(request.query)),
    );

    app.get('/path', { schema: { summary: 'Shortest connection between two entities', querystring: pathQuery } }, (request, reply) => timed(reply, () => store.path(request.query)).then(sendGraph(reply)),
    );

    app.get('/facets', { schema: { summary: 'Meetings per year, per topic (within from/to), counts per type', querystring: facetsQuery } }, (request, reply) =>
      timed(reply, () => store.facets(request.query)),
    );

    app.get('/meetings', { schema: { summary: 'Timeline of meetings, oldest first', querystring: meetingsQuery } }, (request, reply) => timed(reply, () => store.meetings(request.query)),
    );

    app.get('/articles/:id', { schema: { summary: 'An article: title, date and full text', params: idParam } }, (request, reply) => timed(reply, () => store.article(request.params.id)),
    );
  };
}
