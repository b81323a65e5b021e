import type { FastifyPluginAsync } from 'fastify';
import { LIMITS } from '../../contract/requests';
import { API_ROUTES, type ReplyOf } from '../../contract/routes';
import { acceptArticle } from '../../ingest/acceptance/accept';
import type { Analyse } from '../../ingest/extraction/analyse-article';
import { proposeFacts } from '../../ingest/proposal/propose';
import type { GraphStore } from '../../store/graph-store';
import { apiRoute } from '../api-route';
import { requireWriteAccess, type WriteAccess } from '../write-access';
import { apiSecurityHeaders } from './security-headers';

/** The JSON of a megabyte of text, with room for escapes. */
const BODY_LIMIT = 3 * LIMITS.articleBytes;

export interface ArticleRouteOptions {
  store: GraphStore;
  /** Reads a text off the event loop, within a time budget (see server/ingest/worker/article-reader.ts). */
  analyse: Analyse;
  writeAccess: WriteAccess;
  /** Requests per minute per client address. */
  rateLimits: { proposals: number; writes: number };
}

/**
 * Ingestion over HTTP: propose the facts of an article (open to any client
 * that reaches the API, rate-limited), then accept them (a write: see
 * write-access.ts). Accepts run one at a time in this process; the store
 * orders them with other processes.
 */
export function articleRoutes({ store, analyse, writeAccess, rateLimits }: ArticleRouteOptions): FastifyPluginAsync {
  let queue: Promise<unknown> = Promise.resolve();
  return async (app) => {
    app.addHook('onRequest', apiSecurityHeaders);

    apiRoute(app, 'POST /articles', (request) => proposeFacts(request.body.text, store, request.body.date ? { date: request.body.date } : {}, analyse), {
      bodyLimit: BODY_LIMIT,
      config: { rateLimit: { max: rateLimits.proposals, timeWindow: '1 minute' } },
    });

    apiRoute(
      app,
      'POST /articles/accept',
      async (request, reply) => {
        const { text, date, exclude } = request.body;
        const work = queue.then(() => acceptArticle(store, text, { ...(date ? { date } : {}), exclude, analyse }));
        queue = work.catch(() => undefined);
        const result: ReplyOf<'POST /articles/accept'> = await work;
        return reply.status(result.unchanged ? 200 : API_ROUTES['POST /articles/accept'].status).send(result);
      },
      { bodyLimit: BODY_LIMIT, config: { rateLimit: { max: rateLimits.writes, timeWindow: '1 minute' } }, preHandler: requireWriteAccess(writeAccess) },
    );
  };
}
