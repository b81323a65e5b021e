/**
 * One bit per name, for the masks the embedded store filters with (topics a
 * meeting discussed, node types a query asks for). The masks are 32-bit
 * integers whose sign bit is left alone, so at most 31 names: a vocabulary
 * past that fails when the module loads, at start-up, instead of folding two
 * topics onto one bit.
 */
import { NODE_TYPES } from '../../contract/model';

export const MASK_WIDTH = 31;

export function bitCodes<N extends string>(names: readonly N[], what: string): ReadonlyMap<N, number> {
  if (names.length > MASK_WIDTH) {
    throw new Error(`${names.length} ${what} do not fit a ${MASK_WIDTH}-bit mask; widen the masks of server/store/memory before adding more`);
  }
  return new Map(names.map((name, bit) => [name, 1 << bit]));
}

/** Bit NODE_TYPES.indexOf(type): the masks of path searches and typed searches. */
export const NODE_TYPE_BIT = bitCodes(NODE_TYPES, 'node types');
