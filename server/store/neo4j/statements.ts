/**
 * Every Cypher statement the Neo4j adapter sends. Values travel only as
 * $parameters; labels and relationship types come only from the allow-lists
 * in server/contract/model.ts. Filters are written as "$param IS NULL OR …" so that
 * each statement's text is constant: `npm run lint:cypher` checks them all.
 * The statements `cypher=true` shows wrap integer parameters in toInteger():
 * pasted with their JSON parameters (numbers, which the driver sends as
 * floats), they run as given.
 *
 * Every node carries the label :Node (unique id) and the label of its type.
 */
import { NODE_TYPES, REL_TYPES, type NodeType, type RelType } from '../../contract/model';
import { LIMITS } from '../../contract/requests';
import { noteStatements } from './note-statements';

/** A meeting `v` falls in [$from, $to] and discussed one of $topics (topic node ids). */
const meetingMatches = (v: string) => `(($from IS NULL OR ${v}.dateTo >= $from)
    AND ($to IS NULL OR ${v}.dateFrom <= $to)
    AND ($topics IS NULL OR EXISTS { MATCH (${v})-[:DISCUSSED]->(${v}_topic:Topic) WHERE ${v}_topic.id IN $topics }))`;

/** What a filtered view shows (the memory store's viewFilter, in Cypher). */
const keep = (v: string) => `(($types IS NULL OR ${v}.type IN $types)
    AND (NOT ${v}:Meeting OR ${meetingMatches(v)})
    AND (NOT ${v}:Topic OR $topics IS NULL OR ${v}.id IN $topics)
    AND (NOT ${v}:Agreement OR ($from IS NULL AND $to IS NULL AND $topics IS NULL)
      OR EXISTS { MATCH (${v}_by:Meeting)-[:PRODUCED]->(${v}) WHERE ${meetingMatches(`${v}_by`)} }))`;

/** Node types a shortest connection may pass through (as the memory store's PATH_THROUGH). */
const passable = (v: string) => `(${v}:Person OR ${v}:Organization OR ${v}:Country OR ${v}:Meeting OR ${v}:Agreement)`;

/** Relationships as maps with their ends' ids: driver Relationships only know element ids. */
const relWithEnds = (r: string) => `{rel: ${r}, source: startNode(${r}).id, target: endNode(${r}).id}`;

/**
 * Past this many relationships in one direction a node is a hub (a police chief
 * at thousands of meetings): its list is not walked. Above Neo4j's dense-node
 * threshold (50), so a hub's degree per type is a counter read, not a walk.
 */
const HUB_DEGREE = 100;

/**
 * The relationships among the nodes of list `set`, each once, without walking a
 * hub's relationships: a relationship a→b is found from a's side when a is not
 * an out-hub, else from b's side when b is not an in-hub, else (hub to hub) by
 * one typed Expand(Into) per type, which starts from the end with fewer
 * relationships of that type. Walking every member's list instead made a 2-hop
 * view that shows a hub read its 12,000 meetings to keep three of them.
 */
const relationshipsAmong = (set: string) => `UNWIND ${set} AS a
  WITH a, ${set} AS among WHERE COUNT { (a)-->() } <= ${HUB_DEGREE}
  MATCH (a)-[r]->(b:Node) WHERE b IN among
  RETURN r
  UNION ALL
  UNWIND ${set} AS b
  WITH b, ${set} AS among WHERE COUNT { (b)<--() } <= ${HUB_DEGREE}
  MATCH (b)<-[r]-(a:Node) WHERE a IN among AND COUNT { (a)-->() } > ${HUB_DEGREE}
  RETURN r
  UNION ALL
  UNWIND ${set} AS a
  WITH a, ${set} AS among WHERE COUNT { (a)-->() } > ${HUB_DEGREE}
  UNWIND among AS b
  WITH a, b WHERE COUNT { (b)<--() } > ${HUB_DEGREE}
  CALL (a, b) {
    ${REL_TYPES.map((t) => `MATCH (a)-[r:${t}]->(b) RETURN r`).join('\n    UNION ALL\n    ')}
  }
  RETURN r`;

