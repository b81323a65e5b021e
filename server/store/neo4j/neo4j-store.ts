/** The GraphStore on Neo4j: one Cypher round trip per call, through the official driver. */
import neo4j, { type Driver, type Node, type Relationship } from 'neo4j-driver';
import {
  NODE_TYPES,
  REL_TYPES,
  type ArticleDoc,
  type AttendanceRole,
  type GraphData,
  type MeetingNode,
  type NodeType,
  type RelType,
} from '../../contract/model';
import { LIMITS, type MeetingFilter } from '../../contract/requests';
import type {
  CypherTrace,
  Facets,
  MeetingRef,
  MeetingRow,
  NeighbourRef,
  NodeDetails,
  SourceRef,
  WhoMetRow,
} from '../../contract/results';
import { TOPIC_IDS, topicNodeId } from '../../contract/topics';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { GraphStore } from '../graph-store';
import { orderMeetingRow, toMeetingRef } from '../meeting-ref';
import { matchedName, searchableNames } from '../searchable-names';
import type { Neo4jConfig } from './config';
import { toStoreError } from './errors';
import { luceneQuery, queryTerms } from './lucene';
import { plain, toGraphEdge, toGraphNode } from './records';
import { SCHEMA_STATEMENTS, STATEMENTS, pathStatement } from './statements';
import { writeGraph } from './write-graph';

/** Relationships come back as {rel, source, target}: the driver knows only element ids. */
interface RelWithEnds {
  rel: Relationship;
  source: string;
  target: string;
}

const MAX_NEIGHBOURS = 200;
const MAX_SOURCES = 200;
const BULK_BATCHES = { nodes: 2_000, relationships: 5_000, articles: 200 };

/** Integers must travel as Neo4j integers: a JS number arrives as a float, which LIMIT refuses. */
const int = (n: number) => neo4j.int(n);

function filterParameters(filter: MeetingFilter) {
  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    topics: filter.topics?.length ? filter.topics.map(topicNodeId) : null,
  };
}

function trace(statement: string, parameters: Record<string, unknown>): CypherTrace {
  return { statement, parameters: plain(parameters) as Record<string, unknown> };
}

function meetingRef(node: Node, topics: string[], role?: AttendanceRole | null): MeetingRef {
  return toMeetingRef(toGraphNode(node) as MeetingNode, topics, role);
}

