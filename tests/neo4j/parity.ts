/**
 * Every read route on both stores over the seed graph, replies compared.
 * Whatever differs is a bug in one of them. Order is compared where the API
 * promises one (meetings oldest first, who-met by shared meetings, search's
 * first hit); lists the API does not order are compared as sets.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../graph-seed/load';
import type { GraphEdge, GraphNode } from '../../server/contract/model';
import type { GraphSlice, NodeDetails, SearchHit } from '../../server/contract/results';
import { buildApp } from '../../server/http/app';
import type { Neo4jConfig } from '../../server/store/neo4j/config';
import { openEmbeddedStore } from '../../server/boot/open-store';
import { openSeededNeo4j } from './live-neo4j';

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const key = (value: unknown) => JSON.stringify(value);
const bySerialised = <T>(items: T[]) => [...items].sort((a, b) => key(a).localeCompare(key(b)));

/** A graph reply with its node and edge lists in id order. */
function graphSlice(body: GraphSlice) {
  return { ...body, nodes: byId(body.nodes as GraphNode[]), edges: byId(body.edges as GraphEdge[]) };
}

function nodeDetails(body: NodeDetails) {
  return {
    ...body,
    relations: bySerialised(body.relations),
    neighbours: [...body.neighbours].sort((a, b) => a.edge.id.localeCompare(b.edge.id)),
    sources: bySerialised(body.sources),
  };
}

const HAMMOUCHI = 'person:abdellatif-hammouchi';

const GRAPH_REQUESTS = [
  `/api/neighbourhood?id=${HAMMOUCHI}`,
  `/api/neighbourhood?id=${HAMMOUCHI}&depth=2`,
  `/api/neighbourhood?id=${HAMMOUCHI}&from=2022&to=2022`,
  `/api/neighbourhood?id=${HAMMOUCHI}&depth=2&from=2024-11-01&to=2025-12-31&topics=terrorism,cybercrime`,
  `/api/neighbourhood?id=${HAMMOUCHI}&types=Person,Meeting&limit=4&offset=4`,
  `/api/neighbourhood?id=${HAMMOUCHI}&depth=2&limit=10`,
  '/api/neighbourhood?id=topic:cybercrime&depth=2&from=2022&to=2022',
  '/api/neighbourhood?id=country:ES',
  '/api/path?from=person:christopher-wray&to=person:francisca-bostyn',
  '/api/path?from=person:christopher-wray&to=person:francisca-bostyn&maxLength=2',
  '/api/path?from=person:eric-snoek&to=person:eric-snoek',
  '/api/path?from=org:bundespolizei&to=person:alex-pinfield',
  '/api/path?from=topic:terrorism&to=person:avril-haines',
];

const PLAIN_REQUESTS = [
  '/api/facets',
  '/api/facets?from=2022&to=2024-11',
  '/api/meetings',
  '/api/meetings?from=2024&to=2025&topics=terrorism',
  '/api/meetings?limit=3&offset=2',
  `/api/who-met?id=${HAMMOUCHI}`,
  `/api/who-met?id=${HAMMOUCHI}&from=2022&to=2022`,
  `/api/who-met?id=${HAMMOUCHI}&topics=money_laundering&limit=1`,
  '/api/who-met?id=org:policia-nacional',
  '/api/who-met?id=topic:terrorism',
  '/api/who-met?id=person:nobody',
  '/api/nodes/person:nobody',
  '/api/neighbourhood?id=person:nobody',
  '/api/path?from=person:nobody&to=person:eric-snoek',
  '/api/articles/article:none',
];

const SEARCHES = ['Hammouchi', 'Posten', 'Hamouchi', 'fbi', 'Bundes', 'surete de l etat', 'Wray', 'police nationale', 'Belgique', 'terrorisme', 'avril hainse'];

export function apiParity(config: Neo4jConfig) {
  describe('the same API replies from the embedded store and from Neo4j, over the seed graph', () => {
    let memory: FastifyInstance;
    let neo4j: FastifyInstance;
    beforeAll(async () => {
      memory = await buildApp({ store: await openEmbeddedStore() });
      neo4j = await buildApp({ store: await openSeededNeo4j(config) });
    }, 120_000);
    afterAll(async () => {
      await memory?.close();
      await neo4j?.close();
    });

    async function both(url: string) {
      const [m, n] = await Promise.all([memory.inject(url), neo4j.inject(url)]);
      expect(n.statusCode, `${url}: ${n.body.slice(0, 300)}`).toBe(m.statusCode);
      return { m: m.json(), n: n.json() };
    }

    it('health counts the same nodes and relationships', async () => {
      const { m, n } = await both('/api/health');
      expect({ ...n, store: undefined }).toEqual({ ...m, store: undefined });
    });

    it.each(PLAIN_REQUESTS)('%s', async (url) => {
      const { m, n } = await both(url);
      expect(n).toEqual(m);
    });

    it.each(GRAPH_REQUESTS)('%s', async (url) => {
      const { m, n } = await both(url);
      expect(graphSlice(n)).toEqual(graphSlice(m));
    });

    it('every node\'s details: properties, relationship counts, neighbours and quotes', async () => {
      for (const node of loadSeed().nodes) {
        const { m, n } = await both(`/api/nodes/${encodeURIComponent(node.id)}`);
        expect(nodeDetails(n), node.id).toEqual(nodeDetails(m));
      }
    });

    it('every article: title, date, publisher and text', async () => {
      for (const article of loadSeed().articles) {
        const { m, n } = await both(`/api/articles/${encodeURIComponent(article.id)}`);
        expect(n).toEqual(m);
      }
    });

    // README, "Search ranking": Lucene always adds typo-tolerant alternatives, ranked below exact matches.
    it.each(SEARCHES)('search "%s": the same first hit, and every embedded hit found by Neo4j too', async (q) => {
      const { m, n } = await both(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
      const [mh, nh] = [m as SearchHit[], n as SearchHit[]];
      expect(nh[0]?.id).toBe(mh[0]?.id);
      expect(nh[0]?.matched).toBe(mh[0]?.matched);
      expect(nh.map((h) => h.id)).toEqual(expect.arrayContaining(mh.map((h) => h.id)));
    });
  });
}
