import { describe, expect, it } from 'vitest';
import { edgeId, type MeetingNode } from '../../contract/model';
import { LIMITS, whoMetQuery } from '../../contract/requests';
import { TOPIC_IDS, topicNodeId } from '../../contract/topics';
import { random, syntheticGraph } from '../../../tests/support/synthetic-graph';
import { createMemoryStore } from './memory-store';
import { topByCount } from './who-met';

describe('ranking who-met rows', () => {
  // Ids 0…5 met in that order, with these counts.
  const counts = [1, 3, 1, 2, 3, 1];
  const met = [0, 1, 2, 3, 4, 5];

  it('keeps the most frequent counterparts first, ties in the order they were met', () => {
    expect(topByCount(met, counts, 3)).toEqual([1, 4, 3]);
    expect(topByCount(met, counts, 4)).toEqual([1, 4, 3, 0]);
    expect(topByCount(met, counts, 10)).toEqual([1, 4, 3, 0, 2, 5]);
  });

  it('follows the order met, not the order of ids', () => {
    expect(topByCount([5, 2, 0], counts, 2)).toEqual([5, 2]);
  });

  it('returns nothing for nobody met', () => {
    expect(topByCount([], [], 5)).toEqual([]);
  });
});

type Synthetic = ReturnType<typeof syntheticGraph>;

/** Co-attendance counts straight from the edge list, with the same filters: slow, obviously right. */
function plainCounts(graph: Synthetic, id: string, from: string, to: string, topic: string | null): Map<string, number> {
  const meetings = new Map(graph.nodes.filter((n) => n.type === 'Meeting').map((n) => [n.id, n]));
  const attendeesOf = new Map<string, string[]>();
  const topicsOf = new Map<string, string[]>();
  for (const e of graph.edges) {
    const list = e.type === 'ATTENDED' ? attendeesOf : e.type === 'DISCUSSED' ? topicsOf : null;
    const key = e.type === 'ATTENDED' ? e.target : e.source;
    const value = e.type === 'ATTENDED' ? e.source : e.target;
    if (list) list.set(key, [...(list.get(key) ?? []), value]);
  }
  const counts = new Map<string, number>();
  for (const [meetingId, attendees] of attendeesOf) {
    const meeting = meetings.get(meetingId)!;
    if (meeting.type !== 'Meeting' || !attendees.includes(id)) continue;
    if (meeting.dateTo < from || meeting.dateFrom > to) continue;
    if (topic && !(topicsOf.get(meetingId) ?? []).includes(topic)) continue;
    for (const other of attendees) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return counts;
}

describe('who met whom on a generated graph', () => {
  it('counts the same co-attendances as a plain scan of the relationships, under year and topic filters', async () => {
    const graph = syntheticGraph(3000, 7);
    const store = createMemoryStore();
    await store.importGraph(graph);
    const rng = random(11);
    for (let i = 0; i < 60; i++) {
      const id = i < 5 ? graph.hubIds[i]! : rng.pick(graph.personIds);
      const year = 2018 + rng.int(7);
      const topic = rng.next() < 0.5 ? rng.pick(TOPIC_IDS) : null;
      const query = whoMetQuery.parse({ id, from: String(year), to: String(year + 1), limit: 500, ...(topic ? { topics: topic } : {}) });
      const result = await store.whoMet(query);
      const expected = plainCounts(graph, id, query.from!, query.to!, topic && topicNodeId(topic));
      expect(new Map(result.rows.map((row) => [row.node.id, row.meetingCount]))).toEqual(expected);
      for (const row of result.rows) {
        expect(row.meetings).toHaveLength(Math.min(row.meetingCount, LIMITS.meetingsPerWhoMetRow));
        const dates = row.meetings.map((m) => m.date);
        expect(dates).toEqual([...dates].sort().reverse());
      }
    }
  });

  it('sees a meeting written after the first query', async () => {
    const graph = syntheticGraph(3000, 7);
    const store = createMemoryStore();
    await store.importGraph(graph);
    const [a, b] = graph.personIds.slice(-2) as [string, string];
    const before = (await store.whoMet(whoMetQuery.parse({ id: a }))).rows.find((row) => row.node.id === b)?.meetingCount ?? 0;
    const meeting = { ...(graph.nodes.find((n) => n.type === 'Meeting') as MeetingNode), id: 'meeting:new', label: 'new' };
    const source = [{ articleId: 'article:0', quote: 'new' }];
    await store.writeFacts({
      nodes: [meeting],
      edges: [a, b].map((attendee) => ({ id: edgeId('ATTENDED', attendee, meeting.id), type: 'ATTENDED' as const, source: attendee, target: meeting.id, sources: source })),
      articles: [],
    });
    const after = (await store.whoMet(whoMetQuery.parse({ id: a }))).rows.find((row) => row.node.id === b);
    expect(after?.meetingCount).toBe(before + 1);
  });
});
