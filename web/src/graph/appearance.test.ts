import { describe, expect, it } from 'vitest';
import type { GraphNode } from '@contract/model';
import { colourGroups, countryOf, NO_COLOUR, PALETTE, sizesByScore } from './appearance';
import type { CanvasGraph } from './canvas-graph';

const person = (id: string): GraphNode => ({ id, type: 'Person', label: id, name: id, aliases: [], titles: [] });
const org = (id: string, country: string): GraphNode => ({ id, type: 'Organization', label: id, name: id, aliases: [], kind: 'police', country });
const graphOf = (records: GraphNode[], edges: [string, string, 'MEMBER_OF'][] = []): CanvasGraph => ({
  nodes: new Map(records.map((record) => [record.id, { id: record.id, record, meetings: 0 }])),
  edges: new Map(edges.map(([source, target, type]) => [`${source}-${target}`, { id: `${source}-${target}`, source, target, type }])),
});

describe('node appearance', () => {
  it('sizes the top score largest and a zero score smallest', () => {
    const sizes = sizesByScore(new Map([['a', 1], ['b', 0.25], ['c', 0]]));
    expect(sizes.get('a')).toBe(84);
    expect(sizes.get('b')).toBe(58);
    expect(sizes.get('c')).toBe(32);
  });

  it('colours the largest group first, says how many wear each colour, and greys what has none', () => {
    const graph = graphOf([person('p1'), person('p2'), person('p3'), { id: 'topic:terrorism', type: 'Topic', label: 'Terrorism', nameFr: 'terrorisme', nameEn: 'terrorism' } as GraphNode]);
    const community = new Map([['p1', 1], ['p2', 0], ['p3', 0]]);
    const { colours, key } = colourGroups(graph, (n) => (community.has(n.id) ? String(community.get(n.id)) : undefined), (g) => `Community ${Number(g) + 1}`);
    expect(colours!.get('p2')).toBe(PALETTE[0]);
    expect(colours!.get('p1')).toBe(PALETTE[1]);
    expect(colours!.get('topic:terrorism')).toBe(NO_COLOUR);
    expect(key).toEqual([
      { label: 'Community 1', colour: PALETTE[0], count: 2 },
      { label: 'Community 2', colour: PALETTE[1], count: 1 },
      { label: 'None', colour: NO_COLOUR, count: 1 },
    ]);
  });

  it('keeps a community its own colour, whatever the canvas holds', () => {
    const graph = graphOf([person('p1'), person('p2'), person('p3')]);
    const community = new Map([['p1', 0], ['p2', 1], ['p3', 1]]);
    const { colours, key } = colourGroups(graph, (n) => String(community.get(n.id)), (g) => `Community ${Number(g) + 1}`, Number);
    expect(colours!.get('p1')).toBe(PALETTE[0]);
    expect(colours!.get('p2')).toBe(PALETTE[1]);
    expect(key!.map((k) => k.label)).toEqual(['Community 1', 'Community 2']);
  });

  it("gives a person the country of the agency they belong to", () => {
    const graph = graphOf([person('p'), org('org:fbi', 'US')], [['p', 'org:fbi', 'MEMBER_OF']]);
    const country = countryOf(graph);
    expect(country(graph.nodes.get('p')!.record)).toBe('US');
    expect(country(graph.nodes.get('org:fbi')!.record)).toBe('US');
  });
});
