/** The two ways facts enter Neo4j: a bulk import (statement by statement) and an accepted article (one transaction). */
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphData } from '../../contract/model';
import type { Neo4jConfig } from './config';
import { toStoreError } from './errors';
import type { RunCypher } from './run-cypher';
import { SCHEMA_STATEMENTS } from './statements';
import { writeGraph } from './write-graph';

const BULK_BATCHES = { nodes: 2_000, relationships: 5_000, articles: 200 };

/** Creates the schema, then writes `data` batch by batch, each batch its own transaction (a seed or a benchmark graph). */
export async function importGraph(run: RunCypher, data: GraphData): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await run(statement, {}, 'write');
  await writeGraph((statement, parameters) => run(statement, parameters, 'write'), data, BULK_BATCHES);
}

/** Writes `data` all or nothing: every batch in one managed transaction, rolled back on the first refusal. */
export async function writeFacts(driver: Driver, config: Neo4jConfig, data: GraphData): Promise<void> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(
      (tx) => writeGraph(async (statement, parameters) => (await tx.run(statement, parameters)).records, data, BULK_BATCHES),
      { timeout: config.queryTimeoutMs },
    );
  } catch (error) {
    throw toStoreError(error, config.uri);
  } finally {
    await session.close();
  }
}
