/** An article accepted through the API on Neo4j is there after the server restarts, with what the embedded store makes of it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Health, NodeDetails, SearchHit } from '../../server/contract/results';
import { buildApp } from '../../server/http/app';
import type { Neo4jConfig } from '../../server/store/neo4j/config';
import { openEmbeddedStore } from '../../server/boot/open-store';
import { openSeededNeo4j } from './live-neo4j';
import { startServer, type ServerProcess } from '../support/server-process';

const text = readFileSync(fileURLToPath(new URL('../../server/ingest/fixtures/interpol-2024.txt', import.meta.url)), 'utf8');

export function acceptSurvivesRestart(config: Neo4jConfig) {
  describe('accepting an article on Neo4j', () => {
    let server: ServerProcess | undefined;
    beforeAll(async () => {
      await (await openSeededNeo4j(config)).close();
    }, 60_000);
    afterAll(() => server?.stop());

    it('keeps it across a server restart, and writes what the embedded store writes', async () => {
      const env = { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
      server = await startServer(env);
      const accepted = await fetch(`${server.url}/api/articles/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      expect(accepted.status, await accepted.clone().text()).toBe(201);
      await server.stop();

      server = await startServer(env);
      const [stock] = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent('Jürgen Stock')}`)).json()) as SearchHit[];
      expect(stock?.id).toBe('person:jurgen-stock');
      const onNeo4j = (await (await fetch(`${server.url}/api/nodes/person:jurgen-stock`)).json()) as NodeDetails;
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as Health;

      const embedded = await buildApp({ store: await openEmbeddedStore() });
      try {
        expect((await embedded.inject({ method: 'POST', url: '/api/articles/accept', payload: { text } })).statusCode).toBe(201);
        const inMemory = (await embedded.inject('/api/nodes/person:jurgen-stock')).json() as NodeDetails;
        expect(onNeo4j.node).toEqual(inMemory.node);
        expect(onNeo4j.sources.map((s) => s.quote).sort()).toEqual(inMemory.sources.map((s) => s.quote).sort());
        const memoryHealth = (await embedded.inject('/api/health')).json() as Health;
        expect({ nodes: health.nodes, relationships: health.relationships }).toEqual({ nodes: memoryHealth.nodes, relationships: memoryHealth.relationships });
      } finally {
        await embedded.close();
      }
    }, 120_000);
  });
}
