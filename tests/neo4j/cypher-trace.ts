/** `cypher=true`: the statement and parameters a reply shows, run as given through the driver, give the rows the route answered. */
import type { FastifyInstance } from 'fastify';
import type { Driver, Node, Record as Neo4jRecord } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherTrace } from '../../server/contract/results';
import { buildApp } from '../../server/http/app';
import type { Neo4jConfig } from '../../server/store/neo4j/config';
import { createDriver } from '../../server/store/neo4j/connect';
import { openSeededNeo4j } from './live-neo4j';

const idOf = (node: Node) => String(node.properties.id);
const relIds = (rels: { rel: { properties: { id: unknown } } }[]) => rels.map((r) => String(r.rel.properties.id)).sort();

const CASES: { url: string; rows: (record: Neo4jRecord) => unknown; reply: (body: Record<string, unknown>) => unknown }[] = [
  {
    url: '/api/neighbourhood?id=person:abdellatif-hammouchi&depth=2&from=2022&to=2025&topics=terrorism&limit=7&offset=2&cypher=true',
    rows: (r) => ({
      nodes: [idOf(r.get('c')), ...(r.get('page') as Node[]).map(idOf)].sort(),
      edges: relIds(r.get('rels')),
      truncated: r.get('truncated'),
    }),
    reply: (b) => ({
      nodes: (b.nodes as { id: string }[]).map((n) => n.id).sort(),
      edges: (b.edges as { id: string }[]).map((e) => e.id).sort(),
      truncated: b.truncated,
    }),
  },
  {
    url: '/api/who-met?id=person:abdellatif-hammouchi&from=2022&limit=3&cypher=true',
    rows: (r) => (r.get('rows') as { node: Node; meetingCount: { toNumber(): number } }[]).slice(0, 3).map((row) => [idOf(row.node), row.meetingCount.toNumber()]),
    reply: (b) => (b.rows as { node: { id: string }; meetingCount: number }[]).map((row) => [row.node.id, row.meetingCount]),
  },
  {
    url: '/api/path?from=person:christopher-wray&to=person:francisca-bostyn&cypher=true',
    rows: (r) => (r.get('nodes') as Node[]).map(idOf),
    reply: (b) => (b.nodes as { id: string }[]).map((n) => n.id),
  },
];

export function cypherTraceIsHonest(config: Neo4jConfig) {
  describe('cypher=true on Neo4j', () => {
    let app: FastifyInstance;
    let driver: Driver;
    beforeAll(async () => {
      app = await buildApp({ store: await openSeededNeo4j(config) });
      driver = createDriver(config);
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await driver?.close();
    });

    it.each(CASES)('$url: the statement shown, run as given, returns what the route answered', async ({ url, rows, reply }) => {
      const body = (await app.inject(url)).json() as Record<string, unknown> & { cypher: CypherTrace };
      expect(body.cypher.statement.length).toBeGreaterThan(0);
      const { records } = await driver.executeQuery(body.cypher.statement, body.cypher.parameters, { database: config.database });
      expect(records).toHaveLength(1);
      expect(rows(records[0]!)).toEqual(reply(body));
    });
  });
}
