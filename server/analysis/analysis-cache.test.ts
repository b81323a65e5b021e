import { describe, expect, it } from 'vitest';
import { createAnalysisCache } from './analysis-cache';

function counter() {
  let computed = 0;
  return { compute: async () => ++computed, get computed() { return computed; } };
}

describe('the analysis cache', () => {
  it('computes a filter once while the store is unchanged, and again once its counts change', async () => {
    let counts = '64/120';
    const cache = createAnalysisCache({ version: async () => counts });
    const work = counter();
    expect(await (await cache.scope()).get('degree 2024', work.compute)).toBe(1);
    expect(await (await cache.scope()).get('degree 2024', work.compute)).toBe(1);
    expect(await (await cache.scope()).get('degree 2025', work.compute)).toBe(2);
    counts = '65/123';
    expect(await (await cache.scope()).get('degree 2024', work.compute)).toBe(3);
  });

  it('computes again an entry older than its maximum age (a write that changed no count)', async () => {
    let now = 0;
    const cache = createAnalysisCache({ version: async () => 'v', maxAgeMs: 1000, now: () => now });
    const work = counter();
    await (await cache.scope()).get('k', work.compute);
    now = 1500;
    expect(await (await cache.scope()).get('k', work.compute)).toBe(2);
  });

  it('lets requests that arrive while a result is computed wait for the same computation', async () => {
    const cache = createAnalysisCache({ version: async () => 'v' });
    const work = counter();
    const scope = await cache.scope();
    expect(await Promise.all([scope.get('k', work.compute), scope.get('k', work.compute)])).toEqual([1, 1]);
  });

  it('keeps no failure and nothing from a store that cannot say its counts', async () => {
    let version: string | null = 'v';
    const cache = createAnalysisCache({ version: async () => version });
    await expect((await cache.scope()).get('k', () => Promise.reject(new Error('Neo4j went away')))).rejects.toThrow('went away');
    const work = counter();
    expect(await (await cache.scope()).get('k', work.compute)).toBe(1);
    version = null;
    expect(await (await cache.scope()).get('k', work.compute)).toBe(2);
  });

  it('drops the least recently used entries once their weight passes the limit', async () => {
    const cache = createAnalysisCache({ version: async () => 'v', maxWeight: 10 });
    const work = counter();
    const scope = await cache.scope();
    const heavy = () => 4;
    await scope.get('a', work.compute, heavy);
    await scope.get('b', work.compute, heavy);
    await scope.get('a', work.compute, heavy);
    await scope.get('c', work.compute, heavy);
    await Promise.resolve();
    expect(await scope.get('a', work.compute, heavy)).toBe(1);
    expect(await scope.get('b', work.compute, heavy)).toBe(4);
  });
});
