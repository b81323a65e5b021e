/**
 * Analysis results kept per filter until the graph changes.
 *
 * The rule: an entry is found under its key (the route, the filter, the
 * measure) and the store's version, which is its node and relationship
 * counts as `health()` reports them. Any write that adds a node or a
 * relationship changes them — an accepted article always adds its Article
 * node — whether it was made in this process or in another: the embedded
 * store picks up the ingest CLI's writes through its file watch, and Neo4j
 * counts what the database holds. When the version changes every entry is
 * dropped. A write that only changes properties of records already there
 * keeps the counts: it is seen once the entry is `maxAgeMs` old. A store that
 * cannot report its counts (Neo4j down) is never cached: each request asks it.
 * Entries are weighed (a projection by its meetings and entities, a result by
 * its rows): past `maxWeight` the least recently used go, so brushing the time
 * bar through many ranges of a large graph does not keep them all.
 */
/** The entries of one version of the graph: a request takes one scope and reads all it needs through it. */
export interface CacheScope {
  get<T>(key: string, compute: () => Promise<T>, weigh?: (value: T) => number): Promise<T>;
}

export interface AnalysisCache {
  /** Asks the store its version once, and drops every entry when it changed. */
  scope(): Promise<CacheScope>;
}

export interface CacheOptions {
  /** The store's version, or null when it cannot say. */
  version: () => Promise<string | null>;
  /** Total weight kept; an entry weighs 1 unless told. */
  maxWeight?: number;
  maxAgeMs?: number;
  now?: () => number;
}

interface Entry {
  value: Promise<unknown>;
  at: number;
  weight: number;
}

export function createAnalysisCache({ version, maxWeight = 500_000, maxAgeMs = 60_000, now = Date.now }: CacheOptions): AnalysisCache {
  const entries = new Map<string, Entry>();
  let total = 0;
  let seen: string | null = null;
  const drop = (key: string) => {
    total -= entries.get(key)?.weight ?? 0;
    entries.delete(key);
  };
  const evict = () => {
    // The newest entry stays, however heavy: the request that made it is still reading it.
    while (total > maxWeight && entries.size > 1) drop(entries.keys().next().value!);
  };
  const uncached: CacheScope = { get: (_key, compute) => compute() };
  const cached: CacheScope = {
    get<T>(key: string, compute: () => Promise<T>, weigh?: (value: T) => number): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at <= maxAgeMs) {
        // Most recently used last, so the least recently used is evicted first.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      if (hit) drop(key);
      // The promise, not the value: requests that arrive while it is computed wait for the same one.
      const value = compute();
      const entry: Entry = { value, at: now(), weight: 1 };
      entries.set(key, entry);
      total += 1;
      value.then(
        (result) => {
          if (entries.get(key) !== entry) return;
          const weight = Math.max(1, weigh?.(result) ?? 1);
          total += weight - entry.weight;
          entry.weight = weight;
          evict();
        },
        () => {
          if (entries.get(key) === entry) drop(key);
        },
      );
      evict();
      return value;
    },
  };
  return {
    async scope() {
      const current = await version();
      if (current === null) return uncached;
      if (current !== seen) {
        entries.clear();
        total = 0;
        seen = current;
      }
      return cached;
    },
  };
}
