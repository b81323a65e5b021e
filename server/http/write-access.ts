/**
 * Who may write (accept articles): a client that names this server in its
 * Host header (a foreign name is a page rebinding DNS to reach it), and, when
 * LIAISON_WRITE_TOKEN is set, shows the token. Without a token, writes are
 * off whenever the server listens beyond loopback: anyone who can reach the
 * port could write otherwise.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { HttpRefusal } from './error-reply';

export interface WriteAccess {
  /** Bearer token write requests must carry; none: writes only while listening on loopback. */
  token?: string;
  /** The address the server listens on (HOST). */
  listenHost: string;
  /** Extra names clients may reach the server by (LIAISON_ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** LIAISON_WRITE_TOKEN=generate: made up at start-up, printed once (the Docker image's default). */
  generated?: boolean;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]', '']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

export function writeAccessFromEnv(env: NodeJS.ProcessEnv): WriteAccess {
  const given = env.LIAISON_WRITE_TOKEN?.trim();
  const generated = given === 'generate';
  const token = generated ? randomBytes(24).toString('base64url') : given;
  return {
    ...(token ? { token } : {}),
    ...(generated ? { generated } : {}),
    listenHost: env.HOST ?? '127.0.0.1',
    allowedHosts: (env.LIAISON_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean),
  };
}

/** What start-up says about writes, or nothing when they are open only to this machine as usual. */
export function writeAccessNotice({ token, listenHost, generated }: WriteAccess): string | undefined {
  if (token && generated) return `writes (accepting articles) need Authorization: Bearer ${token} (a token made up for this run; set LIAISON_WRITE_TOKEN to choose one)`;
  if (token) return 'writes (accepting articles) need Authorization: Bearer $LIAISON_WRITE_TOKEN';
  if (!isLoopback(listenHost)) return `writes are OFF: listening on ${listenHost} without LIAISON_WRITE_TOKEN; set it to accept articles through this server (reads work)`;
  return undefined;
}

/** "127.0.0.1:8080" → "127.0.0.1"; "[::1]:8080" → "[::1]". */
function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0]!;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A preHandler for write routes: 403 for a foreign Host or writes that are off, 401 without the token. */
export function requireWriteAccess(access: WriteAccess) {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', ...access.allowedHosts, ...(ANY_ADDRESS.has(access.listenHost) ? [] : [access.listenHost])].map((n) => n.toLowerCase()));
  if (access.listenHost === '::1') names.add('[::1]');
  return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const host = hostName(request.headers.host ?? '');
    if (!names.has(host)) {
      return done(new HttpRefusal(403, 'forbidden', `writes are refused for Host "${host}": not a name of this server (add it to LIAISON_ALLOWED_HOSTS)`, 'host'));
    }
    if (!access.token) {
      if (isLoopback(access.listenHost)) return done();
      return done(new HttpRefusal(403, 'forbidden', `writes are off: the server listens on ${access.listenHost} without LIAISON_WRITE_TOKEN; set it, and send Authorization: Bearer <token>`));
    }
    const header = request.headers.authorization ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!given || !sameSecret(given, access.token)) {
      return done(
        new HttpRefusal(401, 'unauthorized', given ? 'the write token is wrong' : 'writes need Authorization: Bearer <LIAISON_WRITE_TOKEN>', 'authorization', {
          'www-authenticate': 'Bearer realm="liaison"',
        }),
      );
    }
    done();
  };
}
