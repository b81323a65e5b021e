import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFoundMessage } from './errors';
import { sendError } from './error-reply';

/** A route's path pattern ("/api/nodes/:id") as a test of request paths. */
const patternOf = (url: string) => new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}/?$`);

/**
 * The methods each API path answers, collected as routes are added, so that a
 * wrong method on a real path is a 405 naming the right ones, not a 404.
 */
export function trackApiMethods(app: FastifyInstance): (path: string) => string[] {
  const routes: { test: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', ({ url, method }) => {
    if (!url.startsWith('/api/') || url.includes('*')) return;
    routes.push({ test: patternOf(url), methods: [method].flat() });
  });
  return (path) => [...new Set(routes.filter((r) => r.test.test(path)).flatMap((r) => r.methods))];
}

/** 405 with `Allow` when the path exists under another method, else 404; both in the API's error shape. */
export function answerUnrouted(methodsOf: (path: string) => string[]) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    const allowed = methodsOf(path);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return sendError(reply.header('allow', allowed.join(', ')), 405, 'method_not_allowed', `${request.method} is not allowed on ${path}; use ${allowed.join(' or ')}`);
    }
    return sendError(reply, 404, 'not_found', notFoundMessage(request.url));
  };
}
