import type { GraphData } from '../../contract/model';
import { noteNewEdge } from './adjacency';
import type { MemoryState } from './memory-state';
import { useDictionaryNeighbourTables } from './neighbour-tables';

/**
 * Adds new nodes and edges to the graph; a known node takes the new fields, a
 * known edge the new sources. Keeps the adjacency lists and record JSON in
 * step, and drops the indexes built from the old graph.
 */
export function mergeGraph(state: MemoryState, data: Pick<GraphData, 'nodes' | 'edges'>) {
  const { graph } = state;
  state.attendance = state.compact = undefined;
  // Into an empty graph nothing can collide: skip the merge checks (a third of a 100k-node load).
  const fresh = graph.order === 0;
  for (const node of data.nodes) {
    if (fresh || !graph.hasNode(node.id)) {
      graph.addNode(node.id, node);
      if (state.dictionaryNeighbourTables && !useDictionaryNeighbourTables(graph, node.id)) fallBackToGraphologyTables(state);
    } else {
      graph.mergeNode(node.id, node);
      state.recordJson.forget(graph.getNodeAttributes(node.id));
    }
    // mergeNode assigns into the record graphology already holds: keep that one.
    state.nodes.set(node.id, graph.getNodeAttributes(node.id));
  }
  for (const edge of data.edges) {
    if (fresh || !graph.hasEdge(edge.id)) {
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
      noteNewEdge(state, edge);
      continue;
    }
    const known = graph.getEdgeAttributes(edge.id);
    for (const s of edge.sources) {
      if (!known.sources.some((k) => k.articleId === s.articleId && k.quote === s.quote)) known.sources.push(s);
    }
    state.recordJson.forget(known);
  }
}

/**
 * graphology's private node records are not what neighbour-tables.ts expects
 * (its version moved past the one package.json pins): the graph stays correct
 * with graphology's own tables, only slower at 100k nodes. Say so once, and
 * stop trying for the rest of this graph.
 */
function fallBackToGraphologyTables(state: MemoryState) {
  state.dictionaryNeighbourTables = false;
  console.warn(
    '[liaison] graphology’s node records changed shape: keeping its own neighbour tables (correct, but large graphs are slower); see server/store/memory/neighbour-tables.ts',
  );
}
