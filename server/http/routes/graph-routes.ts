import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParam, meetingsQuery, neighbourhoodQuery, pathQuery, searchQuery, whoMetQuery } from '../../api/requests';
import type { GraphStore } from '../../store/graph-store';

/** The read API: parse (zod, via the route schema) → store → response. */
export function graphRoutes(store: GraphStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/health', { schema: { summary: 'Store kind and size; 503 when the store is unreachable' } }, async (_request, reply) => {
      const health = await store.health();
      return reply.status(health.ok ? 200 : 503).send(health);
    });

    app.get('/search', { schema: { summary: 'Ranked matches on names, aliases and acronyms', querystring: searchQuery } }, (request) =>
      store.search(request.query),
    );

    app.get('/nodes/:id', { schema: { summary: 'A node with its relationships and source quotes', params: idParam } }, (request) =>
      store.node(request.params.id),
    );

    app.get(
      '/neighbourhood',
      { schema: { summary: 'Neighbours at depth 1 or 2, filtered by years, topics and types, capped', querystring: neighbourhoodQuery } },
      (request) => store.neighbourhood(request.query),
    );

    app.get(
      '/who-met',
      { schema: { summary: 'People and agencies met by a person or agency, with the meetings linking them', querystring: whoMetQuery } },
      (request) => store.whoMet(request.query),
    );

    app.get('/path', { schema: { summary: 'Shortest connection between two entities', querystring: pathQuery } }, (request) =>
      store.path(request.query),
    );

    app.get('/facets', { schema: { summary: 'Meetings per year and topic, counts per type' } }, () => store.facets());

    app.get('/meetings', { schema: { summary: 'Timeline of meetings, oldest first', querystring: meetingsQuery } }, (request) =>
      store.meetings(request.query),
    );

    app.get('/articles/:id', { schema: { summary: 'An article: title, date and full text', params: idParam } }, (request) =>
      store.article(request.params.id),
    );
  };
}
