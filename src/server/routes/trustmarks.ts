import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RegistryService } from '../../modules/registry/service.ts';
import { BUILT_IN_SCHEMES } from '../../modules/trustmark/schemes/index.ts';
import { AUTOMATED_CHECKS } from '../../modules/trustmark/schemes/model.ts';
import { runWebsiteCheck } from '../../modules/trustmark/website-check.ts';
import type { AppContext } from '../context.ts';
import { problemResponses } from '../schemas.ts';

const FindingSchema = z.object({
  checkId: z.string(),
  outcome: z.enum(['pass', 'fail', 'not_applicable', 'error']),
  url: z.string(),
  evidence: z.string(),
  message: z.string(),
});

/** Trustmark criteria schemes and the automated website check (the application workflow builds on these). */
export const trustmarkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const registry = new RegistryService(ctx.database.db);
    const tags = ['trustmarks'];

    app.get(
      '/api/v1/trustmarks/schemes',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary:
            'Trustmark criteria schemes this node assesses against (versioned, criteria in English and Vietnamese)',
          response: {
            200: z.object({
              schemes: z.array(z.unknown()),
              automatedChecks: z.record(z.string(), z.unknown()),
            }),
          },
        },
      },
      async () => ({ schemes: [...BUILT_IN_SCHEMES], automatedChecks: AUTOMATED_CHECKS }),
    );

    app.post(
      '/api/v1/trustmarks/website-checks',
      {
        config: { access: ['admin', 'assessor'] },
        schema: {
          tags,
          summary:
            'Run the automated website check now: HTTPS, policy pages, business identity, prices, seal',
          body: z.object({ domain: z.string().min(1).max(253) }).strict(),
          response: {
            200: z.object({
              domain: z.string(),
              partyId: z.string().nullable(),
              startedAt: z.string(),
              finishedAt: z.string(),
              findings: z.array(FindingSchema),
              pagesFetched: z.array(
                z.object({
                  url: z.string(),
                  status: z.number(),
                  bytes: z.number(),
                  truncated: z.boolean().optional(),
                  error: z.string().optional(),
                }),
              ),
            }),
            ...problemResponses,
          },
        },
      },
      async (request) =>
        runWebsiteCheck(request.body.domain, {
          registry,
          publicUrl: ctx.config.publicUrl,
          fetch: { allowPrivate: ctx.config.fetchAllowPrivate },
        }),
    );
  };
