import type { GraphNode, NodeType } from '../../contract/model';
import type { MeetingFilter } from '../../contract/requests';
import { topicNodeId } from '../../contract/topics';
import { incident } from './adjacency';
import { nodeOf, type MemoryState } from './memory-state';

export type NodePredicate = (id: string, node: GraphNode) => boolean;

/** Does the meeting fall in the date range and discuss one of the topics? */
export function meetingMatcher(state: MemoryState, filter: MeetingFilter): (id: string, node: GraphNode) => boolean {
  const topicIds = filter.topics?.length ? new Set(filter.topics.map(topicNodeId)) : null;
  return (id, node) => {
    if (node.type !== 'Meeting') return true;
    if (filter.from && node.dateTo < filter.from) return false;
    if (filter.to && node.dateFrom > filter.to) return false;
    if (topicIds && !incident(state, id).out.some((edge) => edge.type === 'DISCUSSED' && topicIds.has(edge.target))) return false;
    return true;
  };
}

/**
 * Which nodes a filtered view shows: meetings that match, agreements produced
 * by a meeting that matches, topics that were asked for (all when none were),
 * and only the requested node types.
 */
export function viewFilter(state: MemoryState, filter: MeetingFilter & { types?: NodeType[] }): NodePredicate {
  const types = filter.types?.length ? new Set(filter.types) : null;
  const topicIds = filter.topics?.length ? new Set(filter.topics.map(topicNodeId)) : null;
  const meeting = meetingMatcher(state, filter);
  return (id, node) => {
    if (types && !types.has(node.type)) return false;
    if (node.type === 'Topic') return !topicIds || topicIds.has(id);
    if (node.type === 'Agreement' && (filter.from || filter.to || topicIds)) {
      return incident(state, id).in.some(
        (edge) => edge.type === 'PRODUCED' && meeting(edge.source, nodeOf(state, edge.source)),
      );
    }
    return meeting(id, node);
  };
}
