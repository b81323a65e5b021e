import { StatusError } from '../../contract/errors';

/** A proposal that cannot be written as it stands (no date, an unknown key): `field` says which input to fix. */
export class AcceptError extends StatusError {
  override readonly name = 'AcceptError';
  readonly status = 400;
  readonly code = 'bad_request';
  constructor(
    message: string,
    override readonly field: string,
  ) {
    super(message);
  }
}
