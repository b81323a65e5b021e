/**
 * Everything proven against a live Neo4j. One file, so its suites run one after
 * another on the one database a Community server has; each starts by wiping it.
 * `npm run neo4j:local`, then `NEO4J_URI=bolt://127.0.0.1:7687 npm run test:neo4j`.
 */
import { describe, it } from 'vitest';
import { graphStoreContract } from '../../server/store/contract/graph-store-contract';
import { neo4jConfigFromEnv } from '../../server/store/neo4j/config';
import { acceptSurvivesRestart } from './accept-restart';
import { analysisContract } from './analysis-contract';
import { cypherTraceIsHonest } from './cypher-trace';
import { notesSurviveRestart } from './notes-restart';
import { openSeededNeo4j } from './live-neo4j';
import { apiParity } from './parity';
import { seedingTwice } from './seeding';

const config = neo4jConfigFromEnv();

if (config) {
  graphStoreContract(`neo4j at ${config.uri}`, () => openSeededNeo4j(config));
  analysisContract(`neo4j at ${config.uri}`, () => openSeededNeo4j(config));
  apiParity(config);
  cypherTraceIsHonest(config);
  seedingTwice(config);
  acceptSurvivesRestart(config);
  notesSurviveRestart(config);
} else {
  describe('a live Neo4j', () => {
    it.skip('skipped: NEO4J_URI is not set (npm run neo4j:local, then NEO4J_URI=bolt://127.0.0.1:7687 npm run test:neo4j)', () => {});
  });
}
