import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's headless Chromium (playwright-core, no browser download).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
