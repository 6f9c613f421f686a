import type { Role } from './schema.ts';

/** Who is making a request: a signed-in person, a platform with an API key, or nobody. */
export type Principal =
  | {
      kind: 'user';
      id: string;
      email: string;
      name: string;
      roles: Role[];
      partyId: string | null;
      csrfToken: string;
      /** A one-time password is still in use: only changing it is allowed. */
      mustChangePassword: boolean;
    }
  | { kind: 'apikey'; id: string; name: string; roles: Role[]; partyId: string | null }
  | { kind: 'anonymous' };

export const actorOf = (principal: Principal): string =>
  principal.kind === 'anonymous'
    ? 'anonymous'
    : `${principal.kind === 'user' ? 'user' : 'apikey'}:${principal.id}`;

export const hasRole = (principal: Principal, roles: readonly Role[]): boolean =>
  principal.kind !== 'anonymous' && principal.roles.some((r) => r === 'admin' || roles.includes(r));
