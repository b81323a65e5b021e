import { loadSeed } from '../../graph-seed/load';
import type { GraphStore } from './graph-store';
import { createMemoryStore } from './memory/memory-store';

/** The embedded store loaded with the seed graph: the default, no setup needed. */
export async function openEmbeddedStore(): Promise<GraphStore> {
  const store = createMemoryStore();
  await store.importGraph(loadSeed());
  return store;
}
