/**
 * Registers a route of the API's table (server/contract/routes.ts): its
 * method, path, summary and schemas come from the table, so the server and
 * its clients cannot disagree on them; the handler gets the parsed query,
 * parameters and body (the schemas' output) and must answer the table's
 * reply type, or the reply itself when it sets a status or sends text.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod, RouteShorthandOptions } from 'fastify';
import type { z } from 'zod';
import { API_ROUTES, type ApiRoute, type ReplyOf } from '../contract/routes';

type Spec<R extends ApiRoute> = (typeof API_ROUTES)[R];
type OutputOf<S, K extends 'query' | 'params' | 'body'> = S extends { [key in K]: infer T extends z.ZodType } ? z.output<T> : unknown;

export type ApiRequest<R extends ApiRoute> = FastifyRequest<{
  Querystring: OutputOf<Spec<R>, 'query'>;
  Params: OutputOf<Spec<R>, 'params'>;
  Body: OutputOf<Spec<R>, 'body'>;
}>;

export type ApiHandler<R extends ApiRoute> = (request: ApiRequest<R>, reply: FastifyReply) => Promise<ReplyOf<R> | FastifyReply>;

/** Route options the table does not hold: rate limits, write guards, body size. */
export type RouteExtras = Pick<RouteShorthandOptions, 'config' | 'preHandler' | 'bodyLimit'>;

export function apiRoute<R extends ApiRoute>(app: FastifyInstance, route: R, handler: ApiHandler<R>, extras: RouteExtras = {}): void {
  const spec: { method: string; path: string; summary: string; query?: z.ZodType; params?: z.ZodType; body?: z.ZodType } = API_ROUTES[route];
  app.route({
    ...extras,
    method: spec.method,
    url: spec.path,
    schema: {
      summary: spec.summary,
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.body ? { body: spec.body } : {}),
    },
    // The validator compiler (fastify-type-provider-zod) has parsed each part with the schema above before the handler runs.
    handler: handler as unknown as RouteHandlerMethod,
  });
}
