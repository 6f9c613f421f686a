import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebsiteVerifier } from '../src/modules/registry/ownership.ts';
import { createApiKey } from '../src/platform/auth/service.ts';
import { generateExample } from '../src/standards/identifiers/index.ts';
import { startDnsServer } from './support/dns-server.ts';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

const mst = (n: number) => generateExample('vn-mst', n);

describe('registry over HTTP', () => {
  let node: TestNode;
  let headers: Record<string, string>;
  let dns: Awaited<ReturnType<typeof startDnsServer>>;
  let site: Server;
  let wellKnownBody = '';

  beforeAll(async () => {
    site = createServer((request, response) => {
      if (request.url === '/.well-known/crosstrust.txt') response.end(wellKnownBody);
      else {
        response.statusCode = 404;
        response.end();
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    dns = await startDnsServer({ a: { 'xn--cphhoa-ita6f.vn': '127.0.0.1' } });
    // The node's verifier talks to our stub resolver and local site, as it would to the real ones.
    const port = (site.address() as AddressInfo).port;
    const websiteVerifier = new WebsiteVerifier({
      dnsServers: [dns.address],
      allowPrivate: true,
      httpPort: port,
      httpsPort: port,
      timeoutMs: 2_000,
    });
    node = await startTestNode({ websiteVerifier });
    headers = await adminHeaders(node);
  });
  afterAll(async () => {
    await node?.stop();
    await dns?.close();
    await new Promise((resolve) => site?.close(resolve));
  });

  const create = (body: object) => node.call('POST', '/api/v1/registry/parties', { headers, body });

  it('registers a party with a UBIN anchored on its national register number', async () => {
    const response = await create({
      kind: 'merchant',
      name: 'Công ty TNHH Cà Phê Hoa',
      nameLatin: 'Ca Phe Hoa Co., Ltd',
      homeEconomy: 'VN',
      identifiers: [
        { scheme: 'VN:MST', value: ` ${mst(1)} ` },
        { scheme: 'lei', value: '5493001KJTIIGC8Y1R12' },
      ],
      websites: ['https://CàPhêHoa.vn/shop'],
      contacts: [{ type: 'email', value: 'hello@example.vn' }],
    });
    expect(response.status).toBe(201);
    expect(response.json.ubin).toBe(`urn:ubin:vn:mst:${mst(1)}`);
    expect(response.json.identifiers.map((i: { scheme: string }) => i.scheme)).toEqual(['vn-mst', 'lei']);
    expect(response.json.websites[0]).toMatchObject({
      domain: 'xn--cphhoa-ita6f.vn',
      domainUnicode: 'càphêhoa.vn',
      ownershipVerified: false,
    });
  });

  it('rejects an identifier that already belongs to another party, naming it', async () => {
    const response = await create({
      kind: 'merchant',
      name: 'Copycat',
      homeEconomy: 'VN',
      identifiers: [
        { scheme: 'vn-mst', value: mst(2) },
        { scheme: 'lei', value: '5493001KJTIIGC8Y1R12' },
      ],
    });
    expect(response.status).toBe(409);
    expect(response.json).toMatchObject({
      code: 'IDENTIFIER_TAKEN',
      errors: [{ location: 'identifiers[1]' }],
    });
    expect((await node.call('GET', `/api/v1/registry/lookup?scheme=vn-mst&value=${mst(2)}`)).status).toBe(
      404,
    );
  });

  it('requires the identifier that anchors the UBIN', async () => {
    const response = await create({
      kind: 'merchant',
      name: 'No Anchor Pte Ltd',
      homeEconomy: 'SG',
      identifiers: [{ scheme: 'lei', value: generateExample('lei', 3) }],
    });
    expect(response.status).toBe(422);
    expect(response.json.code).toBe('UBIN_ANCHOR_MISSING');
  });

  it('looks up by domain in any form, by UBIN, and by any identifier in any spelling', async () => {
    const byDomain = await node.call(
      'GET',
      `/api/v1/registry/lookup?domain=${encodeURIComponent('http://WWW.càphêhoa.vn/cart?x=1')}`,
    );
    expect(byDomain.status).toBe(200);
    expect(byDomain.json).toMatchObject({ matchedBy: 'domain', party: { name: 'Công ty TNHH Cà Phê Hoa' } });
    const byUbin = await node.call('GET', `/api/v1/registry/lookup?ubin=urn:ubin:vn:mst:${mst(1)}`);
    expect(byUbin.json.party.id).toBe(byDomain.json.party.id);
    const byLei = await node.call(
      'GET',
      '/api/v1/registry/lookup?scheme=LEI&value=5493%20001K%20JTII%20GC8Y%201R12',
    );
    expect(byLei.json.party.id).toBe(byDomain.json.party.id);
    const bad = await node.call('GET', '/api/v1/registry/lookup?scheme=lei&value=549300');
    expect(bad.status).toBe(422);
    expect(bad.json.code).toMatch(/^LEI_/);
  });

  it('searches names with Vietnamese and Thai diacritics folded', async () => {
    await create({
      kind: 'merchant',
      name: 'บริษัท ร้านค้าดี จำกัด',
      nameLatin: 'Ran Kha Dee Co., Ltd.',
      homeEconomy: 'TH',
      identifiers: [{ scheme: 'th-tin', value: generateExample('th-tin', 4) }],
    });
    const vn = await node.call('GET', `/api/v1/registry/parties?q=${encodeURIComponent('ca phe hoa')}`);
    expect(vn.json.items.map((p: { nameLatin: string }) => p.nameLatin)).toEqual(['Ca Phe Hoa Co., Ltd']);
    const th = await node.call('GET', `/api/v1/registry/parties?q=${encodeURIComponent('รานคาด')}`);
    expect(th.json.total).toBe(1);
    const latin = await node.call('GET', '/api/v1/registry/parties?q=kha%20dee&economy=th');
    expect(latin.json.total).toBe(1);
    const words = await node.call('GET', `/api/v1/registry/parties?q=${encodeURIComponent('Hoa công TY')}`);
    expect(words.json.items.map((p: { name: string }) => p.name)).toEqual(['Công ty TNHH Cà Phê Hoa']);
    const none = await node.call('GET', '/api/v1/registry/parties?q=%25');
    expect(none.json.total).toBe(0);
  });

  it('updates with optimistic concurrency and keeps an audit trail with actor and reason', async () => {
    const party = (await node.call('GET', `/api/v1/registry/lookup?scheme=vn-mst&value=${mst(1)}`)).json
      .party;
    const ok = await node.call('PATCH', `/api/v1/registry/parties/${party.id}`, {
      headers,
      body: { nameLatin: 'Hoa Coffee', version: party.version, reason: 'trading name changed' },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.version).toBe(party.version + 1);
    const stale = await node.call('PATCH', `/api/v1/registry/parties/${party.id}`, {
      headers,
      body: { nameLatin: 'Stale', version: party.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
    const history = await node.call('GET', `/api/v1/registry/parties/${party.id}/history`, { headers });
    expect(history.json.events.map((e: { subject: string }) => e.subject)).toEqual([
      'registry.party.created',
      'registry.party.updated',
    ]);
    expect(history.json.events[1]).toMatchObject({
      reason: 'trading name changed',
      actor: expect.stringMatching(/^user:/),
    });
  });

  it('lets a merchant register and verify its own website, and no one else’s', async () => {
    const party = (await node.call('GET', `/api/v1/registry/lookup?scheme=vn-mst&value=${mst(1)}`)).json
      .party;
    const other = await create({
      kind: 'merchant',
      name: 'Other Shop',
      homeEconomy: 'VN',
      identifiers: [{ scheme: 'vn-mst', value: mst(5) }],
    });
    const key = await createApiKey(node.database.db, {
      name: 'merchant',
      role: 'merchant',
      partyId: party.id,
    });
    const auth = { authorization: `Bearer ${key.key}` };
    const mine = await node.call('POST', `/api/v1/registry/parties/${party.id}/websites`, {
      headers: auth,
      body: { domain: 'shop2.càphêhoa.vn' },
    });
    expect(mine.status).toBe(201);
    expect(mine.json.instructions.dns.name).toBe('_crosstrust.shop2.xn--cphhoa-ita6f.vn');
    const theirs = await node.call('POST', `/api/v1/registry/parties/${other.json.id}/websites`, {
      headers: auth,
      body: { domain: 'evil.vn' },
    });
    expect(theirs.status).toBe(403);
    const taken = await node.call('POST', `/api/v1/registry/parties/${other.json.id}/websites`, {
      headers,
      body: { domain: 'càphêhoa.vn' },
    });
    expect(taken.status).toBe(409);
    expect(taken.json.code).toBe('WEBSITE_TAKEN');
  });

  it('verifies website ownership over real HTTP against the site, and the public lookup shows it at once', async () => {
    const lookup = (await node.call('GET', '/api/v1/registry/lookup?domain=càphêhoa.vn')).json;
    expect(lookup.website.ownershipVerified).toBe(false);
    const website = (await node.call('GET', `/api/v1/registry/websites/${lookup.website.id}`, { headers }))
      .json;
    wellKnownBody = 'crosstrust-site-verification=wrong';
    const failed = await node.call('POST', `/api/v1/registry/websites/${website.id}/verify`, { headers });
    expect(failed.json.result.verified).toBe(false);
    wellKnownBody = `${website.instructions.http.content}\n`;
    const passed = await node.call('POST', `/api/v1/registry/websites/${website.id}/verify`, { headers });
    expect(passed.json.result.verified, JSON.stringify(passed.json)).toBe(true);
    expect(passed.json.website.ownershipVerified).toBe(true);
    const publicView = await node.call('GET', '/api/v1/registry/lookup?domain=càphêhoa.vn');
    expect(publicView.json.website).toMatchObject({ ownershipVerified: true, verificationMethod: 'http' });
  });
});
