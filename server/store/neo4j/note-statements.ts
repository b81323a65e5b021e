/**
 * The Cypher of researchers' notes: `(:Note {id, text, words, created})-[:ABOUT]->(target)`.
 * A note carries no :Node label, so no statement of statements.ts that
 * matches `:Node` sees one: not search by name, neighbourhoods, paths or
 * facets. `words` is the text cut into query words, for its full-text index
 * (as `names` is for nodes: see records.ts).
 */

export const NOTE_SCHEMA_STATEMENTS = [
  `CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE`,
  `CREATE FULLTEXT INDEX note_words IF NOT EXISTS FOR (n:Note) ON EACH [n.words]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false}}`,
  `CALL db.awaitIndex('note_words', 120)`,
] as const;

export const NOTE_STATEMENTS = {
  /** Writes the note if its target exists; no row back means there is no such node. */
  addNote: `MATCH (t:Node {id: $target})
CREATE (n:Note {id: $id, text: $text, words: $words, created: $created})-[:ABOUT]->(t)
RETURN n.id AS id`,

  deleteNote: `MATCH (n:Note {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted`,

  notesOf: `MATCH (t:Node {id: $target})
CALL (t) {
  MATCH (n:Note)-[:ABOUT]->(t)
  WITH n ORDER BY n.created DESC, n.id DESC
  RETURN collect({id: n.id, text: n.text, created: n.created}) AS notes
}
RETURN notes[0..toInteger($limit)] AS notes, size(notes) > $limit AS truncated`,

  allNotes: `CALL () {
  MATCH (n:Note)-[:ABOUT]->(t:Node)
  WITH n, t ORDER BY n.created DESC, n.id DESC
  RETURN collect({id: n.id, target: t.id, text: n.text, created: n.created}) AS notes
}
RETURN notes[0..toInteger($limit)] AS notes, size(notes) > $limit AS truncated`,

  searchNotes: `CALL db.index.fulltext.queryNodes('note_words', $lucene, {limit: $candidates}) YIELD node, score
MATCH (node)-[:ABOUT]->(t:Node)
WHERE $types IS NULL OR t.type IN $types
RETURN node.id AS id, node.text AS text, node.created AS created, t AS target, score
ORDER BY score DESC, id
LIMIT $limit`,

  /** The graph's size without notes: counts of :Node and of relationships from one (a note's ABOUT starts at a :Note). */
  graphCounts: `CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
CALL () { MATCH (:Node)-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`,
} as const;

/** The note statements with the parameters each takes, for the linter (statements.ts's allStatements lists them). */
export function noteStatements(): { name: string; statement: string; parameters: string[] }[] {
  const parameters: Record<keyof typeof NOTE_STATEMENTS, string[]> = {
    addNote: ['target', 'id', 'text', 'words', 'created'],
    deleteNote: ['id'],
    notesOf: ['target', 'limit'],
    allNotes: ['limit'],
    searchNotes: ['lucene', 'candidates', 'types', 'limit'],
    graphCounts: [],
  };
  return [
    ...Object.entries(NOTE_STATEMENTS).map(([name, statement]) => ({ name: `note ${name}`, statement, parameters: parameters[name as keyof typeof NOTE_STATEMENTS] })),
    ...NOTE_SCHEMA_STATEMENTS.map((statement, i) => ({ name: `note schema ${i + 1}`, statement, parameters: [] })),
  ];
}
