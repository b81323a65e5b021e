import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Serves the built explorer; unknown non-API paths get index.html so client-side URLs survive a reload. */
export async function serveWebApp(app: FastifyInstance, root: string, unrouted: (request: FastifyRequest, reply: FastifyReply) => unknown) {
  await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return unrouted(request, reply);
    }
    return reply.type('text/html').sendFile('index.html', join(root));
  });
}
