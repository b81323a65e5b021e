/** Builds the explorer in test mode (which exposes window.__cy) and serves it with the API on a free port. */
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { buildApp } from '../../server/http/app';
import { openEmbeddedStore } from '../../server/boot/open-store';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  await build({ configFile: `${root}/vite.config.ts`, mode: 'test', logLevel: 'warn' });
  const app = await buildApp({ store: await openEmbeddedStore(), webRoot: `${root}/dist/web-test` });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  project.provide('baseUrl', address);
  return async () => {
    await app.close();
  };
}
