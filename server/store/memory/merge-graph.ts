import type { GraphData } from '../../contract/model';
import { forgetRecordJson } from '../record-json';
import { noteNewEdge } from './adjacency';
import type { MemoryState } from './graph';
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
      useDictionaryNeighbourTables(graph, node.id);
    } else {
      graph.mergeNode(node.id, node);
      forgetRecordJson(graph.getNodeAttributes(node.id));
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
    forgetRecordJson(known);
  }
}