export function createNeo4jStore(driver: Driver, config: Neo4jConfig): GraphStore {
  const run = async (statement: string, parameters: Record<string, unknown>, mode: 'read' | 'write' = 'read') => {
    try {
      const { records } = await driver.executeQuery(statement, parameters, {
        database: config.database,
        routing: mode === 'read' ? neo4j.routing.READ : neo4j.routing.WRITE,
        ...(mode === 'read' ? { transactionConfig: { timeout: config.queryTimeoutMs } } : {}),
      });
      return records;
    } catch (error) {
      throw toStoreError(error, config.uri);
    }
  };

  return {
    kind: 'neo4j',

    async health() {
      try {
        const [record] = await run(STATEMENTS.health, {});
        return { ok: true, store: 'neo4j', nodes: Number(plain(record?.get('nodes'))), relationships: Number(plain(record?.get('relationships'))) };
      } catch (error) {
        return { ok: false, store: 'neo4j', nodes: 0, relationships: 0, message: error instanceof Error ? error.message : String(error) };
      }
    },

    async search(query) {
      const terms = queryTerms(query.q);
      if (terms.length === 0) return [];
      const records = await run(STATEMENTS.search, {
        lucene: luceneQuery(query.q),
        candidates: int(query.limit * 5),
        types: query.types?.length ? query.types : null,
        limit: int(query.limit),
      });
      return records.map((record) => {
        const node = toGraphNode(record.get('node') as Node);
        return {
          id: node.id,
          type: node.type,
          label: node.label,
          matched: matchedName(searchableNames(node), terms),
          score: Math.round(Number(record.get('score')) * 1000) / 1000,
        };
      });
    },

    async node(id) {
      const [record] = await run(STATEMENTS.node, { id, maxNeighbours: int(MAX_NEIGHBOURS + 1) });
      if (!record) throw new NotFoundError('node', id);
      const titles = new Map((record.get('articles') as { id: string; title: string }[]).map((a) => [a.id, a.title]));
      const found = record.get('neighbours') as (RelWithEnds & { node: Node })[];
      const neighbours: NeighbourRef[] = found.slice(0, MAX_NEIGHBOURS).map(({ rel, node, source, target }) => ({
        edge: toGraphEdge(rel, source, target),
        node: toGraphNode(node),
        direction: source === id ? 'out' : 'in',
      }));
      const sources: SourceRef[] = neighbours
        .flatMap(({ edge }) =>
          edge.sources.map((s) => ({ ...s, articleTitle: titles.get(s.articleId) ?? s.articleId, edgeId: edge.id, relation: edge.type })),
        )
        .slice(0, MAX_SOURCES);
      const relations = (plain(record.get('relations')) as { type: RelType; out: boolean; count: number }[])
        .map(({ type, out, count }) => ({ type, direction: out ? ('out' as const) : ('in' as const), count }))
        .sort((a, b) => b.count - a.count);
      return {
        node: toGraphNode(record.get('n') as Node),
        relations,
        neighbours,
        neighboursTruncated: found.length > MAX_NEIGHBOURS,
        sources,
      } satisfies NodeDetails;
    },

    async neighbourhood(query) {
      const parameters = {
        id: query.id,
        depth: int(query.depth),
        cap: int(query.offset + query.limit + 1),
        offset: int(query.offset),
        limit: int(query.limit),
        types: query.types?.length ? query.types : null,
        ...filterParameters(query),
      };
      const [record] = await run(STATEMENTS.neighbourhood, parameters);
      if (!record) throw new NotFoundError('node', query.id);
      const truncated = record.get('truncated') as boolean;
      const total = query.depth === 1 ? Number(plain(record.get('total'))) : truncated ? undefined : Number(plain(record.get('counted')));
      return {
        nodes: [record.get('c') as Node, ...(record.get('page') as Node[])].map(toGraphNode),
        edges: (record.get('rels') as RelWithEnds[]).map(({ rel, source, target }) => toGraphEdge(rel, source, target)),
        truncated,
        ...(total === undefined ? {} : { total }),
        ...(query.cypher ? { cypher: trace(STATEMENTS.neighbourhood, parameters) } : {}),
      };
    },

    async whoMet(query) {
      const parameters = {
        id: query.id,
        cap: int(query.limit + 1),
        meetingsPerRow: int(LIMITS.meetingsPerWhoMetRow),
        ...filterParameters(query),
      };
      const [record] = await run(STATEMENTS.whoMet, parameters);
      if (!record) throw new NotFoundError('node', query.id);
      const center = toGraphNode(record.get('c') as Node);
      if (center.type !== 'Person' && center.type !== 'Organization') {
        throw new InvalidQueryError(`who-met needs a person or an organization, "${query.id}" is a ${center.type}`, 'id');
      }
      type Row = { node: Node; meetingCount: unknown; meetings: { meeting: Node; role: AttendanceRole | null; topics: string[] }[] };
      const rows: WhoMetRow[] = (record.get('rows') as Row[]).map((row) => ({
        node: toGraphNode(row.node),
        meetingCount: Number(plain(row.meetingCount)),
        meetings: row.meetings.map((m) => meetingRef(m.meeting, m.topics, m.role)),
      }));
      return {
        center,
        rows: rows.slice(0, query.limit),
        truncated: rows.length > query.limit,
        ...(query.cypher ? { cypher: trace(STATEMENTS.whoMet, parameters) } : {}),
      };
    },

    async path(query) {
      if (query.from === query.to) {
        // shortestPath refuses a path from a node to itself: it is that node alone.
        const [record] = await run(STATEMENTS.nodeById, { id: query.from });
        if (!record) throw new NotFoundError('node', query.from, 'from');
        return { found: true, length: 0, nodes: [toGraphNode(record.get('n') as Node)], edges: [] };
      }
      const statement = pathStatement(query.maxLength);
      const parameters = { from: query.from, to: query.to };
      const [record] = await run(statement, parameters);
      if (!record?.get('fromFound')) throw new NotFoundError('node', query.from, 'from');
      if (!record.get('toFound')) throw new NotFoundError('node', query.to, 'to');
      const nodes = (record.get('nodes') as Node[]).map(toGraphNode);
      const edges = (record.get('rels') as RelWithEnds[]).map(({ rel, source, target }) => toGraphEdge(rel, source, target));
      return {
        found: nodes.length > 0,
        length: edges.length,
        nodes,
        edges,
        ...(query.cypher ? { cypher: trace(statement, parameters) } : {}),
      };
    },

    async facets(query = {}) {
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
    },

    async meetings(query) {
      const [record] = await run(STATEMENTS.meetings, { offset: int(query.offset), limit: int(query.limit), ...filterParameters(query) });
      const total = Number(plain(record?.get('total')));
      type Row = { meeting: Node; attendees: MeetingRow['attendees']; topics: string[]; articles: string[] };
      const rows: MeetingRow[] = ((record?.get('rows') ?? []) as Row[]).map((row) => {
        const meeting = toGraphNode(row.meeting) as MeetingNode;
        return orderMeetingRow({
          ...meetingRef(row.meeting, row.topics),
          kind: meeting.kind,
          summary: meeting.summary,
          attendees: row.attendees.map((a) => ({ id: a.id, type: a.type, label: a.label, ...(a.role ? { role: a.role } : {}) })),
          articles: row.articles,
        });
      });
      return { rows, total, truncated: query.offset + rows.length < total };
    },

    async article(id) {
      const [record] = await run(STATEMENTS.article, { id });
      if (!record) throw new NotFoundError('article', id);
      const props = plain((record.get('a') as Node).properties) as ArticleDoc & Record<string, unknown>;
      return {
        id: props.id,
        title: props.title,
        published: props.published,
        precision: props.precision,
        ...(props.publisher ? { publisher: props.publisher } : {}),
        ...(props.url ? { url: props.url } : {}),
        text: props.text ?? '',
      };
    },

    async importGraph(data: GraphData) {
      for (const statement of SCHEMA_STATEMENTS) await run(statement, {}, 'write');
      await writeGraph((statement, parameters) => run(statement, parameters, 'write'), data, BULK_BATCHES);
    },

    async writeFacts(data: GraphData) {
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite(
          (tx) => writeGraph(async (statement, parameters) => (await tx.run(statement, parameters)).records, data, BULK_BATCHES),
          { timeout: config.queryTimeoutMs },
        );
      } catch (error) {
        throw toStoreError(error, config.uri);
      } finally {
        await session.close();
      }
    },

    async close() {
      await driver.close();
    },
  };
}
