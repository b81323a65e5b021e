/** One Cypher round trip through the driver, with the adapter's timeouts and typed errors. */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { MeetingFilter } from '../../contract/requests';
import type { CypherTrace } from '../../contract/results';
import { topicNodeId } from '../../contract/topics';
import type { Neo4jConfig } from './config';
import { toStoreError } from './errors';
import { plain } from './records';

/** Runs one statement in its own transaction; reads are cancelled by the server after the configured timeout. */
export type RunCypher = (statement: string, parameters: Record<string, unknown>, mode?: 'read' | 'write') => Promise<Neo4jRecord[]>;

export function cypherRunner(driver: Driver, config: Neo4jConfig): RunCypher {
  return async (statement, parameters, mode = 'read') => {
    try {
      const { records } = await driver.executeQuery(statement, parameters, {
        database: config.database,
        routing: mode === 'read' ? neo4j.routing.READ : neo4j.routing.WRITE,
        ...(mode === 'read' ? { transactionConfig: { timeout: config.queryTimeoutMs } } : {}),
      });
      return records;
    } catch (error) {
      throw toStoreError(error, config.uri);
    }
  };
}

/** Integers must travel as Neo4j integers: a JS number arrives as a float, which LIMIT refuses. */
export const int = (n: number) => neo4j.int(n);

/** The meeting filter as the statements' $from, $to and $topics (null: no bound). */
export function filterParameters(filter: MeetingFilter) {
  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    topics: filter.topics?.length ? filter.topics.map(topicNodeId) : null,
  };
}

/** What `cypher=true` shows: the statement and its parameters as plain JSON. */
export function trace(statement: string, parameters: Record<string, unknown>): CypherTrace {
  return { statement, parameters: plain(parameters) as Record<string, unknown> };
}
