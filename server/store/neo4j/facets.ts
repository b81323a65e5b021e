import { NODE_TYPES, REL_TYPES, type NodeType, type RelType } from '../../contract/model';
import type { FacetsQuery } from '../../contract/requests';
import type { Facets } from '../../contract/results';
import { TOPIC_IDS, topicNodeId } from '../../contract/topics';
import { plain } from './records';
import type { RunCypher } from './run-cypher';
import { STATEMENTS } from './statements';

/** Meetings per year over the whole graph, per topic within from/to, and counts per type; every type and topic listed, zeros included. */
export async function facets(run: RunCypher, query: FacetsQuery = {}): Promise<Facets> {
  const [record] = await run(STATEMENTS.facets, { from: query.from ?? null, to: query.to ?? null });
  const counted = <K extends string>(key: string, name: string) =>
    new Map((plain(record?.get(key)) as Record<string, unknown>[]).map((row) => [row[name] as K, row.count as number]));
  const years = plain(record?.get('years')) as { year: number; count: number }[];
  const topics = counted<string>('topics', 'topic');
  const types = counted<NodeType>('types', 'type');
  const rels = counted<RelType>('relationships', 'type');
  return {
    meetingsPerYear: years,
    meetingsPerTopic: TOPIC_IDS.map((topic) => ({ topic, count: topics.get(topicNodeId(topic)) ?? 0 })).sort((a, b) => b.count - a.count),
    nodesPerType: Object.fromEntries(NODE_TYPES.map((t) => [t, types.get(t) ?? 0])) as Facets['nodesPerType'],
    relationshipsPerType: Object.fromEntries(REL_TYPES.map((t) => [t, rels.get(t) ?? 0])) as Facets['relationshipsPerType'],
  };
}
