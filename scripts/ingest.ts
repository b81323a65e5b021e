/** `npm run ingest`: propose (and with --accept, write) the facts of articles, on the store the server would use. */
import { openConfiguredStore } from '../server/boot/configured-store';
import { runIngest } from '../server/ingest/command/ingest-command';

// Logs go to stderr: with --json, stdout carries the JSON and nothing else.
const log = { info: (m: string) => console.error(m), warn: (m: string) => console.error(m), error: (m: string) => console.error(m) };

try {
  process.exitCode = await runIngest(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    openStore: async () => {
      // Embedded: the same data file as a server on this data dir; writes take its lock, the server sees them.
      const { store, connected } = await openConfiguredStore(log, { watchIntervalMs: 0 });
      if (!connected) throw new Error('Neo4j is unreachable');
      return { store };
    },
  });
} catch (error) {
  process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
