import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { newId } from '../platform/ids.ts';
import { registerAccessControl } from './access.ts';
import type { AppContext } from './context.ts';
import { errorHandler, sendProblem } from './problem.ts';
import { accountRoutes } from './routes/accounts.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { complaintRoutes } from './routes/complaints.ts';
import { credentialRoutes } from './routes/credentials.ts';
import { healthRoutes } from './routes/health.ts';
import { identifierRoutes } from './routes/identifiers.ts';
import { jobRoutes } from './routes/jobs.ts';
import { registryRoutes } from './routes/registry.ts';
import { trustmarkRoutes } from './routes/trustmarks.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The HTTP app is the list of feature plugins; each owns its routes and schemas. */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    bodyLimit: ctx.config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId(),
    trustProxy: false,
    routerOptions: { maxParamLength: 300 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    // Private links (a complaint's tracking page) carry their token in the address: never send it elsewhere.
    reply.header('referrer-policy', 'same-origin');
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CrossTrust node API',
        version: '1',
        description:
          'Trust infrastructure for cross-border e-commerce: business registry with validated identifiers, trustmarks, complaints, monitoring. Errors are RFC 9457 problem+json with a stable `code`.',
      },
      servers: [{ url: ctx.config.publicUrl }],
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'API key from `crosstrust apikey create`' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'ct_session',
            description: 'Console session; unsafe methods also need X-CSRF-Token',
          },
        },
      },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      if (access && access !== 'public') {
        out.schema = {
          ...out.schema,
          security: [{ apiKey: [] }, { session: [] }],
          description:
            `${out.schema.description ?? ''}\n\nRoles: ${access.join(', ')} (admin always).`.trim(),
        } as typeof out.schema;
      }
      return out;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });

  registerAccessControl(app, ctx.database.db);

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(healthRoutes(ctx));
  await app.register(identifierRoutes);
  await app.register(authRoutes(ctx));
  await app.register(adminRoutes(ctx));
  await app.register(accountRoutes(ctx));
  await app.register(registryRoutes(ctx));
  await app.register(credentialRoutes(ctx));
  await app.register(trustmarkRoutes(ctx));
  await app.register(complaintRoutes(ctx));
  await app.register(jobRoutes(ctx));

  const webBuilt = existsSync(WEB_DIST);
  if (webBuilt) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/',
      // Wildcard mode reads files at request time, so a rebuilt UI is served without a restart.
      wildcard: true,
      index: ['index.html'],
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api/') || path === '/openapi.json';
    if (
      !isApi &&
      request.method === 'GET' &&
      webBuilt &&
      (request.headers.accept ?? '').includes('text/html')
    ) {
      // The web app routes on the client: every page URL serves its shell.
      return reply.type('text/html').sendFile('index.html');
    }
    if (!isApi && request.method === 'GET' && !webBuilt && path === '/') {
      return reply
        .type('text/plain')
        .send('The web UI is not built: run `npm run build:web`. The API is at /docs.');
    }
    return sendProblem(request, reply, 404, 'ROUTE_NOT_FOUND', `No route ${request.method} ${path}`);
  });

  return app;
}
