/** Entry point of `npm run ingest`: the store the server would use (embedded, or Neo4j when NEO4J_URI is set). */
import { neo4jConfigFromEnv } from '../store/neo4j/config';
import { AcceptedFactsError } from '../store/memory/accepted-facts-file';
import { acceptedFactsPath } from '../store/memory/data-dir';
import { loadDefaultGraph } from '../../graph-seed/load';
import { openEmbeddedStore, openNeo4jStore } from '../store/open-store';
import { runIngest } from './ingest-command';

// Logs go to stderr: with --json, stdout carries the JSON and nothing else.
const log = { info: (m: string) => console.error(m), warn: (m: string) => console.error(m), error: (m: string) => console.error(m) };

try {
  process.exitCode = await runIngest(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    openStore: async () => {
      const neo4j = neo4jConfigFromEnv();
      // Embedded: the same data file as a server on this data dir; writes take its lock, the server sees them.
      if (!neo4j) return { store: await openEmbeddedStore(acceptedFactsPath(), { watchIntervalMs: 0 }, loadDefaultGraph()) };
      const { store, connected } = await openNeo4jStore(neo4j, log);
      if (!connected) throw new Error(`Neo4j at ${neo4j.uri} is unreachable`);
      return { store };
    },
  });
} catch (error) {
  process.stderr.write(`ingest: ${error instanceof AcceptedFactsError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
