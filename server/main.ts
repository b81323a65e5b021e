/** `npm start`: the API and the built explorer on one port, on the embedded store or on Neo4j. */
import { fileURLToPath } from 'node:url';
import { loadDefaultGraph } from '../graph-seed/load';
import { buildApp } from './http/app';
import { drain, trackInFlight } from './http/drain';
import { writeAccessFromEnv, writeAccessNotice } from './http/write-access';
import type { GraphStore } from './store/graph-store';
import { AcceptedFactsError } from './store/memory/accepted-facts-file';
import { acceptedFactsPath } from './store/memory/data-dir';
import { neo4jConfigFromEnv } from './store/neo4j/config';
import { openEmbeddedStore, openNeo4jStore } from './store/open-store';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const webRoot = fileURLToPath(new URL('../dist/web', import.meta.url));
/** The longest a SIGTERM shutdown waits for requests already received (ms). */
const shutdownBoundMs = Number(process.env.LIAISON_SHUTDOWN_MS ?? 10_000);
const log = {
  info: (message: string) => console.log(`[liaison] ${message}`),
  warn: (message: string) => console.warn(`[liaison] ${message}`),
  error: (message: string) => console.error(`[liaison] ${message}`),
};

const acceptedFactsFile = acceptedFactsPath();

async function openStore(): Promise<GraphStore> {
  const neo4j = neo4jConfigFromEnv();
  if (!neo4j) return openEmbeddedStore(acceptedFactsFile, { onError: (error) => log.error(error.message) }, loadDefaultGraph());
  const { store, connected } = await openNeo4jStore(neo4j, log);
  // docker compose sets this: a new, empty database gets the seed graph.
  if (connected && process.env.LIAISON_SEED_IF_EMPTY === 'true' && (await store.health()).nodes === 0) {
    log.info('the Neo4j database is empty: writing the seed graph');
    await store.importGraph(loadDefaultGraph());
  }
  return store;
}

let store: GraphStore;
try {
  store = await openStore();
} catch (error) {
  // A damaged accepted-facts file: say which and why, and touch nothing.
  if (!(error instanceof AcceptedFactsError)) throw error;
  log.error(error.message);
  process.exit(1);
}
const writeAccess = writeAccessFromEnv(process.env);
// Request logs only at the level an operator asks for: a line per request at info fills disks.
const app = await buildApp({ store, webRoot, logger: { level: process.env.LOG_LEVEL ?? 'warn' }, writeAccess });
const inFlight = trackInFlight(app);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log.info(`${signal}: answering the requests already received, then stopping`);
  const outcome = await drain(app, inFlight, { boundMs: shutdownBoundMs });
  if (outcome === 'cut') log.warn(`connections still open after ${shutdownBoundMs} ms were closed`);
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
const address = app.server.address();
const url = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : `http://${host}:${port}`;
log.info(`${store.kind} store; explorer and API on ${url} (API docs at /api/docs)`);
if (store.kind === 'memory') log.info(`accepted articles are kept in ${acceptedFactsFile}`);
const notice = writeAccessNotice(writeAccess);
if (notice) (writeAccess.token ? log.info : log.warn)(notice);
