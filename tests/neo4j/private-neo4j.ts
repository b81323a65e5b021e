/**
 * A Neo4j of a test's own, started with `npm run neo4j:local`'s launcher on a
 * free port and a temporary directory: for tests that stop it, restart it or
 * lock its user out, which the shared one of the other suites must not suffer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/server-process';

const LAUNCHER = fileURLToPath(new URL('../../scripts/neo4j-local.ts', import.meta.url));
export const PRIVATE_PASSWORD = 'private-test-pass';

/** Why these tests cannot run here, or null when they can. */
export function privateNeo4jUnavailable(): string | null {
  if (!process.env.NEO4J_URI) return 'NEO4J_URI is not set (the live-Neo4j suites run with npm run test:neo4j)';
  for (const tool of ['java', 'mvn']) {
    if (spawnSync(tool, ['-version'], { stdio: 'ignore' }).error) return `${tool} is not installed (the launcher needs Java 17 and Maven)`;
  }
  return null;
}

export interface PrivateNeo4j {
  uri: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

export async function privateNeo4j(): Promise<PrivateNeo4j> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'liaison-neo4j-'));
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', LAUNCHER], {
      env: { ...process.env, NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DIR: dir, NEO4J_PASSWORD: PRIVATE_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
    const exited = once(child, 'exit').then(() => {
      throw new Error(`neo4j-local exited before accepting Bolt connections:\n${output.join('\n')}`);
    });
    const ready = (async () => {
      for await (const line of createInterface({ input: child.stdout! })) if (line.includes(`bolt://127.0.0.1:${port}`)) return;
    })();
    await Promise.race([ready, exited]);
  };

  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exit = once(child, 'exit');
    child.kill('SIGTERM');
    await exit;
  };

  return {
    uri: `bolt://127.0.0.1:${port}`,
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
