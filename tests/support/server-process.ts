/** The real server (`scripts/start.ts`) as a child process on a free loopback port, for tests that restart or stop it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../scripts/start.ts', import.meta.url));

/** A loopback port nobody listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface ServerProcess {
  url: string;
  port: number;
  /** For the tests that kill it or watch it exit. */
  child: ChildProcess;
  /** What the server printed on stderr so far. */
  errors: string[];
  stop(): Promise<void>;
}

/** Starts the server and resolves once it listens; rejects with its stderr if it exits first. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => errors.push(line));
  const exited = once(child, 'exit').then(() => {
    throw new Error(`the server exited before listening:\n${errors.join('\n')}`);
  });
  const listening = (async () => {
    for await (const line of createInterface({ input: child.stdout! })) if (line.includes('store; explorer and API on')) return;
  })();
  await Promise.race([listening, exited]);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    errors,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Starts the server expecting it to refuse to start: its exit code and what it printed on stderr. */
export async function failedStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, ...env, PORT: String(await freePort()), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr };
}