export const STATEMENTS = {
  search: `CALL db.index.fulltext.queryNodes('node_names', $lucene, {limit: $candidates}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node, score
ORDER BY score DESC
LIMIT $limit`,

  node: `MATCH (n:Node {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Node)
  WITH r, m LIMIT $maxNeighbours
  RETURN collect({rel: r, node: m, source: startNode(r).id, target: endNode(r).id}) AS neighbours
}
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS type, startNode(r) = n AS out, count(r) AS count
  RETURN collect({type: type, out: out, count: count}) AS relations
}
CALL (neighbours) {
  UNWIND neighbours AS neighbour
  UNWIND coalesce(neighbour.rel.sourceArticles, []) AS articleId
  WITH DISTINCT articleId
  MATCH (a:Node {id: articleId})
  RETURN collect({id: a.id, title: a.title}) AS articles
}
RETURN n, neighbours, relations, articles`,

  neighbourhood: `MATCH (c:Node {id: $id})
CALL (c) {
  MATCH (c)--(n1:Node)
  WHERE ${keep('n1')}
  WITH DISTINCT n1 ORDER BY n1.id LIMIT toInteger($cap)
  RETURN collect(n1) AS first
}
CALL (c, first) {
  UNWIND range(0, size(first) - 1) AS i
  WITH first[i] AS n1, i
  MATCH (n1)--(n2:Node)
  WHERE $depth = 2 AND n2 <> c AND NOT n2 IN first AND ${keep('n2')}
  WITH n2, min(i) AS via ORDER BY via, n2.id LIMIT toInteger($cap)
  RETURN collect(n2) AS second
}
WITH c, first + second AS found,
  CASE WHEN $depth = 1 THEN COUNT { MATCH (c)--(n0:Node) WHERE ${keep('n0')} } END AS total
WITH c, found[toInteger($offset)..toInteger($offset + $limit)] AS page, size(found) > $offset + $limit AS truncated, total, size(found) AS counted
WITH c, page, truncated, total, counted, [c] + page AS shown
CALL (shown) {
  ${relationshipsAmong('shown')}
}
WITH c, page, truncated, total, counted, collect(${relWithEnds('r')}) AS rels
RETURN c, page, truncated, total, counted, rels`,

  // One pass over the center's meetings: each row keeps its shared meetings, most
  // recent first, so describing a row needs no second walk of that person's meetings.
  whoMet: `MATCH (c:Node {id: $id})
CALL (c) {
  MATCH (c)-[:ATTENDED]->(m:Meeting)<-[a:ATTENDED]-(o:Node)
  WHERE o <> c AND ${meetingMatches('m')}
  WITH o, m, a ORDER BY m.dateFrom DESC, m.id
  WITH o, count(DISTINCT m) AS shared, collect({meeting: m, role: a.role}) AS attended
  ORDER BY shared DESC, attended[0].meeting.dateFrom DESC, attended[0].meeting.id, o.id
  LIMIT toInteger($cap)
  CALL (attended) {
    UNWIND attended[0..toInteger($meetingsPerRow)] AS shown
    WITH shown.meeting AS m, shown.role AS role
    RETURN collect({meeting: m, role: role, topics: COLLECT { MATCH (m)-[:DISCUSSED]->(t:Topic) RETURN t.id }}) AS meetings
  }
  RETURN collect({node: o, meetingCount: shared, meetings: meetings}) AS rows
}
RETURN c, rows`,

  facets: `CALL () {
  MATCH (m:Meeting)
  WITH m.year AS year, count(*) AS count ORDER BY year
  RETURN collect({year: year, count: count}) AS years
}
CALL () {
  MATCH (m:Meeting)-[:DISCUSSED]->(t:Topic)
  WHERE ($from IS NULL OR m.dateTo >= $from) AND ($to IS NULL OR m.dateFrom <= $to)
  WITH t.id AS topic, count(*) AS count
  RETURN collect({topic: topic, count: count}) AS topics
}
CALL () {
  MATCH (n:Node)
  WITH n.type AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS types
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS relationships
}
RETURN years, topics, types, relationships`,

  // The page is read in the date index's order (every meeting has a dateFrom), so only the rows up to the
  // page's end are sorted by id within a day, instead of all meetings collected and sorted for every page:
  // the analyses read the whole timeline page by page (48k meetings at 100k nodes: 21 s → 9–13 s here).
  meetings: `CALL () {
  MATCH (m:Meeting)
  WHERE ${meetingMatches('m')}
  RETURN count(m) AS total
}
CALL () {
  MATCH (m:Meeting)
  USING INDEX m:Meeting(dateFrom)
  WHERE m.dateFrom IS NOT NULL AND ${meetingMatches('m')}
  WITH m ORDER BY m.dateFrom, m.id SKIP $offset LIMIT $limit
  RETURN collect({
    meeting: m,
    attendees: [(a:Node)-[r:ATTENDED]->(m) | {id: a.id, type: a.type, label: a.label, role: r.role}],
    topics: [(m)-[:DISCUSSED]->(t:Topic) | t.id],
    articles: [(m)-[:REPORTED_IN]->(ar:Article) | ar.id]
  }) AS rows
}
RETURN total, rows`,

  article: `MATCH (a:Article:Node {id: $id}) RETURN a`,

  nodeById: `MATCH (n:Node {id: $id}) RETURN n`,

  nodesByIds: `MATCH (n:Node) WHERE n.id IN $ids RETURN n`,

  articleTexts: `UNWIND $rows AS row
MATCH (a:Article:Node {id: row.id})
SET a.text = row.text`,
} as const;

