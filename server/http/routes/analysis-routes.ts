import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { centralityQuery, communitiesQuery, compareQuery, timedPathQuery, timelineQuery } from '../../contract/analysis';
import { createAnalysis, type AnalysisOptions } from '../../analysis/analysis-service';
import type { GraphStore } from '../../store/graph-store';
import { apiSecurityHeaders } from './security-headers';

/** Reports the analysis's duration as `Server-Timing: analysis;dur=…` (cached answers show as near zero). */
async function timed<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  reply.header('server-timing', `analysis;dur=${(performance.now() - start).toFixed(3)}`);
  return result;
}

/**
 * The analysis API (server/contract/analysis.ts says what each answers):
 * parse (zod, via the route schema) → analysis → response. The analyses'
 * worker thread stops when the app closes.
 */
export function analysisRoutes(store: GraphStore, options?: AnalysisOptions): FastifyPluginAsyncZod {
  return async (app) => {
    const analysis = createAnalysis(store, options);
    app.addHook('onClose', () => analysis.close());
    // Not awaited: the app is ready at once, and the first analysis waits only for what is left of the worker's start.
    analysis.warmUp().catch(() => undefined);
    app.addHook('onRequest', apiSecurityHeaders);

    app.get(
      '/analysis/centrality',
      { schema: { summary: 'People and agencies by degree, betweenness or PageRank on the who-met projection, highest first', querystring: centralityQuery } },
      (request, reply) => timed(reply, () => analysis.centrality(request.query)),
    );
    app.get(
      '/analysis/communities',
      { schema: { summary: 'Louvain communities of the who-met projection, seeded (stable colours), largest first', querystring: communitiesQuery } },
      (request, reply) => timed(reply, () => analysis.communities(request.query)),
    );
    app.get(
      '/compare',
      { schema: { summary: 'Ties between people or agencies that appeared, vanished or were kept from period a to period b', querystring: compareQuery } },
      (request, reply) => timed(reply, () => analysis.compare(request.query)),
    );
    app.get(
      '/paths/timed',
      { schema: { summary: 'The earliest-arriving chain of meetings in time order from one entity to another', querystring: timedPathQuery } },
      (request, reply) => timed(reply, () => analysis.timedPath(request.query)),
    );
    app.get(
      '/timeline',
      { schema: { summary: 'Meetings per month over the whole graph (the time bar)', querystring: timelineQuery } },
      (request, reply) => timed(reply, () => analysis.timeline(request.query)),
    );
  };
}
