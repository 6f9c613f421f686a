import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, hasRole, type Principal } from '../platform/auth/principal.ts';
import type { Role } from '../platform/auth/schema.ts';
import { principalFromApiKey, principalFromSession } from '../platform/auth/service.ts';
import type { Db } from '../platform/db/client.ts';
import { DomainError, forbidden, unauthenticated } from '../platform/errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `public` routes need nobody; any other route names the roles that may call it (admin always may). */
    access?: 'public' | Role[];
  }
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyInstance {
    /** Every /api route with who may call it: for the OpenAPI and access tests, and for operators' audits. */
    apiRoutes: Array<{ method: string; url: string; access: 'public' | Role[]; hidden: boolean }>;
  }
}

export const SESSION_COOKIE = 'ct_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** What a user still holding a one-time password may do. */
const PASSWORD_CHANGE_ROUTES = new Set(['/api/v1/auth/me', '/api/v1/auth/password']);

/** The actor string written to events for this request. */
export const actor = (request: FastifyRequest): string => actorOf(request.principal);

/**
 * Authentication and authorisation for every route. A route must say who may call it: registering one that does
 * not is a programming error caught at start-up, so no route is ever open by omission.
 */
export function registerAccessControl(app: FastifyInstance, db: Db): void {
  app.decorateRequest('principal', null as never);

  const apiRoutes: FastifyInstance['apiRoutes'] = [];
  app.decorate('apiRoutes', { getter: () => apiRoutes });
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    // The web UI's static files and the API docs page are public by nature and come from plugins.
    if (url === '/*' || url.startsWith('/docs')) return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`Route ${route.method} ${url} does not declare config.access`);
    const hidden = Boolean((route.schema as { hide?: boolean } | undefined)?.hide);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') apiRoutes.push({ method, url, access, hidden });
  });

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    request.principal = { kind: 'anonymous' };
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const principal = await principalFromApiKey(db, authorization.slice(7).trim());
      if (!principal)
        throw new DomainError('API_KEY_INVALID', 'The API key is unknown or revoked', { status: 401 });
      request.principal = principal;
    } else {
      const token = request.cookies?.[SESSION_COOKIE];
      if (token) {
        const principal = await principalFromSession(db, token);
        if (principal?.kind === 'user') {
          request.principal = principal;
          // Cookies ride along on cross-site requests; a matching header proves the page itself sent this one.
          if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== principal.csrfToken) {
            const access = request.routeOptions.config?.access;
            if (access !== 'public') {
              throw new DomainError('CSRF_TOKEN_INVALID', 'Send the X-CSRF-Token header you got at sign-in', {
                status: 403,
              });
            }
          }
        }
      }
    }
    const access = request.routeOptions.config?.access;
    if (access === undefined || access === 'public') return;
    if (request.principal.kind === 'anonymous') throw unauthenticated();
    if (!hasRole(request.principal, access)) throw forbidden();
    if (
      request.principal.kind === 'user' &&
      request.principal.mustChangePassword &&
      !PASSWORD_CHANGE_ROUTES.has(request.routeOptions.url ?? '')
    ) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'Change your one-time password first', {
        status: 403,
      });
    }
  });
}

/**
 * Merchants act only for their own party; the given staff roles (admin always) act for any. Checked in the handler,
 * since the party is known only once the record is loaded.
 */
export function assertActsFor(
  request: FastifyRequest,
  partyId: string,
  staff: readonly Role[],
  message: string,
): void {
  const p = request.principal;
  if (p.kind === 'anonymous') throw forbidden();
  if (p.roles.some((r) => r === 'admin' || staff.includes(r))) return;
  if (p.roles.includes('merchant') && p.partyId === partyId) return;
  throw forbidden(message);
}
