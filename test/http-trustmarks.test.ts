import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

describe('trustmark schemes and website checks over HTTP', () => {
  let node: TestNode;
  beforeAll(async () => {
    // Outbound checks as in production: private and loopback targets are refused.
    node = await startTestNode({ config: { fetchAllowPrivate: false } });
  });
  afterAll(() => node?.stop());

  it('publishes the three built-in criteria schemes with Vietnamese texts', async () => {
    const { json } = await node.call('GET', '/api/v1/trustmarks/schemes');
    expect(json.schemes.map((s: { id: string }) => s.id).sort()).toEqual(['asean-coc', 'vn-safeweb', 'wta']);
    const safeweb = json.schemes.find((s: { id: string }) => s.id === 'vn-safeweb');
    expect(safeweb.criteria.length).toBeGreaterThan(10);
    expect(safeweb.criteria[0].text.vi).not.toBe(safeweb.criteria[0].text.en);
    expect(Object.keys(json.automatedChecks)).toContain('seal-embedded');
  });

  it('runs a website check for staff, refusing to fetch from the node’s own network', async () => {
    const headers = await adminHeaders(node);
    const response = await node.call('POST', '/api/v1/trustmarks/website-checks', {
      headers,
      body: { domain: 'localhost' },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.json.findings.length).toBeGreaterThan(0);
    expect(response.json.findings.every((f: { outcome: string }) => f.outcome === 'error')).toBe(true);
    expect(response.json.findings[0].evidence).toContain('FETCH_PRIVATE_ADDRESS');
  });
});
