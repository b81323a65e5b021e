import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody } from '../api/results';
import { ArticleInputError } from '../ingest/article-input';
import { AcceptError } from '../ingest/to-graph';
import { InvalidQueryError, NotFoundError, StoreTimeoutError, StoreUnavailableError } from '../store/errors';

type Code = ApiErrorBody['error']['code'];

function body(code: Code, message: string, field?: string): ApiErrorBody {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** Typed errors to statuses; bad input is always a 4xx naming the field, never a 500. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = first?.instancePath.split('/').filter(Boolean)[0];
      const message = error.validation.map((v) => `${v.instancePath.slice(1) || 'request'}: ${v.message}`).join('; ');
      return reply.status(400).send(body('bad_request', message, field));
    }
    if (error instanceof ArticleInputError) return reply.status(400).send(body('bad_request', `the article ${error.message}`, 'text'));
    if (error instanceof AcceptError) return reply.status(400).send(body('bad_request', error.message, error.field));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send(body('bad_request', 'the article is too large: at most a megabyte of text', 'text'));
    if (error instanceof NotFoundError) return reply.status(404).send(body('not_found', error.message, error.field));
    if (error instanceof InvalidQueryError) return reply.status(400).send(body('bad_request', error.message, error.field));
    if (error instanceof StoreUnavailableError) return reply.status(503).send(body('unavailable', error.message));
    if (error instanceof StoreTimeoutError) return reply.status(504).send(body('timeout', error.message));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.status(status).send(body('bad_request', error.message));
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(body('internal', 'internal error; the server log has the details'));
  });
}

export function notFoundBody(url: string): ApiErrorBody {
  return body('not_found', `no route ${url}`);
}
