import { describe, expect, it } from 'vitest';
import { Scratch } from './scratch';

describe('scratch arrays a query borrows', () => {
  it('lend the arrays to synchronous work and take them back', () => {
    const scratch = new Scratch(new Int32Array(3), 'counts');
    expect(scratch.use((counts) => counts.length)).toBe(3);
    expect(scratch.use((counts) => counts.length)).toBe(3);
  });

  it('fail loudly when a query would await while holding them', () => {
    const scratch = new Scratch(new Int32Array(3), 'counts');
    expect(() => scratch.use(async (counts) => counts[0])).toThrow(/counts: a query returned a promise/);
    // Taken back all the same: the next query is not refused.
    expect(scratch.use((counts) => counts.length)).toBe(3);
  });

  it('refuse a second borrower while the first holds them', () => {
    const scratch = new Scratch(new Int32Array(3), 'counts');
    expect(() => scratch.use(() => scratch.use(() => 0))).toThrow(/counts: scratch arrays already in use/);
  });
});
