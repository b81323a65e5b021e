/** Child process of the benchmark: serves the synthetic graph on a loopback port and prints the port. */
import { buildApp } from '../http/app';
import type { GraphStore } from '../store/graph-store';
import { createMemoryStore } from '../store/memory/memory-store';
import { neo4jConfigFromEnv } from '../store/neo4j/config';
import { openNeo4jStore } from '../boot/open-store';
import { syntheticGraph } from '../../tests/support/synthetic-graph';

const nodes = Number(process.argv[2]);
const seed = Number(process.argv[3]);

/** Memory: build the same synthetic graph; Neo4j: the parent has already loaded it. */
async function open(): Promise<GraphStore> {
  // Its log goes to stderr: stdout carries only the port line the parent reads.
  if (process.argv[4] === 'neo4j') return (await openNeo4jStore(neo4jConfigFromEnv()!, { info: () => {}, warn: console.error, error: console.error })).store;
  const store = createMemoryStore();
  await store.importGraph(syntheticGraph(nodes, seed));
  return store;
}

const store = await open();
// A server that has been up a while has collected its load's garbage; without this the first timed route pays for it.
(globalThis as { gc?: () => void }).gc?.();
const app = await buildApp({ store });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