/**
 * The shortest connection of at most `maxLength` hops. A path's length bound
 * cannot be a parameter, so there is one statement per allowed length (each
 * linted). The passable test over all of the path's nodes (its ends excepted)
 * is one Neo4j checks during its bidirectional search; a test on
 * `nodes(p)[1..-1]` or on `length(p)` is not, and made it fall back to an
 * exhaustive search that timed out when no path existed, even on the seed
 * graph. (SHORTEST with the test inside a quantified pattern searches from one
 * end only: 3 s instead of 9 ms between two people five hops apart at 100k.)
 */
export function pathStatement(maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > LIMITS.pathLength.max) {
    throw new Error(`path length must be 1 to ${LIMITS.pathLength.max}, not ${maxLength}`);
  }
  return `OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[*..${maxLength}]-(b))
WHERE all(x IN nodes(p) WHERE x = a OR x = b OR ${passable('x')})
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  CASE WHEN p IS NULL THEN [] ELSE nodes(p) END AS nodes,
  CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | ${relWithEnds('r')}] END AS rels`;
}

/** Constraints and indexes, created before any data. */
export const SCHEMA_STATEMENTS = [
  `CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE`,
  `CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Node) ON EACH [n.names]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false}}`,
  `CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.dateFrom)`,
  `CALL db.awaitIndexes(120)`,
] as const;

/** Writes a batch of nodes of one type, keyed by id: running it twice changes nothing. */
export function mergeNodesStatement(type: NodeType): string {
  if (!NODE_TYPES.includes(type)) throw new Error(`not an allowed label: ${type}`);
  return `UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props, n:${type}`;
}

/**
 * Writes a batch of relationships of one type and counts them: a row whose end
 * is missing drops out at MATCH, so `written` below the batch size names a
 * refusal. Sources are parallel lists (properties hold only primitives and
 * lists); new ones are appended, known ones kept, so re-running a batch
 * changes nothing. A known relationship keeps its role and title, as in memory.
 */
export function mergeRelationshipsStatement(type: RelType): string {
  if (!REL_TYPES.includes(type)) throw new Error(`not an allowed relationship type: ${type}`);
  return `UNWIND $rows AS row
MATCH (a:Node {id: row.source})
MATCH (b:Node {id: row.target})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.id = row.id, r.role = row.role, r.title = row.title
WITH r, row, coalesce(r.sourceArticles, []) AS knownArticles, coalesce(r.sourceQuotes, []) AS knownQuotes
WITH r, row, knownArticles, knownQuotes,
  [i IN range(0, size(row.sourceArticles) - 1) WHERE NOT any(j IN range(0, size(knownArticles) - 1)
    WHERE knownArticles[j] = row.sourceArticles[i] AND knownQuotes[j] = row.sourceQuotes[i])] AS fresh
SET r.sourceArticles = knownArticles + [i IN fresh | row.sourceArticles[i]],
  r.sourceQuotes = knownQuotes + [i IN fresh | row.sourceQuotes[i]]
RETURN count(*) AS written`;
}

/** Empties the database in batches (the benchmark's --wipe); needs an auto-commit transaction. */
export const WIPE_STATEMENT = `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

/** Every statement with the parameters it takes: what the linter checks. */
export function allStatements(): { name: string; statement: string; parameters: string[] }[] {
  const filter = ['from', 'to', 'topics'];
  const parameters: Record<keyof typeof STATEMENTS, string[]> = {
    search: ['lucene', 'candidates', 'types', 'limit'],
    node: ['id', 'maxNeighbours'],
    neighbourhood: ['id', 'depth', 'cap', 'offset', 'limit', 'types', ...filter],
    whoMet: ['id', 'cap', 'meetingsPerRow', ...filter],
    facets: ['from', 'to'],
    meetings: ['offset', 'limit', ...filter],
    article: ['id'],
    nodeById: ['id'],
    nodesByIds: ['ids'],
    articleTexts: ['rows'],
  };
  return [
    ...Object.entries(STATEMENTS).map(([name, statement]) => ({ name, statement, parameters: parameters[name as keyof typeof STATEMENTS] })),
    ...Array.from({ length: LIMITS.pathLength.max }, (_, i) => ({ name: `path ${i + 1}`, statement: pathStatement(i + 1), parameters: ['from', 'to'] })),
    ...SCHEMA_STATEMENTS.map((statement, i) => ({ name: `schema ${i + 1}`, statement, parameters: [] })),
    ...NODE_TYPES.map((type) => ({ name: `merge ${type}`, statement: mergeNodesStatement(type), parameters: ['rows'] })),
    ...REL_TYPES.map((type) => ({ name: `merge ${type}`, statement: mergeRelationshipsStatement(type), parameters: ['rows'] })),
    { name: 'wipe', statement: WIPE_STATEMENT, parameters: [] },
    ...noteStatements(),
  ];
}
