import { SeedError, loadDefaultGraph } from '../../graph-seed/load';
import { neo4jConfigFromEnv } from '../store/neo4j/config';
import { openNeo4jStore } from './open-store';

/** Writes the default graph (seed and corpus) into the Neo4j given by NEO4J_URI; running it twice changes nothing. Returns the exit code. */
export async function seedNeo4j(): Promise<number> {
  const config = neo4jConfigFromEnv();
  if (!config) {
    console.error('seed:neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to the Neo4j to write to');
    return 2;
  }
  let data;
  try {
    data = loadDefaultGraph();
  } catch (error) {
    console.error(error instanceof SeedError ? error.message : error);
    return 1;
  }
  const { store, connected } = await openNeo4jStore(config, console);
  if (!connected) return 1;
  try {
    const started = performance.now();
    await store.importGraph(data);
    const health = await store.health();
    console.log(
      `seed:neo4j: ${data.nodes.length} nodes, ${data.edges.length} relationships, ${data.articles.length} articles written to ` +
        `"${config.database}" in ${Math.round(performance.now() - started)} ms; it now holds ${health.nodes} nodes and ${health.relationships} relationships`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
