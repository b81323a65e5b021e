/**
 * `npm run bench [-- --nodes 10000,100000 --iterations 2000 --seconds 10]`
 * `npm run bench -- --store neo4j --wipe`: the embedded store and Neo4j side by
 * side in one run, with the ratio per route (this machine's speed drifts).
 *
 * For each size: builds the synthetic graph, times the bulk load, measures the
 * heap, the p50/p95 of each query through the store, then the same queries
 * through HTTP on loopback from a child process (so the client does not share
 * the server's event loop), and neighbourhood requests per second with
 * autocannon; then the analyses (./analysis-bench.ts). Prints a table; the
 * last line is one JSON object of the figures.
 * `--only analysis` skips the routes and measures the analyses alone.
 */
import { spawn } from 'node:child_process';
import { Agent, get as httpGet } from 'node:http';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { neighbourhoodQuery, pathQuery, searchQuery, whoMetQuery } from '../contract/requests';
import { TOPIC_IDS } from '../contract/topics';
import { createMemoryStore } from '../store/memory/memory-store';
import { neo4jConfigFromEnv } from '../store/neo4j/config';
import { createDriver, waitForNeo4j } from '../store/neo4j/connect';
import { createNeo4jStore } from '../store/neo4j/neo4j-store';
import { wipeDatabase } from '../store/neo4j/wipe';
import type { GraphStore } from '../store/graph-store';
import { measure, summarise, type Timing } from './percentiles';
import { analysisTimings, betweennessError, printAnalysis, printAnalysisComparison, seedAnalysisTimings, timedPathPairs } from './analysis-bench';
import { random, syntheticGraph, type SyntheticGraph } from '../../tests/support/synthetic-graph';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000,100000' },
    iterations: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    store: { type: 'string', default: 'memory' },
    wipe: { type: 'boolean', default: false },
    only: { type: 'string', default: 'all' },
  },
});
type StoreKind = 'memory' | 'neo4j';
const kinds: StoreKind[] = args.store === 'neo4j' ? ['memory', 'neo4j'] : ['memory'];
const neo4jConfig = neo4jConfigFromEnv();
if (kinds.includes('neo4j') && (!neo4jConfig || !args.wipe)) {
  console.error(
    'bench --store neo4j replaces everything in the database named by NEO4J_DATABASE with the synthetic graph.\n' +
      'Set NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to a Neo4j you can empty and pass --wipe.',
  );
  process.exit(2);
}
const sizes = args.nodes.split(',').map(Number);
const iterations = Number(args.iterations);
const seed = Number(args.seed);
const MiB = 1024 * 1024;

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Query strings for each kind, drawn once so the store and HTTP runs see the same inputs. */
function workload(graph: SyntheticGraph) {
  const rng = random(seed + 1);
  const person = () => (rng.next() < 0.05 ? rng.pick(graph.hubIds) : rng.pick(graph.personIds));
  const searchTerm = () => {
    const name = rng.pick(graph.names);
    const last = name.split(' ')[1] ?? name;
    const roll = rng.next();
    if (roll < 0.3) return last.slice(0, 3 + rng.int(3));
    if (roll < 0.5) return last.slice(0, 2) + last.slice(3); // a typo: one letter dropped
    return name;
  };
  const years = () => {
    const from = 2018 + rng.int(7);
    return { from: String(from), to: String(from + 2) };
  };
  const topics = () => `${rng.pick(TOPIC_IDS)},${rng.pick(TOPIC_IDS)}`;
  const many = <T>(make: () => T) => Array.from({ length: iterations }, make);
  return {
    search: many(() => ({ q: searchTerm() })),
    neighbourhood1: many(() => ({ id: person() })),
    neighbourhood2: many(() => ({ id: person(), depth: '2', ...years(), topics: topics() })),
    whoMet: many(() => ({ id: person(), ...years() })),
    path: many(() => ({ from: rng.pick(graph.personIds), to: rng.pick(graph.personIds) })),
  };
}

type Workload = ReturnType<typeof workload>;

async function storeTimings(store: GraphStore, work: Workload) {
  return {
    search: await measure(work.search, (q) => store.search(searchQuery.parse(q))),
    neighbourhood1: await measure(work.neighbourhood1, (q) => store.neighbourhood(neighbourhoodQuery.parse(q))),
    neighbourhood2: await measure(work.neighbourhood2, (q) => store.neighbourhood(neighbourhoodQuery.parse(q))),
    whoMet: await measure(work.whoMet, (q) => store.whoMet(whoMetQuery.parse(q))),
    path: await measure(work.path, (q) => store.path(pathQuery.parse(q))),
    facets: await measure(work.search, () => store.facets()),
  };
}

const toUrl = (path: string, query: Record<string, string>) => `${path}?${new URLSearchParams(query).toString()}`;

