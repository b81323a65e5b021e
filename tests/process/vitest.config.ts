import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests that start the real server as a child process (`npm start`'s entry), stop it, kill it or watch it refuse
// to start: seconds each, so they run apart from the unit and API suite (`npm test`), in CI and by `npm run test:process`.
export default defineConfig({
  resolve: { alias: { '@contract': fileURLToPath(new URL('../../server/contract', import.meta.url)) } },
  test: {
    include: ['tests/process/*.test.ts'],
    testTimeout: 30_000,
  },
});
