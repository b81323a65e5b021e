import { NODE_TYPES, REL_TYPES, type NodeType, type RelType } from '../../contract/model';
import type { FacetsQuery } from '../../contract/requests';
import type { Facets } from '../../contract/results';
import { TOPIC_IDS, type TopicId } from '../../contract/topics';
import type { MemoryGraph } from './memory-state';

/**
 * Counts over the whole graph, topics only over the meetings that overlap
 * [from, to] when given. Unfiltered, cheap to keep: the store computes it once per import.
 */
export function computeFacets(graph: MemoryGraph, { from, to }: FacetsQuery = {}): Facets {
  const years = new Map<number, number>();
  const topics = new Map<TopicId, number>(TOPIC_IDS.map((t) => [t, 0]));
  const nodesPerType = Object.fromEntries(NODE_TYPES.map((t) => [t, 0])) as Record<NodeType, number>;
  const relationshipsPerType = Object.fromEntries(REL_TYPES.map((t) => [t, 0])) as Record<RelType, number>;

  graph.forEachNode((_id, node) => {
    nodesPerType[node.type] += 1;
    if (node.type === 'Meeting') years.set(node.year, (years.get(node.year) ?? 0) + 1);
  });
  graph.forEachEdge((_key, edge, _source, target) => {
    relationshipsPerType[edge.type] += 1;
    if (edge.type === 'DISCUSSED' && (from || to)) {
      const meeting = graph.getNodeAttributes(edge.source);
      if (meeting.type !== 'Meeting' || (from && meeting.dateTo < from) || (to && meeting.dateFrom > to)) return;
    }
    if (edge.type === 'DISCUSSED') {
      const topic = target.slice('topic:'.length) as TopicId;
      topics.set(topic, (topics.get(topic) ?? 0) + 1);
    }
  });
  return {
    meetingsPerYear: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
    meetingsPerTopic: [...topics].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count),
    nodesPerType,
    relationshipsPerType,
  };
}
