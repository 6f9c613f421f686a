import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/platform/auth/service.ts';
import { generateExample } from '../src/standards/identifiers/index.ts';
import {
  ADMIN_PASSWORD,
  adminHeaders,
  FIRST_ADMIN_EMAIL,
  startTestNode,
  type TestNode,
} from './support/node.ts';

const partyBody = (n: number) => ({
  kind: 'merchant',
  name: `Test Shop ${n}`,
  homeEconomy: 'VN',
  identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', n) }],
});

describe('accounts, sessions, CSRF and API keys', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startTestNode();
  });
  afterAll(() => node?.stop());

  it('rejects a wrong password with the same error as an unknown user', async () => {
    const wrong = await node.call('POST', '/api/v1/auth/login', {
      body: { email: FIRST_ADMIN_EMAIL, password: 'nope nope nope' },
    });
    const unknown = await node.call('POST', '/api/v1/auth/login', {
      body: { email: 'who@example.com', password: 'nope nope nope' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json.code).toBe('LOGIN_FAILED');
    expect(unknown.json.code).toBe('LOGIN_FAILED');
  });

  it('sets an HttpOnly, SameSite session cookie at sign-in', async () => {
    const response = await node.call('POST', '/api/v1/auth/login', {
      body: { email: FIRST_ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ct_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(response.json.user.roles).toEqual(['admin']);
    expect(response.json.csrfToken).toMatch(/.{20,}/);
  });

  it('refuses a cookie-authenticated change without the CSRF token, and accepts it with the token', async () => {
    const headers = await adminHeaders(node);
    const withoutToken = await node.call('POST', '/api/v1/registry/parties', {
      body: partyBody(1),
      headers: { cookie: headers.cookie! },
    });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.json.code).toBe('CSRF_TOKEN_INVALID');
    const withToken = await node.call('POST', '/api/v1/registry/parties', { body: partyBody(1), headers });
    expect(withToken.status).toBe(201);
  });

  it('accepts API keys as bearer tokens, scoped by role, until revoked', async () => {
    const merchantKey = await createApiKey(node.database.db, { name: 'shop', role: 'merchant' });
    const forbidden = await node.call('POST', '/api/v1/registry/parties', {
      body: partyBody(2),
      headers: { authorization: `Bearer ${merchantKey.key}` },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.code).toBe('FORBIDDEN');

    const adminKey = await createApiKey(node.database.db, { name: 'platform', role: 'admin' });
    const created = await node.call('POST', '/api/v1/registry/parties', {
      body: partyBody(3),
      headers: { authorization: `Bearer ${adminKey.key}` },
    });
    expect(created.status).toBe(201);
    const history = await node.call('GET', `/api/v1/registry/parties/${created.json.id}/history`, {
      headers: { authorization: `Bearer ${adminKey.key}` },
    });
    expect(history.json.events[0]).toMatchObject({
      subject: 'registry.party.created',
      actor: `apikey:${adminKey.id}`,
    });

    const headers = await adminHeaders(node);
    expect((await node.call('DELETE', `/api/v1/api-keys/${adminKey.id}`, { headers })).status).toBe(204);
    const revoked = await node.call('GET', '/api/v1/users', {
      headers: { authorization: `Bearer ${adminKey.key}` },
    });
    expect(revoked.status).toBe(401);
    expect(revoked.json.code).toBe('API_KEY_INVALID');
  });

  it('stores no API key or password in the clear', async () => {
    const key = await createApiKey(node.database.db, { name: 'x', role: 'analyst' });
    const rows = await node.database.db.execute('select key_hash from api_keys' as never);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(key.key);
    const users = JSON.stringify(await node.database.db.execute('select password_hash from users' as never));
    expect(users).not.toContain(ADMIN_PASSWORD);
    expect(users).toContain('scrypt$');
  });

  it('lets nobody anonymous through any non-public route', async () => {
    const guarded = node.app.apiRoutes.filter((r) => r.access !== 'public');
    expect(guarded.length).toBeGreaterThan(10);
    for (const route of guarded) {
      const url = route.url.replace(/:(\w+)/g, '00000000-0000-7000-8000-000000000000');
      const response = await node.call(
        route.method,
        url,
        route.method === 'GET' || route.method === 'DELETE' ? {} : { body: {} },
      );
      expect(response.status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('creates users and makes them change a one-time password', async () => {
    const headers = await adminHeaders(node);
    const created = await node.call('POST', '/api/v1/users', {
      headers,
      body: {
        email: 'Assessor@Example.org',
        name: 'An Assessor',
        password: 'a-long-enough-password',
        roles: ['assessor'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ email: 'assessor@example.org', mustChangePassword: true });
    const duplicate = await node.call('POST', '/api/v1/users', {
      headers,
      body: {
        email: 'assessor@example.org',
        name: 'Again',
        password: 'a-long-enough-password',
        roles: ['assessor'],
      },
    });
    expect(duplicate.status).toBe(409);
    const weak = await node.call('POST', '/api/v1/users', {
      headers,
      body: { email: 'x@example.org', name: 'X', password: 'short', roles: ['admin'] },
    });
    expect(weak.status).toBe(400);
    expect(weak.json.errors[0].location).toBe('body.password');
  });

  it('holds a user with a one-time password to changing it first', async () => {
    const headers = await adminHeaders(node);
    await node.call('POST', '/api/v1/users', {
      headers,
      body: {
        email: 'analyst@example.org',
        name: 'Analyst',
        password: 'one-time-password-1',
        roles: ['analyst'],
      },
    });
    const login = await fetch(`${node.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'analyst@example.org', password: 'one-time-password-1' }),
    });
    const { csrfToken, user } = (await login.json()) as {
      csrfToken: string;
      user: { mustChangePassword: boolean };
    };
    expect(user.mustChangePassword).toBe(true);
    const session = { cookie: login.headers.getSetCookie()[0]!.split(';')[0]!, 'x-csrf-token': csrfToken };
    const blocked = await node.call('GET', '/api/v1/users', { headers: session });
    expect(blocked.status).toBe(403);
    const held = await node.call(
      'GET',
      '/api/v1/registry/parties/00000000-0000-7000-8000-000000000000/history',
      { headers: session },
    );
    expect(held.json.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await node.call('POST', '/api/v1/auth/password', {
      headers: session,
      body: { currentPassword: 'one-time-password-1', newPassword: 'my-own-new-password' },
    });
    expect(changed.status).toBe(204);
    const after = await node.call(
      'GET',
      '/api/v1/registry/parties/00000000-0000-7000-8000-000000000000/history',
      { headers: session },
    );
    expect(after.json.code).toBe('NOT_FOUND');
  });
});
