/**
 * The analysis API on the seed graph's facts, for any store: the embedded one
 * (server/http/routes/analysis-routes.test.ts) and a live Neo4j
 * (tests/neo4j/live.test.ts) run the same assertions.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunityMember, Comparison, ScoredNode, TimedPath, TimelineMonth } from '../../server/contract/analysis';
import type { ApiErrorBody } from '../../server/contract/results';
import { buildApp } from '../../server/http/app';
import type { GraphStore } from '../../server/store/graph-store';

const HAMMOUCHI = 'person:abdellatif-hammouchi';
const WRAY = 'person:christopher-wray';
const BOSTYN = 'person:francisca-bostyn';
const MADRID_AGENCIES = ['org:bundespolizei', 'org:comisaria-general-extranjeria-fronteras', 'org:comisaria-general-informacion', 'org:comisaria-general-policia-judicial', 'org:policia-nacional'];

const pair = (tie: { source: string; target: string }) => `${tie.source} – ${tie.target}`;

export function analysisContract(name: string, openStore: () => Promise<GraphStore>) {
  describe(`the analysis API on the seed graph (${name})`, () => {
    let app: FastifyInstance;
    let store: GraphStore;
    beforeAll(async () => {
      store = await openStore();
      app = await buildApp({ store });
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });

    async function get<T>(url: string, status = 200): Promise<T> {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, `${url} → ${response.body.slice(0, 300)}`).toBe(status);
      return response.json() as T;
    }

    it.each(['degree', 'betweenness', 'pagerank'])('ranks Hammouchi first by %s, highest score first, bounded by limit', async (measure) => {
      const scores = await get<ScoredNode[]>(`/api/analysis/centrality?measure=${measure}&limit=5`);
      expect(scores).toHaveLength(5);
      expect(scores[0]).toMatchObject({ id: HAMMOUCHI, type: 'Person', label: 'Abdellatif Hammouchi' });
      expect(scores[0]!.score).toBeGreaterThan(scores[1]!.score);
      for (let i = 1; i < scores.length; i++) expect(scores[i - 1]!.score).toBeGreaterThanOrEqual(scores[i]!.score);
    });

    it('counts only people and agencies, and only the types asked for', async () => {
      const everyone = await get<ScoredNode[]>('/api/analysis/centrality?measure=degree&limit=100');
      expect(everyone).toHaveLength(14);
      expect(new Set(everyone.map((s) => s.type))).toEqual(new Set(['Person', 'Organization']));
      const agencies = await get<ScoredNode[]>('/api/analysis/centrality?measure=degree&types=Organization,Meeting');
      expect(agencies.map((s) => s.id).sort()).toEqual(MADRID_AGENCIES);
      expect(agencies[0]!.id).toBe('org:policia-nacional');
    });

    it('follows the year filter: in 2022 only Hammouchi and the three Americans', async () => {
      const scores = await get<ScoredNode[]>('/api/analysis/centrality?measure=pagerank&from=2022&to=2022');
      expect(scores.map((s) => s.id).sort()).toEqual([HAMMOUCHI, 'person:avril-haines', WRAY, 'person:william-burns']);
    });

    it('puts every attendee in one community, numbered by size, the Madrid agencies together, the same each time', async () => {
      const members = await get<CommunityMember[]>('/api/analysis/communities');
      expect(members).toHaveLength(14);
      const sizes = new Map<number, number>();
      for (const m of members) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
      expect([...sizes.keys()].sort()).toEqual([...Array(sizes.size).keys()]);
      const bySize = [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([, size]) => size);
      expect(bySize).toEqual([...bySize].sort((a, b) => b - a));
      const madrid = new Set(members.filter((m) => MADRID_AGENCIES.includes(m.id)).map((m) => m.community));
      expect(madrid.size).toBe(1);
      expect(members.find((m) => m.id === WRAY)!.community).not.toBe([...madrid][0]);
      expect(await get<CommunityMember[]>('/api/analysis/communities')).toEqual(members);
    });

    it('compares 2024 with 2025: the Madrid ties appear, the ties with Bostyn and Snoek vanish', async () => {
      const diff = await get<Comparison>('/api/compare?a=2024&b=2025');
      expect(diff.appeared.map(pair)).toEqual(
        expect.arrayContaining([`org:policia-nacional – ${HAMMOUCHI}`, `org:bundespolizei – ${HAMMOUCHI}`, 'org:bundespolizei – org:policia-nacional']),
      );
      expect(diff.appeared[0]).toEqual({ source: 'org:policia-nacional', target: HAMMOUCHI, meetings: ['meeting:2025-01-28-madrid-bilaterale', 'meeting:2025-01-28-madrid-tripartite'] });
      expect(diff.vanished).toEqual([
        { source: HAMMOUCHI, target: 'person:eric-snoek', meetings: ['meeting:2024-12-belgique'] },
        { source: HAMMOUCHI, target: BOSTYN, meetings: ['meeting:2024-11-25-rabat'] },
      ]);
      expect(diff.kept).toEqual([]);
      expect(diff.counts).toEqual({ appeared: 12, vanished: 2, kept: 0 });
      expect(diff.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([BOSTYN, 'org:bundespolizei']));
    });

    it('keeps a tie seen in both periods, with the meetings of both', async () => {
      const diff = await get<Comparison>('/api/compare?a=2022-2024&b=2024-11..2026');
      expect(diff.kept).toContainEqual({ source: HAMMOUCHI, target: BOSTYN, meetings: ['meeting:2024-11-25-rabat'] });
      expect(diff.vanished.map(pair)).toContain(`${HAMMOUCHI} – ${WRAY}`);
      expect(diff.appeared.map(pair)).toContain(`${HAMMOUCHI} – person:alex-pinfield`);
    });

    it('connects Wray to Bostyn in time: the United States in June 2022, then Rabat in November 2024', async () => {
      const path = await get<TimedPath>(`/api/paths/timed?from=${WRAY}&to=${BOSTYN}`);
      expect(path.steps).toEqual([
        expect.objectContaining({ meeting: expect.stringMatching(/^meeting:2022-06-13-etats-unis/), date: '2022-06-13', from: WRAY, to: HAMMOUCHI }),
        expect.objectContaining({ meeting: 'meeting:2024-11-25-rabat', date: '2024-11-25', from: HAMMOUCHI, to: BOSTYN }),
      ]);
      expect(path.nodes.map((n) => n.id)).toEqual([WRAY, HAMMOUCHI, BOSTYN]);
      expect(path.reason).toBeUndefined();
    });

    it('finds no chain from Bostyn back to Wray, and says why', async () => {
      const path = await get<TimedPath>(`/api/paths/timed?from=${BOSTYN}&to=${WRAY}`);
      expect(path.steps).toEqual([]);
      expect(path.reason).toMatch(/no chain of meetings in time order/);
    });

    it('applies its date filter (since/until): from 2023 on, Wray attended nothing', async () => {
      const path = await get<TimedPath>(`/api/paths/timed?from=${WRAY}&to=${BOSTYN}&since=2023`);
      expect(path).toMatchObject({ steps: [], reason: 'Christopher Wray attended no meeting under these filters' });
    });

    it('counts meetings per month from June 2022 to January 2026, empty months as zeros', async () => {
      const months = await get<TimelineMonth[]>('/api/timeline');
      expect(months[0]).toEqual({ month: '2022-06', meetings: 3, yearOnly: 0 });
      expect(months.at(-1)).toEqual({ month: '2026-01', meetings: 3, yearOnly: 0 });
      expect(months).toHaveLength(44);
      expect(months.find((m) => m.month === '2023-03')).toEqual({ month: '2023-03', meetings: 0, yearOnly: 0 });
      expect(months.reduce((sum, m) => sum + m.meetings, 0)).toBe(10);
      const cyber = await get<TimelineMonth[]>('/api/timeline?topics=cybercrime');
      expect(cyber.filter((m) => m.meetings > 0).map((m) => m.month)).toEqual(['2022-06', '2025-01']);
    });

    it.each([
      ['/api/analysis/centrality', 'measure'],
      ['/api/analysis/centrality?measure=closeness', 'measure'],
      ['/api/analysis/centrality?measure=degree&limit=0', 'limit'],
      ['/api/analysis/communities?types=Spy', 'types'],
      ['/api/analysis/communities?from=2025&to=2024', 'to'],
      ['/api/compare?a=2024', 'b'],
      ['/api/compare?a=24&b=2025', 'a'],
      ['/api/compare?a=2025-2024&b=2025', 'a'],
      [`/api/paths/timed?to=${WRAY}`, 'from'],
      [`/api/paths/timed?from=${WRAY}&to=${BOSTYN}&since=2025&until=2024`, 'until'],
      ['/api/timeline?topics=knitting', 'topics'],
    ])('refuses %s with a 400 naming %s', async (url, field) => {
      const body = await get<ApiErrorBody>(url, 400);
      expect(body.error).toMatchObject({ code: 'bad_request', field });
    });

    it('answers 404 naming the end that is no node', async () => {
      const body = await get<ApiErrorBody>(`/api/paths/timed?from=${WRAY}&to=person:nobody`, 404);
      expect(body.error).toMatchObject({ code: 'not_found', field: 'to' });
    });
  });
}
