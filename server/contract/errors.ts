/**
 * The one base class of the errors a request can end in. Each subclass says
 * the HTTP status and error code it is answered with, and the field at fault
 * when there is one, the way graphology's typed errors all extend GraphError:
 * the HTTP layer answers any StatusError without knowing its class, and tests
 * check the class, never the message. Here, in the contract, because every
 * layer that throws one (store, ingestion, HTTP) may import the contract.
 */
import type { ApiErrorBody } from './results';

export type ApiErrorCode = ApiErrorBody['error']['code'];

export abstract class StatusError extends Error {
  abstract readonly status: number;
  abstract readonly code: ApiErrorCode;
  /** The request field (query parameter, body field, header) to fix, when one is at fault. */
  readonly field?: string;
  /** Response headers the answer needs (`www-authenticate` on a 401, say). */
  readonly headers?: Readonly<Record<string, string>>;

  /** What the error body says; the message unless a subclass words it for an API client. */
  get replyMessage(): string {
    return this.message;
  }
}
