/**
 * Writing nodes, relationships and article texts to Neo4j with the embedded
 * store's merge rules: a known node takes the new fields and keeps the others,
 * a known relationship gains new sources only, and a relationship whose end
 * is missing is refused rather than skipped (MATCH would drop it silently).
 */
import type { Node, Record as Neo4jRecord } from 'neo4j-driver';
import { NODE_TYPES, REL_TYPES, type GraphData, type GraphEdge, type GraphNode } from '../../contract/model';
import { InvalidQueryError } from '../errors';
import { nodeProperties, plain, relationshipRow, toGraphNode } from './records';
import { STATEMENTS, mergeNodesStatement, mergeRelationshipsStatement } from './statements';

/** Runs one statement: in a transaction of the caller's, or on its own. */
export type CypherRunner = (statement: string, parameters: Record<string, unknown>) => Promise<Neo4jRecord[]>;

export interface BatchSizes {
  nodes: number;
  relationships: number;
  articles: number;
}

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Known nodes merged with the incoming fields in JS, as graphology's mergeNode does, so the full-text names stay whole. */
async function mergedNodes(run: CypherRunner, nodes: GraphNode[]): Promise<GraphNode[]> {
  const records = await run(STATEMENTS.nodesByIds, { ids: nodes.map((n) => n.id) });
  const known = new Map(records.map((r) => toGraphNode(r.get('n') as Node)).map((n) => [n.id, n]));
  return nodes.map((node) => {
    const old = known.get(node.id);
    return old ? ({ ...old, ...node } as GraphNode) : node;
  });
}

async function writeNodes(run: CypherRunner, nodes: GraphNode[], size: number) {
  for (const type of NODE_TYPES) {
    for (const batch of batches(nodes.filter((n) => n.type === type), size)) {
      const rows = (await mergedNodes(run, batch)).map((n) => ({ id: n.id, props: nodeProperties(n) }));
      await run(mergeNodesStatement(type), { rows });
    }
  }
}

async function writeRelationships(run: CypherRunner, edges: GraphEdge[], size: number) {
  for (const type of REL_TYPES) {
    for (const batch of batches(edges.filter((e) => e.type === type), size)) {
      const [record] = await run(mergeRelationshipsStatement(type), { rows: batch.map(relationshipRow) });
      if (Number(plain(record?.get('written'))) === batch.length) continue;
      const ends = [...new Set(batch.flatMap((e) => [e.source, e.target]))];
      const found = new Set((await run(STATEMENTS.nodesByIds, { ids: ends })).map((r) => String(plain((r.get('n') as Node).properties.id))));
      const dangling = batch.find((e) => !found.has(e.source) || !found.has(e.target));
      throw new InvalidQueryError(`relationship ${dangling?.id ?? '?'} has an end that is not in the graph`, 'facts');
    }
  }
}

/** Nodes first (so relationships find their ends), then relationships, then article texts. */
export async function writeGraph(run: CypherRunner, data: GraphData, sizes: BatchSizes): Promise<void> {
  await writeNodes(run, data.nodes, sizes.nodes);
  await writeRelationships(run, data.edges, sizes.relationships);
  for (const batch of batches(data.articles.map((a) => ({ id: a.id, text: a.text })), sizes.articles)) {
    await run(STATEMENTS.articleTexts, { rows: batch });
  }
}
