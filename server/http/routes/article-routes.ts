import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { articleAcceptBody, articleProposalBody } from '../../api/requests';
import { acceptArticle } from '../../ingest/accept';
import { proposeFacts } from '../../ingest/propose';
import type { GraphStore } from '../../store/graph-store';
import { apiSecurityHeaders } from './security-headers';

/** The JSON of a megabyte of text, with room for escapes. */
const BODY_LIMIT = 3 * 1024 * 1024;

/**
 * Ingestion over HTTP: propose the facts of an article, then accept them.
 * Accepts run one at a time, so two reviewers never interleave writes to the
 * accepted-facts file.
 */
export function articleRoutes(store: GraphStore, acceptedFactsFile?: string): FastifyPluginAsyncZod {
  let queue: Promise<unknown> = Promise.resolve();
  return async (app) => {
    app.addHook('onRequest', apiSecurityHeaders);

    app.post(
      '/articles',
      { bodyLimit: BODY_LIMIT, schema: { summary: 'Proposes the facts an article states, each with its quote, resolved against the graph', body: articleProposalBody } },
      (request) => proposeFacts(request.body.text, store, request.body.date ? { date: request.body.date } : {}),
    );

    app.post(
      '/articles/accept',
      { bodyLimit: BODY_LIMIT, schema: { summary: 'Adds an article and its proposed facts (less those excluded) to the graph, all or nothing', body: articleAcceptBody } },
      async (request, reply) => {
        const { text, date, exclude } = request.body;
        const work = queue.then(() => acceptArticle(store, text, { ...(date ? { date } : {}), exclude, ...(acceptedFactsFile ? { acceptedFactsFile } : {}) }));
        queue = work.catch(() => undefined);
        return reply.status(201).send(await work);
      },
    );
  };
}
