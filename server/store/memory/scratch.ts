/**
 * Preallocated arrays a query borrows instead of allocating its own (a hub
 * query would otherwise allocate and fill hundreds of KiB each time). Safe
 * only because a query holds them from start to finish without awaiting: one
 * that awaited would let another query find its marks. `use` makes that a
 * loud failure rather than a wrong answer: a borrower that returns a promise,
 * or a second borrower while the first still holds them, throws.
 */
export class Scratch<T> {
  #busy = false;

  constructor(
    private readonly arrays: T,
    private readonly what: string,
  ) {}

  use<R>(work: (arrays: T) => R): R {
    if (this.#busy) throw new Error(`${this.what}: scratch arrays already in use (a query awaited while holding them)`);
    this.#busy = true;
    try {
      const result = work(this.arrays);
      if (isThenable(result)) throw new Error(`${this.what}: a query returned a promise while holding the scratch arrays; they are for synchronous work only`);
      return result;
    } finally {
      this.#busy = false;
    }
  }
}

const isThenable = (value: unknown): boolean =>
  value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
