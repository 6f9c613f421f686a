import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JOB_STATES, listJobs, retryJob } from '../../platform/jobs/index.ts';
import type { AppContext } from '../context.ts';
import { IdParam, problemResponses } from '../schemas.ts';

const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    key: z.string().nullable(),
    payload: z.unknown(),
    runAt: z.string(),
    state: z.enum(JOB_STATES),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Job' });

/** Scheduled work for operators: what is due, what failed, and putting a failed job back in the queue. */
export const jobRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['jobs'];
    app.get(
      '/api/v1/jobs',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Scheduled jobs: deadlines, reminders, re-checks, mail (pending ones soonest first)',
          querystring: z
            .object({ state: z.enum(JOB_STATES).optional(), kind: z.string().max(100).optional() })
            .strict(),
          response: { 200: z.object({ items: z.array(JobSchema) }), ...problemResponses },
        },
      },
      async (request) => ({ items: await listJobs(ctx.database.db, request.query) }),
    );
    app.post(
      '/api/v1/jobs/:id/retry',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Put a failed job back in the queue, due now',
          params: IdParam,
          body: z.object({}).strict().optional(),
          response: { 200: JobSchema, ...problemResponses },
        },
      },
      async (request) => retryJob(ctx.database.db, request.params.id),
    );
  };
