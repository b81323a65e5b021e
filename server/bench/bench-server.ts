/** Child process of the benchmark: serves a synthetic graph on a loopback port and prints it. */
import { buildApp } from '../http/app';
import { createMemoryStore } from '../store/memory/memory-store';
import { syntheticGraph } from './synthetic-graph';

const nodes = Number(process.argv[2]);
const seed = Number(process.argv[3]);
const store = createMemoryStore();
await store.importGraph(syntheticGraph(nodes, seed));
const app = await buildApp({ store });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
