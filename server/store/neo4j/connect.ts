import neo4j, { type Driver } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors';
import type { Neo4jConfig } from './config';
import { toStoreError } from './errors';

export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    maxConnectionPoolSize: 50,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Managed transactions retry transient failures for 30 s by default: a
    // researcher would rather get a 503 in seconds than a spinner for half a minute.
    maxTransactionRetryTime: 3_000,
    userAgent: 'liaison',
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for Neo4j with exponential backoff (0.25 s, 0.5 s, … capped at 4 s).
 * Returns null once connected, or the last failure as a StoreUnavailableError
 * naming the address and the cause.
 */
export async function waitForNeo4j(
  driver: Driver,
  config: Neo4jConfig,
  onRetry: (attempt: number, error: Error, delayMs: number) => void = () => {},
): Promise<StoreUnavailableError | null> {
  let last: unknown;
  for (let attempt = 1; attempt <= config.connectAttempts; attempt++) {
    try {
      await driver.verifyConnectivity({ database: config.database });
      return null;
    } catch (error) {
      last = toStoreError(error, config.uri);
      if (attempt < config.connectAttempts) {
        const delay = Math.min(4_000, 250 * 2 ** (attempt - 1));
        onRetry(attempt, last as Error, delay);
        await sleep(delay);
      }
    }
  }
  const cause = last instanceof Error ? last.message : String(last);
  return last instanceof StoreUnavailableError
    ? last
    : new StoreUnavailableError(`Neo4j at ${config.uri} is unreachable: ${cause}`, { cause: last });
}
