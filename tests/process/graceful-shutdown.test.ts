import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer as startChild, type ServerProcess } from '../support/server-process';

let server: ServerProcess | undefined;
afterEach(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
});

/** `npm start` on a free loopback port; resolves with the port once it listens. */
async function startServer(): Promise<number> {
  server = await startChild({ NEO4J_URI: '', LIAISON_DATA_DIR: mkdtempSync(join(tmpdir(), 'liaison-drain-')), LIAISON_SHUTDOWN_MS: '5000' });
  return server.port;
}

const health = 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n';
const answers = (data: string) => data.match(/HTTP\/1\.1 200 OK/g)?.length ?? 0;

function waitFor(socket: Socket, received: () => string, count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => answers(received()) >= count && resolve();
    socket.on('data', check);
    check();
  });
}

/** A keep-alive connection that has had one exchange: open and idle, as a browser leaves it. */
async function idleConnection(port: number) {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (chunk) => (data += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.write(health);
  await waitFor(socket, () => data, 1);
  return { socket, closed, answered: () => answers(data) - 1 };
}

describe('shutting down on SIGTERM', () => {
  it('answers every request sent on open keep-alive sockets, pipelined ones included, then exits within the bound', async () => {
    const port = await startServer();
    const connections = await Promise.all(Array.from({ length: 10 }, () => idleConnection(port)));
    const exited = new Promise<number | null>((resolve) => server!.child.on('exit', resolve));
    const signalled = performance.now();
    server!.child.kill('SIGTERM');
    // Sent while the server begins to stop, on connections it still holds open: a client cannot tell.
    await new Promise((resolve) => setTimeout(resolve, 40));
    for (const { socket } of connections) socket.write(health.repeat(3));
    await Promise.all(connections.map((c) => c.closed));
    expect(connections.map((c) => c.answered())).toEqual(connections.map(() => 3));
    expect(await exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(5000);
  }, 30_000);
});
