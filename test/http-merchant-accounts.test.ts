import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../src/platform/jobs/schema.ts';
import { generateExample } from '../src/standards/identifiers/index.ts';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

describe('an operator invites a person to act for a business', () => {
  let node: TestNode;
  let headers: Record<string, string>;
  let partyId: string;

  beforeAll(async () => {
    node = await startTestNode();
    headers = await adminHeaders(node);
    const party = await node.call('POST', '/api/v1/registry/parties', {
      headers,
      body: {
        kind: 'merchant',
        name: 'Công ty TNHH Gốm Bát Tràng',
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 388) }],
        websites: ['gom-battrang.vn'],
      },
    });
    partyId = party.json.id;
  });
  afterAll(() => node?.stop());

  const invite = (body: object, h = headers) =>
    node.call('POST', `/api/v1/registry/parties/${partyId}/accounts`, { headers: h, body });
  const mailTo = async (to: string) =>
    (await node.database.db.select().from(jobs).where(eq(jobs.kind, 'mail.send'))).filter(
      (j) => (j.payload as { to: string }).to === to,
    );

  it('creates a merchant account for the business, mails the invitation and records it in its history', async () => {
    const created = await invite({ email: 'Chu@gom-battrang.vn', name: 'Nguyễn Văn Gốm' });
    expect(created.status, created.text).toBe(201);
    expect(created.json.user).toMatchObject({
      email: 'chu@gom-battrang.vn',
      roles: ['merchant'],
      partyId,
      mustChangePassword: true,
    });
    const [mail] = await mailTo('chu@gom-battrang.vn');
    expect((mail!.payload as { text: string }).text).toContain(created.json.oneTimePassword);

    const login = await node.call('POST', '/api/v1/auth/login', {
      body: { email: 'chu@gom-battrang.vn', password: created.json.oneTimePassword },
    });
    expect(login.status).toBe(200);
    expect(login.json.user).toMatchObject({ partyId, mustChangePassword: true });

    const accounts = await node.call('GET', `/api/v1/registry/parties/${partyId}/accounts`, { headers });
    expect(accounts.json.users.map((u: { email: string }) => u.email)).toEqual(['chu@gom-battrang.vn']);
    const history = await node.call('GET', `/api/v1/registry/parties/${partyId}/history`, { headers });
    expect(JSON.stringify(history.json)).toContain('registry.party.account_created');
  });

  it('refuses a second account with the same e-mail and queues no second invitation', async () => {
    const again = await invite({ email: 'chu@gom-battrang.vn', name: 'Someone else' });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('USER_EXISTS');
    expect(await mailTo('chu@gom-battrang.vn')).toHaveLength(1);
  });

  it('answers bad input and unknown businesses with problem+json, and keeps non-admins out', async () => {
    const bad = await invite({ email: 'not an address', name: 'X' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const unknown = await node.call(
      'POST',
      '/api/v1/registry/parties/0190f1a2-0000-7000-8000-000000000000/accounts',
      { headers, body: { email: 'a@example.com', name: 'A' } },
    );
    expect(unknown.status).toBe(404);
    const anonymous = await invite({ email: 'b@example.com', name: 'B' }, {});
    expect(anonymous.status).toBe(401);
  });
});
