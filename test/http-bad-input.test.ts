import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

describe('bad input gets a clear problem and changes nothing', () => {
  let node: TestNode;
  let headers: Record<string, string>;
  const partyCount = async () =>
    (await node.call('GET', '/api/v1/registry/parties?limit=1')).json.total as number;

  beforeAll(async () => {
    node = await startTestNode({ config: { bodyLimitBytes: 64 * 1024 } });
    headers = await adminHeaders(node);
  });
  afterAll(() => node?.stop());

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const response = await node.call('POST', '/api/v1/registry/parties', {
      raw: '{"kind": "merchant",',
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.json.code).toBe('MALFORMED_JSON');
  });

  it('garbage bytes → 400, and the node keeps serving', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const response = await node.call('POST', '/api/v1/identifiers/validate', {
      raw: garbage,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect((await node.call('GET', '/healthz')).status).toBe(200);
  });

  it('unknown fields → 400 naming each field', async () => {
    const response = await node.call('POST', '/api/v1/registry/parties', {
      headers,
      body: {
        kind: 'merchant',
        name: 'X',
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: '0101243150', colour: 'red' }],
        admin: true,
      },
    });
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('VALIDATION_FAILED');
    const locations = response.json.errors.map((e: { location: string }) => e.location);
    expect(locations).toContain('body.admin');
    expect(locations).toContain('body.identifiers.0.colour');
    expect(await partyCount()).toBe(0);
  });

  it('oversized body → 413 BODY_TOO_LARGE', async () => {
    const response = await node.call('POST', '/api/v1/identifiers/validate', {
      body: { scheme: 'lei', value: 'x'.repeat(100_000) },
    });
    expect(response.status).toBe(413);
    expect(response.json.code).toBe('BODY_TOO_LARGE');
  });

  it('wrong content type → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const response = await node.call('POST', '/api/v1/identifiers/validate', {
      raw: 'scheme=lei',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
    expect(response.json.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('prototype-poisoning JSON is rejected', async () => {
    const response = await node.call('POST', '/api/v1/identifiers/validate', {
      raw: '{"scheme":"lei","value":"x","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
  });

  it('an invalid identifier among valid ones → 422 with its location, and nothing is written', async () => {
    const response = await node.call('POST', '/api/v1/registry/parties', {
      headers,
      body: {
        kind: 'merchant',
        name: 'Half Valid Co',
        homeEconomy: 'VN',
        identifiers: [
          { scheme: 'vn-mst', value: '0101243150' },
          { scheme: 'lei', value: '5493001KJTIIGC8Y1R13' },
        ],
        websites: ['half-valid.vn'],
      },
    });
    expect(response.status).toBe(422);
    expect(response.json.code).toBe('LEI_CHECKSUM');
    expect(response.json.errors[0].location).toBe('identifiers[1].value');
    expect(await partyCount()).toBe(0);
    expect((await node.call('GET', '/api/v1/registry/lookup?domain=half-valid.vn')).status).toBe(404);
  });

  it('a query string with a bad value → 400 naming the parameter', async () => {
    const response = await node.call('GET', '/api/v1/registry/parties?limit=100000');
    expect(response.status).toBe(400);
    expect(response.json.errors[0].location).toBe('querystring.limit');
  });
});
