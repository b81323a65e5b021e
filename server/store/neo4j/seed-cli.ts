/** `npm run seed:neo4j`: writes the default graph (seed and corpus) into the Neo4j given by NEO4J_URI. Running it twice changes nothing. */
import { SeedError, loadDefaultGraph } from '../../../graph-seed/load';
import { openNeo4jStore } from '../open-store';
import { neo4jConfigFromEnv } from './config';

const config = neo4jConfigFromEnv();
if (!config) {
  console.error('seed:neo4j: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to the Neo4j to write to');
  process.exit(2);
}
let data;
try {
  data = loadDefaultGraph();
} catch (error) {
  console.error(error instanceof SeedError ? error.message : error);
  process.exit(1);
}
const { store, connected } = await openNeo4jStore(config, console);
if (!connected) process.exit(1);
try {
  const started = performance.now();
  await store.importGraph(data);
  const health = await store.health();
  console.log(
    `seed:neo4j: ${data.nodes.length} nodes, ${data.edges.length} relationships, ${data.articles.length} articles written to ` +
      `"${config.database}" in ${Math.round(performance.now() - started)} ms; it now holds ${health.nodes} nodes and ${health.relationships} relationships`,
  );
} finally {
  await store.close();
}
