import { fileURLToPath } from 'node:url';
import { buildApp } from '../http/app';
import { drain, trackInFlight } from '../http/drain';
import { writeAccessFromEnv, writeAccessNotice } from '../http/write-access';
import type { GraphStore } from '../store/graph-store';
import { DataFileError } from '../store/memory/data-file';
import { acceptedFactsPath } from '../store/memory/data-dir';
import { openConfiguredStore } from './configured-store';

const log = {
  info: (message: string) => console.log(`[liaison] ${message}`),
  warn: (message: string) => console.warn(`[liaison] ${message}`),
  error: (message: string) => console.error(`[liaison] ${message}`),
};

/**
 * The API and the built explorer on one port (PORT, HOST), on the store the
 * environment asks for; drains on SIGINT/SIGTERM (LIAISON_SHUTDOWN_MS bounds it).
 */
export async function serve(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));
  const shutdownBoundMs = Number(process.env.LIAISON_SHUTDOWN_MS ?? 10_000);

  let store: GraphStore;
  try {
    ({ store } = await openConfiguredStore(log, { onError: (error) => log.error(error.message) }));
  } catch (error) {
    // A damaged data file (accepted facts, notes): say which and why, and touch nothing.
    if (!(error instanceof DataFileError)) throw error;
    log.error(error.message);
    process.exit(1);
  }
  const writeAccess = writeAccessFromEnv(process.env);
  // Request logs only at the level an operator asks for: a line per request at info fills disks.
  const app = await buildApp({ store, webRoot, logger: { level: process.env.LOG_LEVEL ?? 'warn' }, writeAccess });
  const inFlight = trackInFlight(app);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal}: answering the requests already received, then stopping`);
    const outcome = await drain(app, inFlight, { boundMs: shutdownBoundMs });
    if (outcome === 'cut') log.warn(`connections still open after ${shutdownBoundMs} ms were closed`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port, host });
  const address = app.server.address();
  const url = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : `http://${host}:${port}`;
  log.info(`${store.kind} store; explorer and API on ${url} (API docs at /api/docs)`);
  if (store.kind === 'memory') log.info(`accepted articles are kept in ${acceptedFactsPath()}`);
  const notice = writeAccessNotice(writeAccess);
  if (notice) (writeAccess.token ? log.info : log.warn)(notice);
}
