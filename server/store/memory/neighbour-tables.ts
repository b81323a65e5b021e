import type { MemoryGraph } from './memory-state';

/** The part of graphology's private node record this file touches. */
interface NeighbourTables {
  in?: object;
  out?: object;
}

/**
 * graphology keeps a node's neighbours in two `{}` literals keyed by neighbour
 * id. V8 gives each such object its own chain of hidden classes, hung off the
 * empty-object class that every `{}` in the process starts from: 100k nodes
 * leave that class with ~10^5 transitions. Every object the server builds
 * afterwards (headers, query strings, replies) pays for it, and so does the
 * young-generation GC: at 100k nodes a request that does nothing cost 113 µs
 * of CPU instead of 50, and each minor GC promoted ~20 MB of garbage.
 * Objects in dictionary mode take keys without new hidden classes, so the
 * tables of a node just added are swapped for empty dictionary-mode objects
 * (with the usual prototype: graphology calls hasOwnProperty on them). Says
 * whether it could: false means graphology's internals changed.
 */
export function useDictionaryNeighbourTables(graph: MemoryGraph, id: string): boolean {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return false;
  const record = nodes.get(id) as NeighbourTables | undefined;
  if (!record?.in || !record.out) return false;
  record.in = dictionary();
  record.out = dictionary();
  return true;
}

/** An empty object V8 keeps in dictionary mode (created without a prototype), given the usual prototype back. */
const dictionary = (): object => Object.setPrototypeOf(Object.create(null), Object.prototype) as object;

