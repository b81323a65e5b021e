/**
 * A Liaison server in a process of its own, for tests that take the server
 * away and bring it back: prints its address, listens on PORT (0: any free
 * port), serves the test build (WEB_ROOT, default dist/web-test).
 */
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../server/http/app';
import { openEmbeddedStore } from '../../server/boot/open-store';

const webRoot = process.env.WEB_ROOT ?? fileURLToPath(new URL('../../dist/web-test', import.meta.url));
const app = await buildApp({ store: await openEmbeddedStore(), webRoot });
console.log(await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' }));
