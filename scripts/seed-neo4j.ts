/** `npm run seed:neo4j`: the default graph written into the Neo4j given by NEO4J_URI. */
import { seedNeo4j } from '../server/boot/seed-neo4j';

process.exitCode = await seedNeo4j();
