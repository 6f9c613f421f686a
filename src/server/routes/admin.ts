import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createApiKey,
  createUser,
  listApiKeys,
  listUsers,
  revokeApiKey,
} from '../../platform/auth/service.ts';
import type { AppContext } from '../context.ts';
import { ApiKeySchema, IdParam, problemResponses, RoleSchema, UserSchema } from '../schemas.ts';

/** Console administration: people and platform API keys. Admins only. */
export const adminRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get(
      '/api/v1/users',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['admin'],
          summary: 'List console users',
          response: { 200: z.object({ users: z.array(UserSchema) }), ...problemResponses },
        },
      },
      async () => ({ users: await listUsers(db) }),
    );

    app.post(
      '/api/v1/users',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['admin'],
          summary: 'Create a console user',
          body: z
            .object({
              email: z.email().max(320),
              name: z.string().trim().min(1).max(200),
              password: z.string().min(12).max(1_000),
              roles: z.array(RoleSchema).min(1),
              partyId: z.uuid().nullish(),
            })
            .strict(),
          response: { 201: UserSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createUser(db, { ...request.body, mustChangePassword: true })),
    );

    app.get(
      '/api/v1/api-keys',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['admin'],
          summary: 'List API keys (never their secrets)',
          response: { 200: z.object({ apiKeys: z.array(ApiKeySchema) }), ...problemResponses },
        },
      },
      async () => ({ apiKeys: await listApiKeys(db) }),
    );

    app.post(
      '/api/v1/api-keys',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['admin'],
          summary: 'Create an API key for a platform; the key is shown once',
          body: z
            .object({
              name: z.string().trim().min(1).max(200),
              role: RoleSchema,
              partyId: z.uuid().nullish(),
            })
            .strict(),
          response: { 201: ApiKeySchema.extend({ key: z.string() }), ...problemResponses },
        },
      },
      async (request, reply) => reply.status(201).send(await createApiKey(db, request.body)),
    );

    app.delete(
      '/api/v1/api-keys/:id',
      {
        config: { access: ['admin'] },
        schema: {
          tags: ['admin'],
          summary: 'Revoke an API key',
          params: IdParam,
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        await revokeApiKey(db, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