async function httpTimings(nodes: number, work: Workload, storeKind: StoreKind) {
  const child = spawn(process.execPath, ['--max-semi-space-size=64', '--expose-gc', '--import', 'tsx', new URL('./bench-server.ts', import.meta.url).pathname, String(nodes), String(seed), storeKind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const base = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
    // node:http with keep-alive: fetch's own overhead (~0.3 ms) would be counted as the server's.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    /** Resolves with the store's own time from the Server-Timing header. */
    const get = (url: string) =>
      new Promise<number>((resolve, reject) => {
        httpGet(base + url, { agent }, (response) => {
          response.on('data', () => {});
          response.on('end', () => {
            if (response.statusCode !== 200) return reject(new Error(`${url} → ${response.statusCode}`));
            resolve(Number(/dur=([\d.]+)/.exec(String(response.headers['server-timing']))?.[1] ?? 0));
          });
        }).on('error', reject);
      });
    /** Latency as the client sees it, and what HTTP adds to the store's time, request by request. */
    const timeHttp = async (path: string, inputs: Record<string, string>[]) => {
      for (const q of inputs.slice(0, 500)) await get(toUrl(path, q));
      const latency: number[] = [];
      const added: number[] = [];
      for (const q of inputs) {
        const start = performance.now();
        const storeMs = await get(toUrl(path, q));
        const elapsed = performance.now() - start;
        latency.push(elapsed);
        added.push(elapsed - storeMs);
      }
      return { latency: summarise(latency), added: summarise(added) };
    };
    const timings = {
      search: await timeHttp('/api/search', work.search),
      neighbourhood1: await timeHttp('/api/neighbourhood', work.neighbourhood1),
      neighbourhood2: await timeHttp('/api/neighbourhood', work.neighbourhood2),
      whoMet: await timeHttp('/api/who-met', work.whoMet),
      path: await timeHttp('/api/path', work.path),
    };
    const latency = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, v.latency])) as Record<keyof typeof timings, Timing>;
    const added = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, v.added.p95])) as Record<keyof typeof timings, number>;
    const load = await autocannon({
      url: base,
      connections: 16,
      duration: Number(args.seconds),
      requests: work.neighbourhood1.slice(0, 500).map((q) => ({ method: 'GET', path: toUrl('/api/neighbourhood', q) })),
    });
    return { latency, added, neighbourhoodRps: Math.round(load.requests.average), non2xx: load.non2xx, errors: load.errors };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Median of three loads into a fresh store: this VM's timings vary by ±20% run to run. */
async function timeLoads(graph: SyntheticGraph): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const store = createMemoryStore();
    gc();
    const start = performance.now();
    await store.importGraph(graph);
    times.push(performance.now() - start);
    await store.close();
  }
  return times.sort((a, b) => a - b)[1]!;
}

/** Neo4j: empty the database, then one timed bulk import (batched UNWIND … MERGE). */
async function loadIntoNeo4j(graph: SyntheticGraph): Promise<{ store: GraphStore; loadMs: number }> {
  const config = neo4jConfig!;
  const driver = createDriver(config);
  const failure = await waitForNeo4j(driver, config);
  if (failure) throw failure;
  await wipeDatabase(driver, config);
  const store = createNeo4jStore(driver, config);
  const start = performance.now();
  await store.importGraph(graph);
  return { store, loadMs: performance.now() - start };
}

/** The graph lives only in here: once loaded, the store keeps what it needs, and the heap measured is only that. */
async function loadSize(nodes: number, storeKind: StoreKind) {
  const graph = syntheticGraph(nodes, seed);
  const loaded = storeKind === 'neo4j' ? await loadIntoNeo4j(graph) : { loadMs: await timeLoads(graph), store: createMemoryStore() };
  if (storeKind === 'memory') await loaded.store.importGraph(graph);
  return { ...loaded, relationships: graph.edges.length, work: workload(graph), pairs: timedPathPairs(graph, seed) };
}

async function benchSize(nodes: number, storeKind: StoreKind) {
  const { store, loadMs, relationships, work, pairs } = await loadSize(nodes, storeKind);
  gc();
  // The whole heap, code and workload included: an upper bound on what the store needs (Neo4j's is its own).
  const heapMiB = process.memoryUsage().heapUsed / MiB;
  const routes = args.only !== 'analysis';
  const store_ = routes ? await storeTimings(store, work) : null;
  const analysis = await analysisTimings(store, pairs);
  const sampledBetweenness = nodes === 10_000 ? await betweennessError(store) : undefined;
  await store.close();
  const http = routes ? await httpTimings(nodes, work, storeKind) : null;
  return {
    store: storeKind,
    nodes,
    relationships,
    loadMs: Math.round(loadMs),
    heapMiB: Math.round(heapMiB),
    direct: store_,
    http: http?.latency,
    /** p95 over requests of (client latency − the store's own time): what HTTP adds. */
    httpOverheadP95: http?.added,
    neighbourhoodRps: http?.neighbourhoodRps,
    httpErrors: http ? http.non2xx + http.errors : undefined,
    analysis,
    sampledBetweenness,
  };
}

