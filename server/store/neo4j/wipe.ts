import type { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config';
import { WIPE_STATEMENT } from './statements';

/** Deletes every node and relationship of the configured database: the benchmark behind --wipe, and the live-Neo4j tests before each suite. */
export async function wipeDatabase(driver: Driver, config: Neo4jConfig): Promise<void> {
  // CALL … IN TRANSACTIONS runs only in an auto-commit transaction, so not through executeQuery.
  const session = driver.session({ database: config.database });
  try {
    await session.run(WIPE_STATEMENT);
  } finally {
    await session.close();
  }
}
