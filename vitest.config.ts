import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'graph-seed/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'tests/*.test.ts'],
    testTimeout: 15_000,
  },
});
