/** A proposal that cannot be written as it stands (no date, an unknown key): `field` says which input to fix. */
export class AcceptError extends Error {
  override readonly name = 'AcceptError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}
