import { describe, expect, it } from 'vitest';
import type { Comparison } from '@contract/analysis';
import { assembleComparison, metEdgeId } from './canvas-graph';

const COMPARISON: Comparison = {
  appeared: [{ source: 'org:policia-nacional', target: 'person:abdellatif-hammouchi', meetings: ['meeting:2025-01-28-madrid-bilaterale', 'meeting:2025-01-28-madrid-tripartite'] }],
  vanished: [{ source: 'person:abdellatif-hammouchi', target: 'person:eric-snoek', meetings: ['meeting:2024-12-belgique'] }],
  kept: [],
  counts: { appeared: 1, vanished: 1, kept: 0 },
  nodes: [
    { id: 'person:abdellatif-hammouchi', type: 'Person', label: 'Abdellatif Hammouchi' },
    { id: 'org:policia-nacional', type: 'Organization', label: 'Policía Nacional' },
    { id: 'person:eric-snoek', type: 'Person', label: 'Eric Snoek' },
  ],
};

describe('compare mode on the canvas', () => {
  it('draws each tie once, marked by how it changed, weighted and carrying the meetings behind it', () => {
    const graph = assembleComparison(COMPARISON, []);
    const appeared = graph.edges.get(metEdgeId('org:policia-nacional', 'person:abdellatif-hammouchi'))!;
    expect(appeared).toMatchObject({ change: 'appeared', weight: 2, meetingIds: ['meeting:2025-01-28-madrid-bilaterale', 'meeting:2025-01-28-madrid-tripartite'] });
    expect(graph.edges.get(metEdgeId('person:abdellatif-hammouchi', 'person:eric-snoek'))?.change).toBe('vanished');
    expect(graph.nodes.get('person:abdellatif-hammouchi')?.meetings).toBe(3);
    // Only what the comparison says of a node: nothing invented for the export.
    expect(graph.nodes.get('org:policia-nacional')?.record).toEqual({ id: 'org:policia-nacional', type: 'Organization', label: 'Policía Nacional' });
  });

  it('leaves out removed nodes and their ties', () => {
    const graph = assembleComparison(COMPARISON, ['person:eric-snoek']);
    expect([...graph.edges.values()].map((e) => e.change)).toEqual(['appeared']);
  });
});
