/** Typed store errors: the HTTP layer maps each class to a status, tests check the class. */

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly what: string,
    readonly id: string,
    readonly field = 'id',
  ) {
    super(`no ${what} with id "${id}"`);
  }
}

/** The request is well-formed but does not make sense for this node (e.g. who-met of a topic). */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

export class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
}
