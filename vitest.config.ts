import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@contract': fileURLToPath(new URL('./server/contract', import.meta.url)) } },
  test: {
    include: ['server/**/*.test.ts', 'graph-seed/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'tests/*.test.ts', 'tests/neo4j/*.test.ts'],
    setupFiles: ['web/src/test/setup.ts'],
    testTimeout: 15_000,
    // Vitest runs one file at a time on two cores (CPUs − 1). Many API tests wait on child servers, sockets and
    // timers, so three at a time keep both cores busy: 175 s → 102 s here; timing tests compare side by side.
    maxWorkers: 3,
  },
});
