import { describe, expect, it } from 'vitest';
import { neighbourhoodQuery, pathQuery } from '../contract/requests';
import type { GraphSlice, PathResult } from '../contract/results';
import { openEmbeddedStore } from '../boot/open-store';
import { buildApp } from './app';
import { graphJson } from './graph-json';

const HAMMOUCHI = 'person:abdellatif-hammouchi';

describe('neighbourhood and path replies built from cached record JSON', () => {
  it('are the very text JSON.stringify gives, optional fields left out the same way', async () => {
    const store = await openEmbeddedStore();
    const slice = await store.neighbourhood(neighbourhoodQuery.parse({ id: HAMMOUCHI, depth: '2' }));
    const path = await store.path(pathQuery.parse({ from: 'person:eric-snoek', to: 'person:christopher-wray' }));
    for (const result of [slice, path, { ...slice, total: undefined }, { ...path, found: false, nodes: [], edges: [] }]) {
      expect(graphJson(result, (record) => store.recordJson(record))).toBe(JSON.stringify(result));
    }
  });

  it('show a quote and an alias added after the first reply', async () => {
    const store = await openEmbeddedStore();
    const app = await buildApp({ store });
    const neighbourhood = async () => (await app.inject({ method: 'GET', url: `/api/neighbourhood?id=${HAMMOUCHI}` })).json() as GraphSlice;
    const before = await neighbourhood();
    const edge = before.edges.find((e) => e.source === HAMMOUCHI)!;
    const node = before.nodes.find((n) => n.id === HAMMOUCHI)!;
    const quote = { articleId: edge.sources[0]!.articleId, quote: 'a later quote' };
    await store.importGraph({ nodes: [{ ...node, aliases: ['Hammouchi the later alias'] } as typeof node], edges: [{ ...edge, sources: [quote] }], articles: [] });
    const after = await neighbourhood();
    expect(after.edges.find((e) => e.id === edge.id)?.sources).toContainEqual(quote);
    expect(after.nodes.find((n) => n.id === HAMMOUCHI)).toMatchObject({ aliases: ['Hammouchi the later alias'] });
    const path = (await app.inject({ method: 'GET', url: `/api/path?from=${HAMMOUCHI}&to=${edge.target}` })).json() as PathResult;
    expect(path.edges[0]?.sources).toContainEqual(quote);
    await app.close();
  });
});
