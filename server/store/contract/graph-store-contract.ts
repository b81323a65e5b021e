/**
 * The behaviour every GraphStore must show, on the seed graph. Written once,
 * run against each adapter (memory always, Neo4j when NEO4J_URI is set), the
 * way graphology runs one spec suite against every implementation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  facetsQuery,
  meetingsQuery,
  neighbourhoodQuery,
  pathQuery,
  searchQuery,
  whoMetQuery,
} from '../../contract/requests';
import { InvalidQueryError, NotFoundError } from '../errors';
import type { GraphStore } from '../graph-store';
import { notesContract } from './notes-contract';
import { writesContract } from './writes-contract';
import { seedGraph as loadSeed } from './seed-fixture';

const HAMMOUCHI = 'person:abdellatif-hammouchi';
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/** `open` returns a store that already holds the seed graph. */
export function graphStoreContract(name: string, open: () => Promise<GraphStore>) {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    }, 60_000);
    afterAll(async () => {
      await store?.close();
    });

    describe('search', () => {
      it('finds Francisca Bostyn by the misspelling "Posten" and says which name matched', async () => {
        const [first] = await store.search(searchQuery.parse({ q: 'Posten' }));
        expect(first).toMatchObject({ id: 'person:francisca-bostyn', label: 'Francisca Bostyn', matched: 'Francesca Posten' });
      });

      it('ignores accents and case', async () => {
        const hits = await store.search(searchQuery.parse({ q: 'SURETE DE L ETAT' }));
        expect(hits[0]?.id).toBe('org:surete-de-l-etat');
      });

      it('finds meetings by their place: "Madrid" finds both Madrid meetings first', async () => {
        const hits = await store.search(searchQuery.parse({ q: 'Madrid' }));
        expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['meeting:2025-01-28-madrid-bilaterale', 'meeting:2025-01-28-madrid-tripartite']);
      });

      it('tolerates a typo in a name', async () => {
        const hits = await store.search(searchQuery.parse({ q: 'Hamouchi' }));
        expect(hits[0]?.id).toBe(HAMMOUCHI);
      });

      it('finds agencies by acronym and by the start of a word', async () => {
        expect((await store.search(searchQuery.parse({ q: 'fbi' })))[0]?.id).toBe('org:fbi');
        expect((await store.search(searchQuery.parse({ q: 'Bundes' })))[0]?.id).toBe('org:bundespolizei');
      });

      it('restricts results to the requested types and limit', async () => {
        const hits = await store.search(searchQuery.parse({ q: 'Hammouchi', types: 'Article', limit: '2' }));
        expect(hits.length).toBe(2);
        expect(hits.every((h) => h.type === 'Article')).toBe(true);
      });

      it('returns nothing, not an error, for a name nobody has', async () => {
        expect(await store.search(searchQuery.parse({ q: 'zzzzqqq' }))).toEqual([]);
      });
    });

    describe('node details', () => {
      it('gives a person their titles, organizations and the quotes behind them', async () => {
        const details = await store.node('person:francisca-bostyn');
        expect(details.node).toMatchObject({ type: 'Person', name: 'Francisca Bostyn', aliases: ['Francesca Posten'] });
        expect(details.neighbours.some((n) => n.node.id === 'org:surete-de-l-etat' && n.edge.type === 'MEMBER_OF')).toBe(true);
        expect(details.sources.length).toBeGreaterThan(0);
        const articles = await Promise.all([...new Set(details.sources.map((s) => s.articleId))].map((id) => store.article(id)));
        for (const source of details.sources) {
          const article = articles.find((a) => a.id === source.articleId);
          expect(article?.text).toContain(source.quote);
        }
      });

      it('throws NotFoundError for an unknown id', async () => {
        await expect(store.node('person:nobody')).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('neighbourhood', () => {
      it('links Hammouchi to his agencies and meetings at depth 1', async () => {
        const slice = await store.neighbourhood(neighbourhoodQuery.parse({ id: HAMMOUCHI }));
        const got = ids(slice.nodes);
        expect(got).toContain('org:dgsn');
        expect(got).toContain('meeting:2022-06-13-etats-unis-wray');
        expect(got).not.toContain('person:christopher-wray');
        expect(slice.truncated).toBe(false);
        expect(slice.total).toBe(slice.nodes.length - 1);
        for (const edge of slice.edges) {
          expect(got).toContain(edge.source);
          expect(got).toContain(edge.target);
        }
      });

      it('keeps only 2022 meetings and their people when filtered to 2022', async () => {
        const slice = await store.neighbourhood(neighbourhoodQuery.parse({ id: HAMMOUCHI, depth: '2', from: '2022', to: '2022' }));
        const people = slice.nodes.filter((n) => n.type === 'Person').map((n) => n.id).sort();
        expect(people).toEqual([HAMMOUCHI, 'person:avril-haines', 'person:christopher-wray', 'person:william-burns']);
        expect(slice.nodes.filter((n) => n.type === 'Meeting').every((n) => n.type === 'Meeting' && n.year === 2022)).toBe(true);
      });

      it('keeps the US and Madrid meetings and drops the ambassadors under a cybercrime filter', async () => {
        const slice = await store.neighbourhood(neighbourhoodQuery.parse({ id: HAMMOUCHI, depth: '2', topics: 'cybercrime' }));
        const meetings = slice.nodes.filter((n) => n.type === 'Meeting').map((n) => n.id).sort();
        expect(meetings).toEqual([
          'meeting:2022-06-13-etats-unis-burns',
          'meeting:2022-06-13-etats-unis-haines',
          'meeting:2022-06-13-etats-unis-wray',
          'meeting:2025-01-28-madrid-bilaterale',
          'meeting:2025-01-28-madrid-tripartite',
        ]);
        const got = ids(slice.nodes);
        expect(got).not.toContain('person:alex-pinfield');
        expect(got).not.toContain('topic:terrorism');
      });

      it('returns only the requested node types', async () => {
        const slice = await store.neighbourhood(neighbourhoodQuery.parse({ id: HAMMOUCHI, types: 'Person,Meeting', depth: '2' }));
        expect(new Set(slice.nodes.map((n) => n.type))).toEqual(new Set(['Person', 'Meeting']));
      });

      it('caps the result, flags it truncated and pages on with offset', async () => {
        const first = await store.neighbourhood(neighbourhoodQuery.parse({ id: HAMMOUCHI, limit: '3' }));
        expect(first.nodes.length).toBe(4);
        expect(first.truncated).toBe(true);
        expect(first.total).toBeGreaterThan(3);
        const second = await store.neighbourhood(neighbourhoodQuery.parse({ id: HAMMOUCHI, limit: '3', offset: '3' }));
        const firstIds = first.nodes.map((n) => n.id).filter((id) => id !== HAMMOUCHI);
        const secondIds = second.nodes.map((n) => n.id).filter((id) => id !== HAMMOUCHI);
        expect(secondIds.length).toBe(3);
        expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
      });

      it('throws NotFoundError for an unknown id', async () => {
        await expect(store.neighbourhood(neighbourhoodQuery.parse({ id: 'org:nothing' }))).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('who met whom', () => {
      it('says Hammouchi met Haines, Burns and Wray in 2022, not Snoek', async () => {
        const result = await store.whoMet(whoMetQuery.parse({ id: HAMMOUCHI, from: '2022', to: '2022' }));
        expect(result.rows.map((r) => r.node.id).sort()).toEqual([
          'person:avril-haines',
          'person:christopher-wray',
          'person:william-burns',
        ]);
        const wray = result.rows.find((r) => r.node.id === 'person:christopher-wray');
        expect(wray?.meetings[0]).toMatchObject({ date: '2022-06-13', dateEnd: '2022-06-14', country: 'US' });
        expect(wray?.meetings[0]?.topics).toContain('cybercrime');
      });

      it('includes agencies that attended without a named official', async () => {
        const result = await store.whoMet(whoMetQuery.parse({ id: HAMMOUCHI, from: '2025', to: '2025' }));
        expect(result.rows.map((r) => r.node.id)).toEqual(expect.arrayContaining(['org:policia-nacional', 'org:bundespolizei']));
        const spain = result.rows.find((r) => r.node.id === 'org:policia-nacional');
        expect(spain?.meetings.map((m) => m.id).sort()).toEqual([
          'meeting:2025-01-28-madrid-bilaterale',
          'meeting:2025-01-28-madrid-tripartite',
        ]);
      });

      it('lets an agency see who it met', async () => {
        const result = await store.whoMet(whoMetQuery.parse({ id: 'org:bundespolizei' }));
        expect(result.rows.map((r) => r.node.id).sort()).toEqual(['org:policia-nacional', HAMMOUCHI]);
      });

      it('filters by topic', async () => {
        const result = await store.whoMet(whoMetQuery.parse({ id: HAMMOUCHI, topics: 'technical_assistance' }));
        expect(result.rows.map((r) => r.node.id)).toContain('person:shahabudeen-bin-adam');
        expect(result.rows.map((r) => r.node.id)).not.toContain('person:alex-pinfield');
      });

      it('refuses a node that cannot meet anyone', async () => {
        await expect(store.whoMet(whoMetQuery.parse({ id: 'topic:terrorism' }))).rejects.toBeInstanceOf(InvalidQueryError);
      });
    });

    describe('shortest connection', () => {
      it('connects Wray to Bostyn through Hammouchi, not through a topic', async () => {
        const path = await store.path(pathQuery.parse({ from: 'person:christopher-wray', to: 'person:francisca-bostyn' }));
        expect(path.found).toBe(true);
        expect(path.length).toBe(4);
        expect(path.nodes[0]?.id).toBe('person:christopher-wray');
        expect(path.nodes.at(-1)?.id).toBe('person:francisca-bostyn');
        expect(path.nodes.map((n) => n.id)).toContain(HAMMOUCHI);
        expect(path.nodes.some((n) => n.type === 'Topic' || n.type === 'Article')).toBe(false);
        expect(path.edges.length).toBe(path.length);
      });

      it('reports no connection within maxLength', async () => {
        const path = await store.path(pathQuery.parse({ from: 'person:christopher-wray', to: 'person:francisca-bostyn', maxLength: '2' }));
        expect(path).toMatchObject({ found: false, nodes: [] });
      });

      it('throws NotFoundError naming the unknown end', async () => {
        const error = await store.path(pathQuery.parse({ from: HAMMOUCHI, to: 'person:ghost' })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
        expect((error as NotFoundError).field).toBe('to');
      });
    });

    describe('facets and timeline', () => {
      it('counts meetings per year and per topic, and nodes per type', async () => {
        const facets = await store.facets();
        expect(facets.meetingsPerYear).toEqual([
          { year: 2022, count: 3 },
          { year: 2024, count: 2 },
          { year: 2025, count: 2 },
          { year: 2026, count: 3 },
        ]);
        expect(facets.meetingsPerTopic.find((t) => t.topic === 'cybercrime')?.count).toBe(5);
        expect(facets.nodesPerType).toMatchObject({ Person: 9, Meeting: 10, Article: 5, Topic: 15 });
      });

      it('counts topics over the meetings within the years asked for, and keeps every year in the histogram', async () => {
        const facets = await store.facets(facetsQuery.parse({ from: '2022', to: '2022' }));
        const count = (topic: string) => facets.meetingsPerTopic.find((t) => t.topic === topic)?.count;
        expect([count('cybercrime'), count('terrorism'), count('money_laundering')]).toEqual([3, 3, 0]);
        expect(facets.meetingsPerYear.map((y) => y.year)).toEqual([2022, 2024, 2025, 2026]);
      });

      it('lists meetings oldest first with attendees, keeping the precision of each date', async () => {
        const page = await store.meetings(meetingsQuery.parse({ from: '2024', to: '2024' }));
        expect(page.rows.map((r) => [r.id, r.date, r.precision])).toEqual([
          ['meeting:2024-11-25-rabat', '2024-11-25', 'day'],
          ['meeting:2024-12-belgique', '2024-12', 'month'],
        ]);
        expect(page.rows[0]?.attendees.map((a) => a.id).sort()).toEqual([HAMMOUCHI, 'person:francisca-bostyn']);
        expect(page.rows[0]?.articles.sort()).toEqual(['article:000-hammouchi-belgique', 'article:001-bostyn-rabat']);
      });
    });

    describe('articles', () => {
      it('returns the article text as collected', async () => {
        const article = await store.article('article:003-madrid-tripartite');
        expect(article).toMatchObject({ publisher: 'Challenge', published: '2025-01-30' });
        expect(article.text).toContain('Publié dans Challenge le 30 - 01 - 2025');
      });

      it('throws NotFoundError for an unknown article', async () => {
        await expect(store.article('article:none')).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    it('reports its size in health', async () => {
      const health = await store.health();
      expect(health).toMatchObject({ ok: true, store: store.kind, nodes: 64 });
      expect(health.relationships).toBeGreaterThan(100);
    });

    it('writes facts it already holds without duplicating a node, a relationship or a source', async () => {
      const seed = loadSeed();
      const meeting = 'meeting:2024-11-25-rabat';
      const edges = seed.edges.filter((e) => e.source === meeting || e.target === meeting);
      const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
      const before = await store.health();
      const sourcesBefore = (await store.node(meeting)).sources.length;
      await store.writeFacts({ nodes: seed.nodes.filter((n) => ends.has(n.id)), edges, articles: seed.articles.filter((a) => ends.has(a.id)) });
      expect(await store.health()).toEqual(before);
      expect((await store.node(meeting)).sources).toHaveLength(sourcesBefore);
    });

    // The tests below write: they come last, and each leaves the graph larger only by what it asserts.
    writesContract(() => store);
    notesContract(() => store);
  });
}
