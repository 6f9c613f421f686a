import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestNode, type TestNode } from './support/node.ts';

/** The public complaint form under abuse: floods from one address, oversized and hostile bodies. */
describe('complaint filing under abuse', () => {
  let node: TestNode;
  const body = (i: number) => ({
    website: 'unknown-shop.example.vn',
    category: 'other',
    description: 'Flooding the form to see what happens.',
    desiredOutcome: 'apology',
    consumer: { email: `flood${i}@example.com`, name: 'F' },
  });

  beforeAll(async () => {
    node = await startTestNode({ config: { complaintFilingsPerIpPerHour: 2, jobsEnabled: false } });
  });
  afterAll(() => node?.stop());

  it('refuses a third filing from one address within the hour, saying when to come back', async () => {
    expect((await node.call('POST', '/api/v1/complaints', { body: body(1) })).status).toBe(201);
    expect((await node.call('POST', '/api/v1/complaints', { body: body(2) })).status).toBe(201);
    const third = await node.call('POST', '/api/v1/complaints', { body: body(3) });
    expect([third.status, third.json.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(3000);
  });

  it('refuses oversized and hostile bodies without writing anything', async () => {
    const huge = await node.call('POST', '/api/v1/complaints', {
      raw: JSON.stringify({ ...body(4), description: 'x'.repeat(2_000_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    const tooLong = await node.call('GET', `/api/v1/complaints/CT-2612-AAAAAAAA?token=${'a'.repeat(5_000)}`);
    expect(tooLong.status).toBe(400);
    const badNumber = await node.call('GET', '/api/v1/complaints/../../etc/passwd?token=x');
    expect([400, 404]).toContain(badNumber.status);
    const xml = await node.call('POST', '/api/v1/complaints', {
      raw: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbb">]><a>&b;</a>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
    const health = await node.call('GET', '/healthz');
    expect(health.status).toBe(200);
  });
});
