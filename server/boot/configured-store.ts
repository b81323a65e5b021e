import { loadDefaultGraph } from '../../graph-seed/load';
import type { GraphStore } from '../store/graph-store';
import type { LogOptions } from '../store/memory/accepted-facts-log';
import { acceptedFactsPath } from '../store/memory/data-dir';
import { neo4jConfigFromEnv } from '../store/neo4j/config';
import { openEmbeddedStore, openNeo4jStore, type Logger } from './open-store';

/**
 * The store the environment asks for: Neo4j when NEO4J_URI is set, else the
 * embedded store on the default graph (seed and corpus) with the accepted
 * facts of this data dir replayed over it. The server and the ingest CLI both
 * start here, so they always see the same graph.
 */
export async function openConfiguredStore(log: Logger, embedded: LogOptions = {}): Promise<{ store: GraphStore; connected: boolean }> {
  const neo4j = neo4jConfigFromEnv();
  if (!neo4j) return { store: await openEmbeddedStore(acceptedFactsPath(), embedded, loadDefaultGraph()), connected: true };
  const { store, connected } = await openNeo4jStore(neo4j, log);
  // docker compose sets this: a new, empty database gets the default graph.
  if (connected && process.env.LIAISON_SEED_IF_EMPTY === 'true' && (await store.health()).nodes === 0) {
    log.info('the Neo4j database is empty: writing the seed graph');
    await store.importGraph(loadDefaultGraph());
  }
  return { store, connected };
}
