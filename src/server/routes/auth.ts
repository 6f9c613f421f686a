import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { users } from '../../platform/auth/schema.ts';
import { changePassword, login, logout } from '../../platform/auth/service.ts';
import { DomainError } from '../../platform/errors.ts';
import { SESSION_COOKIE } from '../access.ts';
import type { AppContext } from '../context.ts';
import { problemResponses, UserSchema } from '../schemas.ts';

const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() }).meta({ id: 'Session' });

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;
    const secureCookie = (protocol: string): boolean =>
      ctx.config.cookieSecure === 'auto' ? protocol === 'https' : ctx.config.cookieSecure;

    app.post(
      '/api/v1/auth/login',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Sign in to the console with e-mail and password; sets the session cookie',
          body: z
            .object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1_000) })
            .strict(),
          response: { 200: SessionSchema, ...problemResponses },
        },
      },
      async (request, reply) => {
        const session = await login(db, request.body.email, request.body.password);
        reply.setCookie(SESSION_COOKIE, session.sessionToken, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookie(request.protocol),
          expires: session.expiresAt,
        });
        return { user: session.user, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: { access: 'public' },
        schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: z.null() } },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logout(db, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/me',
      {
        config: { access: ['admin', 'assessor', 'mediator', 'analyst', 'merchant'] },
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and the CSRF token the console sends with every change',
          response: {
            200: SessionSchema.extend({ via: z.enum(['session', 'apikey']) }).partial({ user: true }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const p = request.principal;
        if (p.kind !== 'user') return { via: 'apikey' as const, csrfToken: '' };
        const [row] = await db.select().from(users).where(eq(users.id, p.id));
        if (!row) throw new DomainError('UNAUTHENTICATED', 'The user no longer exists', { status: 401 });
        return {
          via: 'session' as const,
          csrfToken: p.csrfToken,
          user: {
            id: row.id,
            email: row.email,
            name: row.name,
            roles: p.roles,
            partyId: row.partyId,
            mustChangePassword: row.mustChangePassword,
            createdAt: row.createdAt.toISOString(),
          },
        };
      },
    );

    app.post(
      '/api/v1/auth/password',
      {
        config: { access: ['admin', 'assessor', 'mediator', 'analyst', 'merchant'] },
        schema: {
          tags: ['auth'],
          summary: 'Change your own password',
          body: z
            .object({ currentPassword: z.string().max(1_000), newPassword: z.string().max(1_000) })
            .strict(),
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        if (request.principal.kind !== 'user')
          throw new DomainError('SESSION_REQUIRED', 'Sign in to change a password', { status: 403 });
        await changePassword(
          db,
          request.principal.id,
          request.body.currentPassword,
          request.body.newPassword,
        );
        return reply.status(204).send(null);
      },
    );
  };
