/**
 * mulberry32: a seeded 32-bit generator in [0, 1). Louvain and the betweenness
 * sample draw from it so that one graph always gives the same communities and
 * scores — the colours do not change from one load to the next.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
