import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { conflict, DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from './password.ts';
import type { Principal } from './principal.ts';
import { apiKeys, ROLES, type Role, sessions, users } from './schema.ts';
import { newSecret, sha256 } from './tokens.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const API_KEY_PREFIX = 'ct_';

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  partyId: string | null;
  mustChangePassword: boolean;
  createdAt: string;
}

const toPublicUser = (row: typeof users.$inferSelect): PublicUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  roles: row.roles as Role[],
  partyId: row.partyId,
  mustChangePassword: row.mustChangePassword,
  createdAt: row.createdAt.toISOString(),
});

const checkRoles = (roles: string[]): Role[] => {
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (bad.length > 0 || roles.length === 0) {
    throw new DomainError(
      'ROLE_UNKNOWN',
      `Roles must be some of ${ROLES.join(', ')}; got ${roles.join(', ') || 'none'}`,
      {
        location: 'roles',
      },
    );
  }
  return roles as Role[];
};

const checkPassword = (password: string): void => {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > 1_000) {
    throw new DomainError('PASSWORD_WEAK', `A password needs at least ${PASSWORD_MIN_LENGTH} characters`, {
      location: 'password',
    });
  }
};

export async function createUser(
  db: Executor,
  input: {
    email: string;
    name: string;
    password: string;
    roles: string[];
    partyId?: string | null;
    mustChangePassword?: boolean;
  },
): Promise<PublicUser> {
  const roles = checkRoles(input.roles);
  checkPassword(input.password);
  const email = input.email.trim().toLowerCase();
  const existing = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
  if (existing.length > 0)
    throw conflict('USER_EXISTS', `A user with e-mail ${email} already exists`, 'email');
  const [row] = await db
    .insert(users)
    .values({
      id: newId(),
      email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      roles,
      partyId: input.partyId ?? null,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning();
  return toPublicUser(row!);
}

export async function listUsers(db: Executor): Promise<PublicUser[]> {
  return (await db.select().from(users).orderBy(users.createdAt)).map(toPublicUser);
}

export async function countAdmins(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`'admin' = any(${users.roles}) and ${users.disabledAt} is null`);
  return row?.n ?? 0;
}

/** Checks credentials and opens a session; the same error for an unknown e-mail and a wrong password. */
export async function login(
  db: Executor,
  email: string,
  password: string,
  now = new Date(),
): Promise<{ sessionToken: string; csrfToken: string; user: PublicUser; expiresAt: Date }> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  const ok = row && !row.disabledAt ? await verifyPassword(password, row.passwordHash) : false;
  if (!row || !ok) throw new DomainError('LOGIN_FAILED', 'E-mail or password is wrong', { status: 401 });
  const sessionToken = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(sessions).values({ id: sha256(sessionToken), userId: row.id, csrfToken, expiresAt });
  return { sessionToken, csrfToken, user: toPublicUser(row), expiresAt };
}

export async function logout(db: Executor, sessionToken: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sha256(sessionToken)));
}

export async function principalFromSession(
  db: Executor,
  sessionToken: string,
  now = new Date(),
): Promise<Principal | null> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sha256(sessionToken)), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  if (!row) return null;
  return {
    kind: 'user',
    id: row.user.id,
    email: row.user.email,
    name: row.user.name,
    roles: row.user.roles as Role[],
    partyId: row.user.partyId,
    csrfToken: row.csrfToken,
    mustChangePassword: row.user.mustChangePassword,
  };
}

export async function changePassword(
  db: Executor,
  userId: string,
  current: string,
  next: string,
): Promise<void> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw notFound('User');
  if (!(await verifyPassword(current, row.passwordHash))) {
    throw new DomainError('PASSWORD_WRONG', 'The current password is wrong', {
      status: 400,
      location: 'currentPassword',
    });
  }
  checkPassword(next);
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(next), mustChangePassword: false, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

export interface PublicApiKey {
  id: string;
  prefix: string;
  name: string;
  role: Role;
  partyId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const toPublicApiKey = (row: typeof apiKeys.$inferSelect): PublicApiKey => ({
  id: row.id,
  prefix: row.prefix,
  name: row.name,
  role: row.role as Role,
  partyId: row.partyId,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** Creates an API key; the returned `key` is the only time the secret exists outside the caller. */
export async function createApiKey(
  db: Executor,
  input: { name: string; role: string; partyId?: string | null },
): Promise<PublicApiKey & { key: string }> {
  const [role] = checkRoles([input.role]);
  const prefix = newSecret(6);
  const key = `${API_KEY_PREFIX}${prefix}_${newSecret()}`;
  const [row] = await db
    .insert(apiKeys)
    .values({
      id: newId(),
      prefix,
      keyHash: sha256(key),
      name: input.name,
      role: role!,
      partyId: input.partyId ?? null,
    })
    .returning();
  return { ...toPublicApiKey(row!), key };
}

export async function listApiKeys(db: Executor): Promise<PublicApiKey[]> {
  return (await db.select().from(apiKeys).orderBy(apiKeys.createdAt)).map(toPublicApiKey);
}

export async function revokeApiKey(db: Executor, id: string): Promise<void> {
  const rows = await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id)).returning();
  if (rows.length === 0) throw notFound('API key');
}

export async function principalFromApiKey(db: Executor, key: string): Promise<Principal | null> {
  const match = /^ct_([A-Za-z0-9_-]{8})_[A-Za-z0-9_-]{43}$/.exec(key);
  if (!match) return null;
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.prefix, match[1]!), isNull(apiKeys.revokedAt)));
  if (!row || row.keyHash !== sha256(key)) return null;
  return { kind: 'apikey', id: row.id, name: row.name, roles: [row.role as Role], partyId: row.partyId };
}
