import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { articleAcceptBody, articleProposalBody } from '../../contract/requests';
import { acceptArticle } from '../../ingest/acceptance/accept';
import type { Analyse } from '../../ingest/extraction/analyse-article';
import { proposeFacts } from '../../ingest/proposal/propose';
import type { GraphStore } from '../../store/graph-store';
import { requireWriteAccess, type WriteAccess } from '../write-access';
import { apiSecurityHeaders } from './security-headers';

/** The JSON of a megabyte of text, with room for escapes. */
const BODY_LIMIT = 3 * 1024 * 1024;

export interface ArticleRouteOptions {
  store: GraphStore;
  /** Reads a text off the event loop, within a time budget (see ingest/analysis-runner.ts). */
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
export function articleRoutes({ store, analyse, writeAccess, rateLimits }: ArticleRouteOptions): FastifyPluginAsyncZod {
  let queue: Promise<unknown> = Promise.resolve();
  return async (app) => {
    app.addHook('onRequest', apiSecurityHeaders);

    app.post(
      '/articles',
      {
        bodyLimit: BODY_LIMIT,
        config: { rateLimit: { max: rateLimits.proposals, timeWindow: '1 minute' } },
        schema: { summary: 'Proposes the facts an article states, each with its quote, resolved against the graph', body: articleProposalBody },
      },
      (request) => proposeFacts(request.body.text, store, request.body.date ? { date: request.body.date } : {}, analyse),
    );

    app.post(
      '/articles/accept',
      {
        bodyLimit: BODY_LIMIT,
        config: { rateLimit: { max: rateLimits.writes, timeWindow: '1 minute' } },
        preHandler: requireWriteAccess(writeAccess),
        schema: {
          summary: 'Adds an article and its proposed facts (less those excluded) to the graph, all or nothing; 200 when the graph already held it all',
          body: articleAcceptBody,
        },
      },
      async (request, reply) => {
        const { text, date, exclude } = request.body;
        const work = queue.then(() => acceptArticle(store, text, { ...(date ? { date } : {}), exclude, analyse }));
        queue = work.catch(() => undefined);
        const result = await work;
        return reply.status(result.unchanged ? 200 : 201).send(result);
      },
    );
  };
}
