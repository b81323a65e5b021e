/** `npm start`: the API and the built explorer on one port. */
import { fileURLToPath } from 'node:url';
import { buildApp } from './http/app';
import { openEmbeddedStore } from './store/open-store';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const webRoot = fileURLToPath(new URL('../dist/web', import.meta.url));

const store = await openEmbeddedStore();
const app = await buildApp({ store, webRoot, logger: { level: process.env.LOG_LEVEL ?? 'info' } });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  // Stop accepting requests, let in-flight ones finish, then release the store.
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
