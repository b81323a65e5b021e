import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Socket } from 'node:net';
import { StatusError } from '../contract/errors';
import { LIMITS } from '../contract/requests';
import { errorBody, sendError, type ErrorCode } from './error-reply';
import { API_SECURITY_HEADERS } from './routes/security-headers';

interface ZodIssueParams {
  keys?: string[];
}

/** The field a zod issue is about: its path, or the first unknown key ("colour" in `{text, colour}`). */
function fieldOf(issue: { instancePath: string; params?: unknown }): string | undefined {
  const fromPath = issue.instancePath.split('/').filter(Boolean)[0];
  return fromPath ?? (issue.params as ZodIssueParams | undefined)?.keys?.[0];
}

/** Fastify's own request errors: status, code, message, and the field (or part of the request) at fault. */
const FRAMEWORK: Record<string, [number, ErrorCode, (e: FastifyError) => string, string | undefined]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', () => 'the article is too large: at most a megabyte of text', 'text'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', () => 'send the body as application/json', 'content-type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', () => 'the Content-Length header does not match the body', 'content-length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_request', () => 'the body is empty; send a JSON object', 'body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_request', (e) => `the body is not valid JSON (${e.message})`, 'body'],
  FST_ERR_BAD_URL: [400, 'bad_request', () => 'the URL is malformed (bad percent-encoding)', 'url'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'too_large', () => `the id in the URL is too long (at most ${LIMITS.idLength} characters)`, 'id'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'bad_request', () => 'the request does not match any route', undefined],
};

/**
 * Errors to statuses: zod's validation issues, then any StatusError (store,
 * ingestion and HTTP refusals each carry their status), then Fastify's own;
 * bad input is always a 4xx naming the field, never a 500.
 */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0]!;
      const message = error.validation.map((v) => `${v.instancePath.slice(1) || fieldOf(v) || 'request'}: ${v.message}`).join('; ');
      return sendError(reply, 400, 'bad_request', message, fieldOf(first));
    }
    if (error instanceof StatusError) return sendError(reply.headers(error.headers ?? {}), error.status, error.code, error.replyMessage, error.field);
    const known = error.code ? FRAMEWORK[error.code] : undefined;
    if (known) return sendError(reply, known[0], known[1], known[2](error), known[3]);
    if (error instanceof SyntaxError) return sendError(reply, 400, 'bad_request', `the body is not valid JSON (${error.message})`, 'body');
    const status = error.statusCode ?? 500;
    if (status === 429) return sendError(reply, 429, 'rate_limited', error.message);
    if (status >= 400 && status < 500) return sendError(reply, status, 'bad_request', error.message);
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 500, 'internal', 'internal error; the server log has the details');
  });
}

/** Errors the router meets before any route (bad percent-encoding, an over-long id): the same shape. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const known = FRAMEWORK[error.code] ?? [400, 'bad_request', (e: FastifyError) => e.message, undefined];
  return sendError(reply, known[0], known[1], known[2](error), known[3]);
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers too
 * large, a malformed request line): written to the socket, in the same shape.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message, field]: [number, ErrorCode, string, string | undefined] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'too_large', 'the request headers are too large', 'headers']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'timeout', 'the request took too long to arrive', undefined]
        : [400, 'bad_request', 'the request is not valid HTTP', undefined];
  const body = JSON.stringify(errorBody(code, message, field));
  const headers = Object.entries({ ...API_SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${headers}\r\n\r\n${body}`);
  socket.destroy(error);
}

export function notFoundMessage(url: string): string {
  return `no route ${url.split('?')[0]}`;
}
