/** `npm run seed:neo4j` run twice: the second run changes nothing. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../graph-seed/load';
import type { Neo4jConfig } from '../../server/store/neo4j/config';
import { createDriver } from '../../server/store/neo4j/connect';
import { wipe } from './live-neo4j';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every node and relationship with all its properties, in a stable order. */
async function snapshot(config: Neo4jConfig) {
  const driver = createDriver(config);
  try {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (n) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
       CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels }
       RETURN nodes, rels`,
      {},
      { database: config.database },
    );
    return JSON.stringify(records[0]?.toObject());
  } finally {
    await driver.close();
  }
}

export function seedingTwice(config: Neo4jConfig) {
  describe('npm run seed:neo4j', () => {
    const seed = () => run('npm', ['run', 'seed:neo4j'], { cwd: root, env: process.env });
    beforeAll(() => wipe(config));

    it('writes the seed graph into an empty database, and a second run changes nothing', async () => {
      const first = await seed();
      const data = loadDefaultGraph();
      expect(first.stdout).toContain(`it now holds ${data.nodes.length} nodes and ${data.edges.length} relationships`);
      const before = await snapshot(config);
      const second = await seed();
      expect(second.stdout).toContain(`it now holds ${data.nodes.length} nodes and ${data.edges.length} relationships`);
      expect(await snapshot(config)).toBe(before);
    }, 120_000);
  });
}
