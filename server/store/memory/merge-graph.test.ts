import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedGraph as loadSeed } from '../contract/seed-fixture';
import { createMemoryState } from './memory-state';
import { mergeGraph } from './merge-graph';

// graphology's internals as a later version might have them: the swap finds nothing to swap.
vi.mock('./neighbour-tables', () => ({ useDictionaryNeighbourTables: vi.fn(() => false) }));

describe('merging into a graphology whose private node records changed', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says so once, stops trying, and still answers every neighbour query as the edge list says', async () => {
    const { useDictionaryNeighbourTables } = await import('./neighbour-tables');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seed = loadSeed();
    const state = createMemoryState();
    mergeGraph(state, seed);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/graphology.*neighbour tables/);
    expect(useDictionaryNeighbourTables).toHaveBeenCalledTimes(1);
    expect(state.dictionaryNeighbourTables).toBe(false);
    for (const edge of seed.edges) expect(state.graph.edge(edge.source, edge.target)).toBe(edge.id);
  });
});
