/**
 * Run by neighbour-tables.test.ts under --allow-natives-syntax: merges the
 * seed into a fresh graph as the store does, then counts the neighbour tables
 * V8 keeps in fast mode, each a chain of hidden classes. Prints { checked, fast }.
 */
import { seedGraph as loadSeed } from '../contract/seed-fixture';
import { createMemoryState } from './memory-state';
import { mergeGraph } from './merge-graph';

// Natives syntax only parses at run time, with the flag: hence a Function.
const hasFastProperties = new Function('table', 'return %HasFastProperties(table)') as (table: object) => boolean;

const state = createMemoryState();
mergeGraph(state, loadSeed());
const records = (state.graph as unknown as { _nodes: Map<string, { in: object; out: object }> })._nodes;
let checked = 0;
let fast = 0;
for (const record of records.values()) {
  for (const table of [record.in, record.out]) {
    checked += 1;
    if (hasFastProperties(table)) fast += 1;
  }
}
process.stdout.write(JSON.stringify({ checked, fast }));
