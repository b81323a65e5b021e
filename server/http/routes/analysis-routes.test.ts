import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoredNode } from '../../contract/analysis';
import type { MeetingNode } from '../../contract/model';
import { openEmbeddedStore } from '../../boot/open-store';
import { createMemoryStore } from '../../store/memory/memory-store';
import { analysisContract } from '../../../tests/neo4j/analysis-contract';
import { syntheticGraph } from '../../../tests/support/synthetic-graph';
import { buildApp } from '../app';

analysisContract('embedded store', () => openEmbeddedStore());

const WRAY = 'person:christopher-wray';

describe('analysis results after a write', () => {
  it('are computed again once an accepted fact changes the graph', async () => {
    const store = await openEmbeddedStore();
    const app = await buildApp({ store });
    const degreeOfWray = async () => {
      const scores = (await app.inject('/api/analysis/centrality?measure=degree&limit=100')).json() as ScoredNode[];
      return scores.find((s) => s.id === WRAY)?.score;
    };
    expect(await degreeOfWray()).toBeCloseTo(1 / 13);
    const meeting: MeetingNode = {
      type: 'Meeting', id: 'meeting:2026-03-02-bruxelles', label: 'Brussels · 2026-03-02', date: '2026-03-02', precision: 'day',
      dateFrom: '2026-03-02', dateTo: '2026-03-02', year: 2026, country: 'BE', kind: 'bilateral', summary: 'Wray meets Bostyn',
    };
    const attended = (who: string) => ({ id: `${who}-ATTENDED->${meeting.id}`, type: 'ATTENDED' as const, source: who, target: meeting.id, role: 'participant' as const, sources: [] });
    await store.writeFacts({ nodes: [meeting], edges: [attended(WRAY), attended('person:francisca-bostyn')], articles: [] });
    expect(await degreeOfWray()).toBeCloseTo(2 / 13);
    await app.close();
  });
});

describe('betweenness on the 100k synthetic graph', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const store = createMemoryStore();
    await store.importGraph(syntheticGraph(100_000, 42));
    app = await buildApp({ store });
    // The projection of 2024 is read from the store first (on the event loop, page by page); what is timed below is the measure.
    await app.inject('/api/analysis/centrality?measure=degree&from=2024&to=2024');
  }, 120_000);
  afterAll(() => app?.close());

  it('runs off the event loop: /api/health answers at once while it is computed', async () => {
    const start = performance.now();
    let done = false;
    const betweenness = app.inject('/api/analysis/centrality?measure=betweenness&from=2024&to=2024&limit=10').then((r) => {
      done = true;
      return r;
    });
    const healthMs: number[] = [];
    while (!done) {
      const asked = performance.now();
      expect((await app.inject('/api/health')).statusCode).toBe(200);
      healthMs.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const took = performance.now() - start;
    const scores = (await betweenness).json() as ScoredNode[];
    console.info(`betweenness at 100k (2024): ${took.toFixed(0)} ms; ${healthMs.length} health checks meanwhile, slowest ${Math.max(...healthMs).toFixed(1)} ms`);
    expect(scores).toHaveLength(10);
    expect(took).toBeGreaterThan(200);
    // On the event loop it would be one block as long as the computation, and no health check would answer meanwhile.
    // Two cores shared with other work (and the main heap's collections) may still pause one check now and then.
    const sorted = [...healthMs].sort((a, b) => a - b);
    expect(healthMs.length).toBeGreaterThan(5);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(10);
    expect(sorted.at(-1)).toBeLessThan(took / 3);
  }, 60_000);
});
