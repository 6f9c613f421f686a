import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ping } from '../../platform/db/client.ts';
import type { AppContext } from '../context.ts';

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/healthz',
      {
        config: { access: 'public' },
        schema: {
          tags: ['node'],
          summary: 'Liveness: the process is up',
          response: { 200: z.object({ status: z.literal('ok') }) },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        config: { access: 'public' },
        schema: {
          tags: ['node'],
          summary: 'Readiness: the database answers and the bus is connected',
          response: {
            200: z.object({ status: z.literal('ready'), database: z.string(), bus: z.string() }),
            503: z.object({ status: z.literal('unavailable'), reason: z.string() }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await ping(ctx.database.db);
          return { status: 'ready' as const, database: ctx.database.kind, bus: ctx.bus.transport.kind };
        } catch (error) {
          return reply
            .status(503)
            .send({ status: 'unavailable' as const, reason: `database: ${(error as Error).message}` });
        }
      },
    );
  };
