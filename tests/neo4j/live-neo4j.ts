/** Test support for the suites that run against a live Neo4j (NEO4J_URI). */
import { loadSeed } from '../../graph-seed/load';
import type { GraphStore } from '../../server/store/graph-store';
import type { Neo4jConfig } from '../../server/store/neo4j/config';
import { createDriver } from '../../server/store/neo4j/connect';
import { wipeDatabase } from '../../server/store/neo4j/wipe';
import { openNeo4jStore } from '../../server/boot/open-store';

const quiet = { info: () => {}, warn: () => {}, error: (message: string) => console.error(message) };

/** Empties the configured database: each suite starts from a known graph. */
export async function wipe(config: Neo4jConfig): Promise<void> {
  const driver = createDriver(config);
  try {
    await wipeDatabase(driver, config);
  } finally {
    await driver.close();
  }
}

export async function openNeo4j(config: Neo4jConfig): Promise<GraphStore> {
  const { store, connected } = await openNeo4jStore(config, quiet);
  if (!connected) throw new Error(`Neo4j at ${config.uri} is unreachable`);
  return store;
}

/** The database emptied, then holding exactly the seed graph. */
export async function openSeededNeo4j(config: Neo4jConfig): Promise<GraphStore> {
  await wipe(config);
  const store = await openNeo4j(config);
  await store.importGraph(loadSeed());
  return store;
}
