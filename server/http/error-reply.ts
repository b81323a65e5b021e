import type { FastifyReply } from 'fastify';
import { StatusError, type ApiErrorCode } from '../contract/errors';
import type { ApiErrorBody } from '../contract/results';
import { API_SECURITY_HEADERS } from './routes/security-headers';

export type ErrorCode = ApiErrorCode;

export function errorBody(code: ErrorCode, message: string, field?: string): ApiErrorBody {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** Every error the server answers, from a route or the router: one shape, the API's security headers. */
export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string, field?: string) {
  return reply.status(status).headers(API_SECURITY_HEADERS).type('application/json; charset=utf-8').send(errorBody(code, message, field));
}

/** A refusal a route decides on (authorisation, Host, method, rate): thrown, answered by the error handler. */
export class HttpRefusal extends StatusError {
  override readonly name = 'HttpRefusal';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    override readonly field?: string,
    override readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}
