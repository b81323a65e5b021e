/**
 * Counting sort of pair indexes by key, the compressed-row layout of a sparse
 * matrix: the pairs with key k are order[start[k] … start[k + 1]).
 */
export function compressedRows(keys: ArrayLike<number>, keyCount: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  for (let pair = 0; pair < keys.length; pair++) start[keys[pair]! + 1]! += 1;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const next = start.slice(0, keyCount);
  const order = new Int32Array(keys.length);
  for (let pair = 0; pair < keys.length; pair++) order[next[keys[pair]!]!++] = pair;
  return { start, order };
}
