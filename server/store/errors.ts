/** Typed store errors: each carries the status the HTTP layer answers it with; tests check the class. */
import { StatusError } from '../contract/errors';

export class NotFoundError extends StatusError {
  override readonly name = 'NotFoundError';
  readonly status = 404;
  readonly code = 'not_found';
  constructor(
    readonly what: string,
    readonly id: string,
    override readonly field = 'id',
  ) {
    super(`no ${what} with id "${id}"`);
  }
}

/** The request is well-formed but does not make sense for this node (e.g. who-met of a topic). */
export class InvalidQueryError extends StatusError {
  override readonly name = 'InvalidQueryError';
  readonly status = 400;
  readonly code = 'bad_request';
  constructor(
    message: string,
    override readonly field: string,
  ) {
    super(message);
  }
}

export class StoreUnavailableError extends StatusError {
  override readonly name = 'StoreUnavailableError';
  readonly status = 503;
  readonly code = 'unavailable';
}

export class StoreTimeoutError extends StatusError {
  override readonly name = 'StoreTimeoutError';
  readonly status = 504;
  readonly code = 'timeout';
}
