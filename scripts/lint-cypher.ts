/**
 * `npm run lint:cypher`: every statement the Neo4j adapter can send, checked
 * offline by Neo4j's own linter. Fails on any diagnostic.
 */
import { lintStatement } from '../server/store/neo4j/cypher-lint';
import { allStatements } from '../server/store/neo4j/statements';

const statements = allStatements();
let problems = 0;
for (const { name, statement, parameters } of statements) {
  for (const problem of lintStatement(statement, parameters)) {
    problems += 1;
    console.error(`✗ ${name}, ${problem}`);
  }
}
console.log(`lint:cypher: ${statements.length} statements checked, ${problems} problem${problems === 1 ? '' : 's'}`);
process.exitCode = problems === 0 ? 0 : 1;
