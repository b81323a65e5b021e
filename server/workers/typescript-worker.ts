import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// require.resolve finds tsx's CommonJS build of its API; the ES module build the worker imports sits beside it (tsx's exports map).
const TSX_API = pathToFileURL(join(dirname(createRequire(import.meta.dirname + '/').resolve('tsx/esm/api')), 'index.mjs')).href;

/**
 * A worker thread running the TypeScript module at `file` (an absolute path).
 * Workers do not inherit `--import tsx` as an entry loader, so the worker
 * registers it first. The article reader and the graph measures both start
 * theirs here. Paths come from the file system, not import.meta.url: under a
 * browser-like test environment that is an http: URL.
 */
export function startTypeScriptWorker(file: string): Worker {
  const boot = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(pathToFileURL(file).href)}))`;
  return new Worker(boot, { eval: true });
}
