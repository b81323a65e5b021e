import { afterEach } from 'vitest';

// testing-library cleans up after each test only when vitest runs with globals; we do not.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
