// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_SIDE, exportScale, graphmlText } from './exporters';

describe('exports', () => {
  it('exports at 2× unless the picture would pass the browser canvas limit, then clamps and says so', () => {
    expect(exportScale(1280, 720)).toEqual({ scale: 2, clamped: false });
    const { scale, clamped } = exportScale(10_000, 4_000);
    expect(clamped).toBe(true);
    expect(10_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('writes GraphML Gephi can read: declared keys, escaped text, every node and edge', () => {
    const xml = graphmlText({
      nodes: [
        { type: 'Person', id: 'person:a', label: 'Amina "A" & co', name: 'A', aliases: [], titles: [] },
        { type: 'Organization', id: 'org:b', label: 'B', name: 'B', aliases: [], kind: 'police', country: 'MA' },
      ],
      edges: [{ id: 'e1', type: 'MEMBER_OF', source: 'person:a', target: 'org:b', sources: [{ articleId: 'x', quote: 'l’<chef>' }] }],
    });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('key').length).toBeGreaterThanOrEqual(6);
    expect(doc.getElementsByTagName('node')).toHaveLength(2);
    const label = [...doc.getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'label');
    expect(label?.textContent).toBe('Amina "A" & co');
    const edge = doc.getElementsByTagName('edge')[0]!;
    expect(edge.getAttribute('source')).toBe('person:a');
    expect(edge.textContent).toContain('l’<chef>');
  });
});
