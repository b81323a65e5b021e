import { loadSeed } from '../../graph-seed/load';
import type { GraphData } from '../contract/model';
import type { LogOptions } from '../store/memory/accepted-facts-log';
import type { GraphStore } from '../store/graph-store';
import { createMemoryStore, type MemoryStore } from '../store/memory/memory-store';
import type { Neo4jConfig } from '../store/neo4j/config';
import { createDriver, waitForNeo4j } from '../store/neo4j/connect';
import { createNeo4jStore } from '../store/neo4j/neo4j-store';

/**
 * The embedded store loaded with `graph` (the five seed articles unless told;
 * the server and the CLI pass the default graph, seed and corpus).
 * No setup needed.
 * With `acceptedFactsFile`, the articles accepted since are replayed over it,
 * and it keeps what is accepted from then on there (and sees what other
 * processes accept there).
 */
export async function openEmbeddedStore(acceptedFactsFile?: string, options?: LogOptions, graph: GraphData = loadSeed()): Promise<MemoryStore> {
  const store = createMemoryStore();
  await store.importGraph(graph);
  if (acceptedFactsFile) await store.useAcceptedFacts(acceptedFactsFile, options);
  return store;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * The Neo4j store, after waiting for the database with backoff. When it stays
 * unreachable the store is still returned (its health says 503 and why), so the
 * server can start, say so, and recover when Neo4j comes up.
 */
export async function openNeo4jStore(config: Neo4jConfig, log: Logger): Promise<{ store: GraphStore; connected: boolean }> {
  const driver = createDriver(config);
  const failure = await waitForNeo4j(driver, config, (attempt, error, delay) =>
    log.warn(`Neo4j not reachable yet (attempt ${attempt}/${config.connectAttempts}): ${error.message}; retrying in ${delay} ms`),
  );
  if (failure) log.error(`${failure.message}. The API answers 503 until it is reachable.`);
  else log.info(`connected to Neo4j at ${config.uri}, database "${config.database}"`);
  return { store: createNeo4jStore(driver, config), connected: failure === null };
}
