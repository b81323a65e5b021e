import { describe, expect, it } from 'vitest';
import type { PathResult } from '@contract/results';
import { metEdgeId } from './canvas-graph';
import { pathHighlight } from './path-highlight';

const node = (id: string, type: string) => ({ id, type, label: id }) as PathResult['nodes'][number];
const path: PathResult = {
  found: true,
  length: 4,
  nodes: [node('person:wray', 'Person'), node('meeting:m1', 'Meeting'), node('person:hammouchi', 'Person'), node('meeting:m2', 'Meeting'), node('person:bostyn', 'Person')],
  edges: [
    { id: 'e1', type: 'ATTENDED', source: 'person:wray', target: 'meeting:m1', sources: [] },
    { id: 'e2', type: 'ATTENDED', source: 'person:hammouchi', target: 'meeting:m1', sources: [] },
  ],
};

describe('the highlight of a shortest connection', () => {
  it('lights every node and link of the path in the full graph', () => {
    expect(pathHighlight(path, 'graph')).toEqual(new Set(['person:wray', 'meeting:m1', 'person:hammouchi', 'meeting:m2', 'person:bostyn', 'e1', 'e2']));
  });

  it('lights the people on it and who-met links between neighbours on the path in who met whom', () => {
    const lit = pathHighlight(path, 'whomet');
    expect(lit).toEqual(
      new Set(['person:wray', 'person:hammouchi', 'person:bostyn', metEdgeId('person:wray', 'person:hammouchi'), metEdgeId('person:hammouchi', 'person:bostyn')]),
    );
  });

  it('lights nothing when there is no connection', () => {
    expect(pathHighlight({ found: false, length: 0, nodes: [], edges: [] }, 'graph').size).toBe(0);
  });
});
