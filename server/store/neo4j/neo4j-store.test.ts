import { describe, it } from 'vitest';
import { loadSeed } from '../../../graph-seed/load';
import { graphStoreContract } from '../contract/graph-store-contract';
import { openNeo4jStore } from '../open-store';
import { neo4jConfigFromEnv } from './config';

const config = neo4jConfigFromEnv();

if (config) {
  // Writes the seed graph into NEO4J_DATABASE (MERGE by id: nothing is deleted) and
  // expects that database to hold nothing else.
  graphStoreContract(`neo4j at ${config.uri}`, async () => {
    const { store, connected } = await openNeo4jStore(config, console);
    if (!connected) throw new Error(`Neo4j at ${config.uri} is unreachable`);
    await store.importGraph(loadSeed());
    return store;
  });
} else {
  describe('GraphStore contract: neo4j', () => {
    it.skip('skipped: NEO4J_URI is not set (docker compose up neo4j, then NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… npm test)', () => {});
  });
}
