export interface Timing {
  p50: number;
  p95: number;
  max: number;
}

/** Runs `task` over the inputs (after a warm-up) and returns its latency percentiles in ms. */
export async function measure<T>(inputs: T[], task: (input: T) => unknown, warmup = 100): Promise<Timing> {
  for (const input of inputs.slice(0, warmup)) await task(input);
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await task(input);
    times.push(performance.now() - start);
  }
  return summarise(times);
}

export function summarise(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

export const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
