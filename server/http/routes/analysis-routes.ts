import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { createAnalysis, type AnalysisOptions } from '../../analysis/analysis-service';
import type { GraphStore } from '../../store/graph-store';
import { apiRoute } from '../api-route';
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
 * parse (zod, via the route table's schemas) → analysis → response. The analyses'
 * worker thread stops when the app closes.
 */
export function analysisRoutes(store: GraphStore, options?: AnalysisOptions): FastifyPluginAsync {
  return async (app) => {
    const analysis = createAnalysis(store, options);
    app.addHook('onClose', () => analysis.close());
    // A listening server starts the worker at once (not awaited: it is ready before the worker is), so the first
    // analysis does not wait for it to load; apps only injected into (tests) start it on their first analysis.
    app.addHook('onListen', (done) => {
      analysis.warmUp().catch(() => undefined);
      done();
    });
    app.addHook('onRequest', apiSecurityHeaders);

    apiRoute(app, 'GET /analysis/centrality', (request, reply) => timed(reply, () => analysis.centrality(request.query)));
    apiRoute(app, 'GET /analysis/communities', (request, reply) => timed(reply, () => analysis.communities(request.query)));
    apiRoute(app, 'GET /compare', (request, reply) => timed(reply, () => analysis.compare(request.query)));
    apiRoute(app, 'GET /paths/timed', (request, reply) => timed(reply, () => analysis.timedPath(request.query)));
    apiRoute(app, 'GET /timeline', (request, reply) => timed(reply, () => analysis.timeline(request.query)));
  };
}
