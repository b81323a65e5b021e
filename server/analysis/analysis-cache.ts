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
 */
/** The entries of one version of the graph: a request takes one scope and reads all it needs through it. */
export interface CacheScope {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface AnalysisCache {
  /** Asks the store its version once, and drops every entry when it changed. */
  scope(): Promise<CacheScope>;
}

export interface CacheOptions {
  /** The store's version, or null when it cannot say. */
  version: () => Promise<string | null>;
  maxEntries?: number;
  maxAgeMs?: number;
  now?: () => number;
}

export function createAnalysisCache({ version, maxEntries = 64, maxAgeMs = 60_000, now = Date.now }: CacheOptions): AnalysisCache {
  const entries = new Map<string, { value: Promise<unknown>; at: number }>();
  let seen: string | null = null;
  const uncached: CacheScope = { get: (_key, compute) => compute() };
  const cached: CacheScope = {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at <= maxAgeMs) {
        // Most recently used last, so the least recently used is evicted first.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      // The promise, not the value: requests that arrive while it is computed wait for the same one.
      const value = compute();
      entries.set(key, { value, at: now() });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
  return {
    async scope() {
      const current = await version();
      if (current === null) return uncached;
      if (current !== seen) {
        entries.clear();
        seen = current;
      }
      return cached;
    },
  };
}
