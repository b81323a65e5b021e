import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundBody } from './errors';

/** Serves the built explorer; unknown non-API paths get index.html so client-side URLs survive a reload. */
export async function serveWebApp(app: FastifyInstance, root: string) {
  await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.status(404).send(notFoundBody(request.url));
    }
    return reply.type('text/html').sendFile('index.html', join(root));
  });
}
