/**
 * The load benchmark (`npm run bench:load -- [--seconds 60] [--rate 1000] [--connections 20]`, entry scripts/bench-load.ts):
 * starts the server (embedded store, loopback, a fresh data dir), sends it a
 * mixed read load at a fixed rate with autocannon, and prints requests/s,
 * latency p50/p99, errors and the server's RSS growth; the last line is JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, rate: { type: 'string', default: '1000' }, connections: { type: 'string', default: '20' } } });
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const connections = Number(values.connections);

/** What the explorer asks for, in about the proportions it asks. */
const MIX = [
  '/api/search?q=hammouchi',
  '/api/neighbourhood?id=person%3Aabdellatif-hammouchi&depth=1',
  '/api/nodes/person%3Aabdellatif-hammouchi',
  '/api/search?q=posten&types=Person',
  '/api/who-met?id=person%3Aabdellatif-hammouchi',
  '/api/neighbourhood?id=country%3ABE&depth=2&from=2024',
  '/api/meetings?from=2022&limit=50',
  '/api/facets',
  '/api/path?from=person%3Aeric-snoek&to=person%3Aalex-pinfield',
  '/api/health',
  '/api/nodes/no-such-node',
];

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const server = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'scripts/start.ts'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NEO4J_URI: '', LIAISON_DATA_DIR: mkdtempSync(join(tmpdir(), 'liaison-load-')) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    if (url) resolve(url);
  });
  server.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
});

const run = (duration: number, overallRate: number) =>
  autocannon({ url: base, connections, duration, overallRate, requests: MIX.map((path) => ({ method: 'GET', path })) });

// Warm up (JIT, caches) before the RSS baseline.
await run(5, rate);
const rssBefore = rssOf(server.pid!);
const result = await run(seconds, rate);
const rssAfter = rssOf(server.pid!);
server.kill('SIGTERM');

// 404 for the one missing node in the mix is an answer, not an error.
const errors = result.errors + result.timeouts + result['5xx'];
const summary = {
  seconds,
  targetRate: rate,
  requestsPerSecond: Math.round(result.requests.average),
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  errors,
  non2xx: result.non2xx,
  rssBefore: rssBefore,
  rssAfter: rssAfter,
  rssGrowthPercent: Number((((rssAfter - rssBefore) / rssBefore) * 100).toFixed(1)),
};
console.log(`${MIX.length} request kinds, ${connections} connections, ${seconds} s at ${rate} req/s on ${base}`);
console.log(`requests/s ${summary.requestsPerSecond} · p50 ${summary.latencyP50Ms} ms · p99 ${summary.latencyP99Ms} ms · errors ${errors} (non-2xx ${result.non2xx}, of which 404s by design)`);
console.log(`RSS ${mb(rssBefore)} → ${mb(rssAfter)} (${summary.rssGrowthPercent >= 0 ? '+' : ''}${summary.rssGrowthPercent}%)`);
console.log(JSON.stringify(summary));