type Result = Awaited<ReturnType<typeof benchSize>>;

function printTable(result: Result) {
  const row = (name: string, s: Timing, h?: Timing) =>
    `  ${name.padEnd(22)} ${s.p50.toFixed(3).padStart(8)} ${s.p95.toFixed(3).padStart(8)}   ${h ? `${h.p50.toFixed(3).padStart(8)} ${h.p95.toFixed(3).padStart(8)}` : ''}`;
  console.log(`\n${result.store}: ${result.nodes} nodes, ${result.relationships} relationships — load ${result.loadMs} ms, heap ${result.heapMiB} MiB`);
  printAnalysis(result.store, result.analysis);
  if (result.sampledBetweenness) console.log(`  betweenness sampled vs exact: ${JSON.stringify(result.sampledBetweenness)}`);
  if (!result.direct || !result.http) return;
  console.log(`  ${'query (ms)'.padEnd(22)} ${'store p50'.padStart(8)} ${'p95'.padStart(8)}   ${'http p50'.padStart(8)} ${'p95'.padStart(8)}`);
  console.log(row('search', result.direct.search, result.http.search));
  console.log(row('neighbourhood 1 hop', result.direct.neighbourhood1, result.http.neighbourhood1));
  console.log(row('neighbourhood 2, filt.', result.direct.neighbourhood2, result.http.neighbourhood2));
  console.log(row('who-met', result.direct.whoMet, result.http.whoMet));
  console.log(row('path', result.direct.path, result.http.path));
  console.log(row('facets', result.direct.facets));
  console.log(`  HTTP adds at p95, request by request (ms): ${JSON.stringify(result.httpOverheadP95)}`);
  console.log(`  neighbourhood over HTTP: ${result.neighbourhoodRps} requests/s (${result.httpErrors} errors)`);
}

/** Both stores at one size, p95 through the store and over HTTP, and Neo4j's time as a multiple of the embedded store's. */
function printComparison(memory: Result, neo4j: Result) {
  if (!memory.direct || !neo4j.direct || !memory.http || !neo4j.http) return printAnalysisComparison(memory.analysis, neo4j.analysis);
  const ratio = (m: number, n: number) => (m > 0 ? `${(n / m).toFixed(0)}×` : '—');
  const cell = (v: number) => v.toFixed(3).padStart(9);
  console.log(`\n${memory.nodes} nodes, ${memory.relationships} relationships: embedded vs Neo4j (p95, ms)`);
  console.log(`  ${'route'.padEnd(22)} ${'embedded'.padStart(9)} ${'neo4j'.padStart(9)} ${'ratio'.padStart(6)}   ${'http emb.'.padStart(9)} ${'http neo4j'.padStart(10)} ${'ratio'.padStart(6)}`);
  const routes = ['search', 'neighbourhood1', 'neighbourhood2', 'whoMet', 'path', 'facets'] as const;
  for (const route of routes) {
    const [m, n] = [memory.direct[route].p95, neo4j.direct[route].p95];
    const http = route === 'facets' ? '' : `   ${cell(memory.http[route].p95)} ${cell(neo4j.http[route].p95).padStart(10)} ${ratio(memory.http[route].p95, neo4j.http[route].p95).padStart(6)}`;
    console.log(`  ${route.padEnd(22)} ${cell(m)} ${cell(n)} ${ratio(m, n).padStart(6)}${http}`);
  }
  console.log(`  ${'load (ms)'.padEnd(22)} ${String(memory.loadMs).padStart(9)} ${String(neo4j.loadMs).padStart(9)} ${ratio(memory.loadMs, neo4j.loadMs).padStart(6)}`);
  printAnalysisComparison(memory.analysis, neo4j.analysis);
  console.log(`  ${'neighbourhood req/s'.padEnd(22)} ${String(memory.neighbourhoodRps).padStart(9)} ${String(neo4j.neighbourhoodRps).padStart(9)} ${ratio(neo4j.neighbourhoodRps ?? 0, memory.neighbourhoodRps ?? 0).padStart(6)} fewer`);
}

if (!(globalThis as { gc?: unknown }).gc) console.warn('run with --expose-gc (npm run bench does) for heap figures');
const results: Result[] = [];
for (const nodes of sizes) {
  const bySize: Result[] = [];
  for (const kind of kinds) {
    const result = await benchSize(nodes, kind);
    printTable(result);
    bySize.push(result);
  }
  if (bySize.length === 2) printComparison(bySize[0]!, bySize[1]!);
  results.push(...bySize);
}
const seedAnalysis = await seedAnalysisTimings();
console.log(`\nanalysis on the seed graph (embedded, cold, ms): ${JSON.stringify(seedAnalysis)}`);
console.log(JSON.stringify({ stores: kinds, seedAnalysis, machine: { cpus: (await import('node:os')).cpus().length, node: process.version, loadAverage: (await import('node:os')).loadavg() }, results }));
