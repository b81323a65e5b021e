import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createArticleReader, type ArticleReader } from '../ingest/worker/article-reader';
import { LIMITS } from '../contract/requests';
import type { GraphStore } from '../store/graph-store';
import { HttpRefusal } from './error-reply';
import { clientErrorHandler, frameworkErrors, registerErrorHandling } from './errors';
import { answerUnrouted, trackApiMethods } from './route-methods';
import { analysisRoutes } from './routes/analysis-routes';
import { articleRoutes, type ArticleRouteOptions } from './routes/article-routes';
import { graphRoutes } from './routes/graph-routes';
import { noteRoutes } from './routes/note-routes';
import { serveWebApp } from './web-app';
import type { WriteAccess } from './write-access';

export interface AppOptions {
  store: GraphStore;
  /** Built web app to serve at /, when present. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
  /** Default: writes from this machine only, no token. */
  writeAccess?: WriteAccess;
  /** Reads articles off the event loop; default: a worker with `readingBudgetMs`. */
  articleReader?: ArticleReader;
  /** How long reading one article may take before it is refused (422). */
  readingBudgetMs?: number;
  rateLimits?: ArticleRouteOptions['rateLimits'];
}

/** Percent-encoded UTF-8 takes up to 12 characters per character of an id: the router must not refuse what the schema allows. */
const MAX_PARAM_LENGTH = LIMITS.idLength * 12;
export const DEFAULT_RATE_LIMITS = { proposals: 60, writes: 30 } as const;

export async function buildApp({ store, webRoot, logger = false, writeAccess, articleReader, readingBudgetMs = 2000, rateLimits = DEFAULT_RATE_LIMITS }: AppOptions) {
  const app = Fastify({
    logger,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler,
    // Shutdown (server/boot/serve.ts) drains: requests already received are answered, not refused or reset.
    return503OnClosing: false,
    forceCloseConnections: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // The API reads JSON only: any other body is a 415 saying so, not a string handed to the schema.
  app.removeContentTypeParser('text/plain');
  const methodsOf = trackApiMethods(app);

  const runner = articleReader ?? createArticleReader({ budgetMs: readingBudgetMs });
  if (!articleReader) {
    app.addHook('onClose', () => runner.close());
    // Ready means ready to read an article: the first one must not wait for the worker to load the ingestion code.
    // A reader that cannot start fails each article with its reason; the graph is still served meanwhile.
    await runner.ready().catch(() => undefined);
  }

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpRefusal(429, 'rate_limited', `too many requests: at most ${context.max} per ${context.after}; try again in ${Math.ceil(context.ttl / 1000)} s`),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Liaison API',
        description: 'Who met whom in security-cooperation news, with the quotes that say so.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(graphRoutes(store), { prefix: '/api' });
  await app.register(analysisRoutes(store), { prefix: '/api' });
  const writes = writeAccess ?? { listenHost: '127.0.0.1', allowedHosts: [] };
  await app.register(articleRoutes({ store, analyse: runner.analyse, writeAccess: writes, rateLimits }), { prefix: '/api' });
  await app.register(noteRoutes({ store, writeAccess: writes, writesPerMinute: rateLimits.writes }), { prefix: '/api' });
  await app.register(pages(webRoot, answerUnrouted(methodsOf)));
  return app;
}

/**
 * The pages (explorer, API docs, 404s) in a scope of their own, so that only
 * they carry helmet's hooks: run on every API request, even opted out, they
 * cost a promise and a merge of its options per request.
 */
function pages(webRoot: string | undefined, unrouted: ReturnType<typeof answerUnrouted>) {
  return async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Cytoscape and Swagger UI set inline styles; exports are data: and blob: URLs.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          scriptSrc: ["'self'"],
          // The app is served over plain HTTP on localhost or a LAN address (docker): do not force https.
          upgradeInsecureRequests: null,
        },
      },
      // HSTS over plain HTTP is meaningless at best: sent below, only over HTTPS.
      strictTransportSecurity: false,
    });
    app.addHook('onSend', (request, reply, payload, done) => {
      if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
      done(null, payload);
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    if (webRoot && existsSync(webRoot)) {
      await serveWebApp(app, webRoot, unrouted);
    } else {
      app.setNotFoundHandler(unrouted);
    }
  };
}
