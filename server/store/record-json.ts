/**
 * The JSON of node and edge records, kept between requests: serialising was
 * a fifth of a neighbourhood request's CPU, and a hub's 200 records cost
 * 0.2 ms each time. Stores that keep records between queries (the embedded
 * one) must call `forgetRecordJson` whenever they change one in place.
 *
 * Two generations bound the memory: when the young one is full it becomes the
 * old one and the previous old one is dropped; a hit in the old generation
 * moves the entry back to the young one. At most 2 × GENERATION entries
 * (about 25 MB of strings at the synthetic graph's record sizes).
 */
const GENERATION = 50_000;

let young = new Map<object, string>();
let old = new Map<object, string>();

export function recordJson(record: object): string {
  let json = young.get(record);
  if (json !== undefined) return json;
  json = old.get(record) ?? JSON.stringify(record);
  if (young.size >= GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(record, json);
  return json;
}

export function forgetRecordJson(record: object) {
  young.delete(record);
  old.delete(record);
}
