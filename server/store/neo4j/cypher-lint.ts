/**
 * Checks a Cypher statement with Neo4j's own linter (syntax, undefined
 * variables, undeclared parameters, unknown labels, relationship types,
 * properties, functions and procedures) against a schema declaring ours.
 */
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { NODE_TYPES, REL_TYPES } from '../../contract/model';

const PROPERTY_KEYS = [
  // nodes (see server/contract/model.ts) and what the adapter adds: names (full-text), text (articles)
  'id', 'type', 'label', 'name', 'aliases', 'titles', 'acronym', 'kind', 'country', 'code', 'nameFr', 'nameEn',
  'date', 'precision', 'dateEnd', 'dateFrom', 'dateTo', 'year', 'city', 'summary', 'period', 'title', 'publisher',
  'published', 'names', 'text',
  // relationships
  'role', 'sourceArticles', 'sourceQuotes',
  // notes (note-statements.ts)
  'words', 'created',
  // keys of the batch rows the writes UNWIND (the linter reads map keys as property keys)
  'source', 'target', 'props',
];

// The registry of Neo4j 5's built-in functions and procedures that the package ships.
const builtIns = testData.mockSchema as DbSchema;

function schemaFor(parameters: string[]): DbSchema {
  return {
    labels: ['Node', ...NODE_TYPES, 'Note'],
    relationshipTypes: [...REL_TYPES, 'ABOUT'],
    propertyKeys: PROPERTY_KEYS,
    parameters: Object.fromEntries(parameters.map((p) => [p, null])),
    functions: builtIns.functions,
    procedures: builtIns.procedures,
  };
}

/** Every problem with one statement, as readable lines; empty when it is clean. */
export function lintStatement(statement: string, parameters: string[]): string[] {
  const problems = lintCypherQuery(statement, schemaFor(parameters)).diagnostics.map(
    (d) => `line ${d.range.start.line + 1}: ${d.message}\n    ${statement.split('\n')[d.range.start.line]?.trim()}`,
  );
  for (const p of parameters) {
    if (!new RegExp(`\\$${p}\\b`).test(statement)) problems.push(`declares $${p} but never uses it`);
  }
  return problems;
}
