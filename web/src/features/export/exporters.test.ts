// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_SIDE, exportScale, gexfText, graphmlText } from './exporters';

const subgraph = {
  nodes: [
    { type: 'Person' as const, id: 'person:a', label: 'Amina "A" & co', name: 'A', aliases: [], titles: [] },
    { type: 'Organization' as const, id: 'org:b', label: 'B', name: 'B', aliases: [], kind: 'police' as const, country: 'MA' },
  ],
  edges: [
    {
      id: 'e1',
      type: 'MEMBER_OF' as const,
      source: 'person:a',
      target: 'org:b',
      sources: [
        { articleId: '000', quote: 'l’<chef>' },
        { articleId: '003', quote: 'le directeur général' },
      ],
    },
  ],
};

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

/**
 * The rules of the GraphML schema (graphml.xsd 1.0) an import relies on: no XSD
 * validator is installed, so they are checked one by one.
 */
function graphmlProblems(doc: Document): string[] {
  const problems: string[] = [];
  const root = doc.documentElement;
  if (root.localName !== 'graphml' || root.namespaceURI !== 'http://graphml.graphdrawing.org/xmlns') problems.push('root is not graphml in its namespace');
  const children = [...root.children].map((c) => c.localName);
  if (children.lastIndexOf('key') > children.indexOf('graph')) problems.push('a key comes after the graph');
  const keys = new Map([...doc.getElementsByTagName('key')].map((k) => [k.getAttribute('id')!, k]));
  for (const key of keys.values()) {
    if (!['node', 'edge', 'graph', 'all'].includes(key.getAttribute('for') ?? '')) problems.push(`key ${key.getAttribute('id')}: bad for`);
    if (!['boolean', 'int', 'long', 'float', 'double', 'string'].includes(key.getAttribute('attr.type') ?? '')) problems.push(`key ${key.getAttribute('id')}: bad attr.type`);
  }
  const graphs = doc.getElementsByTagName('graph');
  if (graphs.length !== 1 || !['directed', 'undirected'].includes(graphs[0]!.getAttribute('edgedefault') ?? '')) problems.push('graph needs edgedefault');
  const nodeIds = [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id'));
  if (new Set(nodeIds).size !== nodeIds.length) problems.push('duplicate node id');
  for (const edge of doc.getElementsByTagName('edge')) {
    for (const end of ['source', 'target']) if (!nodeIds.includes(edge.getAttribute(end))) problems.push(`edge ${edge.getAttribute('id')}: unknown ${end}`);
  }
  for (const data of doc.getElementsByTagName('data')) {
    const key = keys.get(data.getAttribute('key') ?? '');
    const owner = data.parentElement!.localName;
    if (!key) problems.push(`data with undeclared key ${data.getAttribute('key')}`);
    else if (key.getAttribute('for') !== owner && key.getAttribute('for') !== 'all') problems.push(`key ${key.getAttribute('id')} used on a ${owner}`);
    else if (key.getAttribute('attr.type') === 'double' && Number.isNaN(Number(data.textContent))) problems.push(`key ${key.getAttribute('id')}: not a number`);
  }
  return problems;
}

describe('exports', () => {
  it('exports at 2× unless the picture would pass the browser canvas limit, then clamps and says so', () => {
    expect(exportScale(1280, 720)).toEqual({ scale: 2, clamped: false });
    const { scale, clamped } = exportScale(10_000, 4_000);
    expect(clamped).toBe(true);
    expect(10_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('writes GraphML that keeps the rules of its schema: declared keys, escaped text, every node and edge', () => {
    const doc = parse(graphmlText(subgraph));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(graphmlProblems(doc)).toEqual([]);
    expect(doc.getElementsByTagName('node')).toHaveLength(2);
    const label = [...doc.getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'label');
    expect(label?.textContent).toBe('Amina "A" & co');
    expect(doc.getElementsByTagName('edge')[0]!.getAttribute('source')).toBe('person:a');
  });

  it('keeps every quote of an edge in GraphML, each with the id of its article', () => {
    const edge = parse(graphmlText(subgraph)).getElementsByTagName('edge')[0]!;
    const value = (key: string) => [...edge.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent;
    expect(JSON.parse(value('sources')!)).toEqual(subgraph.edges[0]!.sources);
    expect(value('quotes')).toContain('l’<chef>');
    expect(value('quotes')).toContain('le directeur général');
    expect(value('articles')).toBe('000,003');
  });

  it('writes GEXF 1.3 for Gephi with the same nodes, edges and quotes', () => {
    const doc = parse(gexfText(subgraph, '2026-01-01'));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://gexf.net/1.3');
    expect([...doc.getElementsByTagName('node')].map((n) => n.getAttribute('label'))).toEqual(['Amina "A" & co', 'B']);
    const edge = doc.getElementsByTagName('edge')[0]!;
    expect(edge.getAttribute('weight')).toBe('1');
    const declared = new Set([...doc.getElementsByTagName('attribute')].map((a) => a.getAttribute('id')));
    const values = [...edge.getElementsByTagName('attvalue')];
    for (const v of values) expect(declared.has(v.getAttribute('for'))).toBe(true);
    expect(JSON.parse(values.find((v) => v.getAttribute('for') === 'sources')!.getAttribute('value')!)).toEqual(subgraph.edges[0]!.sources);
  });
});
