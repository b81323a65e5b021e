import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['server/**/*.test.ts', 'graph-seed/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'tests/*.test.ts', 'tests/neo4j/*.test.ts'];
// vi.mock replaces a module for the file that asks: those files load their modules afresh.
const MOCKING = ['server/store/memory/merge-graph.test.ts', 'web/src/features/write-token/WriteTokenPrompt.test.tsx'];

export default defineConfig({
  resolve: { alias: { '@contract': fileURLToPath(new URL('./server/contract', import.meta.url)) } },
  test: {
    setupFiles: ['web/src/test/setup.ts'],
    testTimeout: 15_000,
    // Vitest runs one file at a time on two cores (CPUs − 1). Many API tests wait on sockets and timers, so
    // three at a time keep both cores busy; timing tests compare side by side.
    maxWorkers: 3,
    projects: [
      // The other files share their workers' loaded modules (the ingestion lexicons, React, Cytoscape) instead of
      // loading them again for each file: 101 s → 58 s for the suite here, 186 → 107 CPU-seconds.
      { extends: true, test: { name: 'unit', include: INCLUDE, exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
  },
});
