// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '@contract/model';
import { TYPE_STYLES } from '../../graph/node-types';
import { sceneToSvg, type Scene, type SceneNode } from './svg-document';

const node = (id: string, shape: SceneNode['shape'], x: number): SceneNode => ({
  id, x, y: 50, width: 30, height: 30, shape, fill: '#56636f', stroke: '#ffffff', strokeWidth: 1.5, dashed: false, opacity: 1, icon: 'data:image/svg+xml;utf8,%3Csvg%3E%3C/svg%3E', iconScale: 0.58,
});

const scene = (overrides: Partial<Scene> = {}): Scene => ({
  width: 800,
  height: 400,
  background: '#ffffff',
  fontFamily: 'Inter, "Segoe UI", sans-serif',
  nodes: NODE_TYPES.map((type, i) => node(`n:${type}`, TYPE_STYLES[type].shape, 40 + i * 80)),
  edges: [{ id: 'e1', source: { x: 40, y: 50 }, target: { x: 120, y: 50 }, controls: [{ x: 80, y: 20 }], color: '#8fa3b8', width: 1.4, dashed: true, opacity: 0.9 }],
  labels: [{ id: 'n:Meeting', x: 440, y: 80, lines: ['With Christopher', 'Wray (FBI) ·', '2022-06-13'], fontSize: 11, color: '#1d2733', outlineColor: '#ffffff', outlineWidth: 2, opacity: 1 }],
  ...overrides,
});

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('the SVG export', () => {
  it('draws one shape and one icon for every node, whatever its type', () => {
    const doc = parse(sceneToSvg(scene()));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const groups = [...doc.querySelectorAll('g.node')];
    expect(groups.map((g) => g.getAttribute('data-id'))).toEqual(NODE_TYPES.map((t) => `n:${t}`));
    for (const g of groups) {
      expect(g.querySelectorAll('.node-shape')).toHaveLength(1);
      expect(g.querySelectorAll('image')).toHaveLength(1);
    }
    // Meetings are diamonds: a closed, curved path.
    expect(doc.querySelector('g.node[data-id="n:Meeting"] path')?.getAttribute('d')).toMatch(/^M.*Q.*Z$/);
  });

  it('writes every line of a label once, in order', () => {
    const doc = parse(sceneToSvg(scene()));
    const texts = doc.querySelectorAll('text.label');
    expect(texts).toHaveLength(1);
    expect([...texts[0]!.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['With Christopher', 'Wray (FBI) ·', '2022-06-13']);
  });

  it('draws curved and dashed links and escapes text', () => {
    const doc = parse(sceneToSvg(scene({ labels: [{ id: 'x', x: 1, y: 1, lines: ['Tom & "Jerry" <3'], fontSize: 11, color: '#000', outlineColor: '#fff', outlineWidth: 0, opacity: 1 }] })));
    const edge = doc.querySelector('path.edge')!;
    expect(edge.getAttribute('d')).toContain('Q80,20');
    expect(edge.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(doc.querySelector('text.label')?.textContent).toBe('Tom & "Jerry" <3');
  });
});
