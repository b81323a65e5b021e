import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { GraphStore } from '../store/graph-store';
import { notFoundBody, registerErrorHandling } from './errors';
import { articleRoutes } from './routes/article-routes';
import { graphRoutes } from './routes/graph-routes';
import { serveWebApp } from './web-app';

export interface AppOptions {
  store: GraphStore;
  /** Built web app to serve at /, when present. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
  /** Embedded store: where accepted articles are kept (see server/ingest/accepted-facts.ts). */
  acceptedFactsFile?: string;
}

export async function buildApp({ store, webRoot, logger = false, acceptedFactsFile }: AppOptions) {
  const app = Fastify({ logger });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

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
  await app.register(articleRoutes(store, acceptedFactsFile), { prefix: '/api' });
  await app.register(pages(webRoot));
  return app;
}

/**
 * The pages (explorer, API docs, 404s) in a scope of their own, so that only
 * they carry helmet's hooks: run on every API request, even opted out, they
 * cost a promise and a merge of its options per request.
 */
function pages(webRoot: string | undefined) {
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
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    if (webRoot && existsSync(webRoot)) {
      await serveWebApp(app, webRoot);
    } else {
      app.setNotFoundHandler((request, reply) => reply.status(404).send(notFoundBody(request.url)));
    }
  };
}
