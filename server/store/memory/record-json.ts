/**
 * The JSON of the embedded store's node and edge records, kept between
 * requests: serialising was a fifth of a neighbourhood request's CPU, and a
 * hub's 200 records cost 0.2 ms each time. One cache per store, beside the
 * graph whose records it holds; merge-graph.ts forgets a record whenever it
 * changes one in place.
 *
 * Two generations bound the memory: when the young one is full it becomes the
 * old one and the previous old one is dropped; a hit in the old generation
 * moves the entry back to the young one. At most 2 × GENERATION entries
 * (about 25 MB of strings at the synthetic graph's record sizes).
 */
const GENERATION = 50_000;

export interface RecordJsonCache {
  json(record: object): string;
  forget(record: object): void;
}

export function createRecordJsonCache(): RecordJsonCache {
  let young = new Map<object, string>();
  let old = new Map<object, string>();
  return {
    json(record) {
      let json = young.get(record);
      if (json !== undefined) return json;
      json = old.get(record) ?? JSON.stringify(record);
      if (young.size >= GENERATION) {
        old = young;
        young = new Map();
      }
      young.set(record, json);
      return json;
    },
    forget(record) {
      young.delete(record);
      old.delete(record);
    },
  };
}
