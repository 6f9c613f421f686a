import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMerchantAccount } from '../../modules/registry/accounts.ts';
import { RegistryService } from '../../modules/registry/service.ts';
import { listUsers } from '../../platform/auth/service.ts';
import { actor } from '../access.ts';
import type { AppContext } from '../context.ts';
import { IdParam, problemResponses, RoleSchema, UserSchema } from '../schemas.ts';

/** The people who act for a business in the console: an operator invites them from the business's page. */
export const accountRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;
    const registry = new RegistryService(db);
    const tags = ['admin'];

    app.get(
      '/api/v1/registry/parties/:id/accounts',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: 'Console accounts that act for this business',
          params: IdParam,
          response: { 200: z.object({ users: z.array(UserSchema) }), ...problemResponses },
        },
      },
      async (request) => {
        const party = await registry.getParty(request.params.id);
        return { users: (await listUsers(db)).filter((u) => u.partyId === party.id) };
      },
    );

    app.post(
      '/api/v1/registry/parties/:id/accounts',
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary:
            'Invite a person to act for this business: creates a merchant account with a one-time password and mails the invitation',
          params: IdParam,
          body: z
            .object({
              email: z.email().max(320),
              name: z.string().trim().min(1).max(200),
              roles: z.array(RoleSchema).min(1).optional().describe('default: merchant'),
            })
            .strict(),
          response: {
            201: z.object({
              user: UserSchema,
              party: z.object({ id: z.string(), name: z.string(), ubin: z.string() }),
              oneTimePassword: z
                .string()
                .describe('Shown once; also in the invitation mail. It must be changed at first sign-in.'),
            }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createMerchantAccount(
              { db, registry, publicUrl: ctx.config.publicUrl },
              { party: request.params.id, ...request.body },
              actor(request),
            ),
          ),
    );
  };
