/** Entry point of `npm run ingest`: the store the server would use (embedded, or Neo4j when NEO4J_URI is set). */
import { neo4jConfigFromEnv } from '../store/neo4j/config';
import { openEmbeddedStore, openNeo4jStore } from '../store/open-store';
import { AcceptedFactsError, acceptedFactsPath } from './accepted-facts';
import { runIngest } from './ingest-command';

// Logs go to stderr: with --json, stdout carries the JSON and nothing else.
const log = { info: (m: string) => console.error(m), warn: (m: string) => console.error(m), error: (m: string) => console.error(m) };

try {
  process.exitCode = await runIngest(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    openStore: async () => {
      const neo4j = neo4jConfigFromEnv();
      if (!neo4j) {
        const acceptedFactsFile = acceptedFactsPath();
        return { store: await openEmbeddedStore(acceptedFactsFile), acceptedFactsFile };
      }
      const { store, connected } = await openNeo4jStore(neo4j, log);
      if (!connected) throw new Error(`Neo4j at ${neo4j.uri} is unreachable`);
      return { store };
    },
  });
} catch (error) {
  process.stderr.write(`ingest: ${error instanceof AcceptedFactsError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
