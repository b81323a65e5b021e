import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seedGraph as loadSeed } from '../contract/seed-fixture';
import { createMemoryState } from './memory-state';
import { mergeGraph } from './merge-graph';
import { useDictionaryNeighbourTables } from './neighbour-tables';

describe('graphology neighbour tables in dictionary mode', () => {
  it('still finds graphology’s tables to swap (false would mean its internals changed)', () => {
    const { graph } = createMemoryState();
    graph.addNode('topic:terrorisme', { id: 'topic:terrorisme', type: 'topic', name: 'Terrorisme' } as never);
    expect(useDictionaryNeighbourTables(graph, 'topic:terrorisme')).toBe(true);
  });

  it('leaves graphology answering every neighbour query on the seed as the edge list says', () => {
    const seed = loadSeed();
    const state = createMemoryState();
    mergeGraph(state, seed);
    const { graph } = state;
    for (const edge of seed.edges) {
      expect(graph.hasEdge(edge.source, edge.target)).toBe(true);
      expect(graph.edge(edge.source, edge.target)).toBe(edge.id);
    }
    for (const node of seed.nodes) {
      const out = seed.edges.filter((e) => e.source === node.id).map((e) => e.target);
      const inbound = seed.edges.filter((e) => e.target === node.id).map((e) => e.source);
      expect(graph.outNeighbors(node.id).sort()).toEqual([...new Set(out)].sort());
      expect(graph.inNeighbors(node.id).sort()).toEqual([...new Set(inbound)].sort());
      expect(graph.degree(node.id)).toBe(out.length + inbound.length);
    }
  });

  it('keeps a loaded graph’s tables out of V8’s shared hidden classes', async () => {
    // Only V8's natives syntax tells dictionary mode apart, hence a child process.
    const probe = fileURLToPath(new URL('./neighbour-tables.probe.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', probe]);
    const { checked, fast } = JSON.parse(stdout) as { checked: number; fast: number };
    expect(checked).toBeGreaterThan(100);
    expect(fast).toBe(0);
  });
});
