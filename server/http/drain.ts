/**
 * Shutting down without dropping requests: stop accepting connections, answer
 * every request already received (pipelined ones on keep-alive sockets too),
 * then close the connections once they have been quiet a moment — or, past the
 * bound, whatever is left.
 */
import { Server as NetServer } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface DrainOptions {
  /** The longest a shutdown may take before open connections are cut (ms). */
  boundMs: number;
  /** How long every connection must have had no request in flight before it is closed (ms). */
  quietMs?: number;
}

/** Counts requests in flight; call before the app is ready. */
export function trackInFlight(app: FastifyInstance): () => number {
  let inFlight = 0;
  app.addHook('onRequest', (_request, _reply, done) => {
    inFlight += 1;
    done();
  });
  app.addHook('onResponse', (_request, _reply, done) => {
    inFlight -= 1;
    done();
  });
  // A client that hangs up before its answer never reaches onResponse.
  app.addHook('onRequestAbort', (_request, done) => {
    inFlight -= 1;
    done();
  });
  return () => inFlight;
}

export async function drain(app: FastifyInstance, inFlight: () => number, { boundMs, quietMs = 150 }: DrainOptions): Promise<'drained' | 'cut'> {
  const server = app.server;
  // http.Server#close also closes idle keep-alive sockets at once, losing requests they carry but were not yet read:
  // stop listening only (net.Server#close), and close connections once they are quiet.
  NetServer.prototype.close.call(server);
  const deadline = Date.now() + boundMs;
  let quietSince = inFlight() === 0 ? Date.now() : Infinity;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (inFlight() > 0) quietSince = Infinity;
    else if (quietSince === Infinity) quietSince = Date.now();
    if (Date.now() - quietSince >= quietMs) {
      server.closeIdleConnections();
      if (await noConnections(server)) return 'drained';
    }
  }
  server.closeAllConnections();
  return 'cut';
}

function noConnections(server: NetServer): Promise<boolean> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(!error && count === 0)));
}
