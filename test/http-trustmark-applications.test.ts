import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { websites } from '../src/modules/registry/schema.ts';
import { createApiKey } from '../src/platform/auth/service.ts';
import { generateExample } from '../src/standards/identifiers/index.ts';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

describe('trustmark applications from submission to certificate and seal status', () => {
  let node: TestNode;
  let headers: Record<string, string>;
  let partyId: string;
  let applicationId: string;
  const domain = 'sao-viet-shop.vn';

  beforeAll(async () => {
    // Every host resolves to loopback and private targets are refused: checks finish at once with errors.
    node = await startTestNode({
      config: { fetchAllowPrivate: false },
      websiteCheckFetch: { lookup: async () => ({ address: '127.0.0.1', family: 4 }) },
    });
    headers = await adminHeaders(node);
    const party = await node.call('POST', '/api/v1/registry/parties', {
      headers,
      body: {
        kind: 'merchant',
        name: 'Công ty TNHH Sao Việt',
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 321) }],
        websites: [domain],
      },
    });
    partyId = party.json.id;
  });
  afterAll(() => node?.stop());

  const post = (path: string, body: object = {}) =>
    node.call('POST', `/api/v1/trustmarks/applications${path}`, { headers, body });

  it('refuses an application before the website’s ownership is proven, then accepts it', async () => {
    const early = await post('', { partyId, domain, schemeId: 'vn-safeweb' });
    expect(early.status).toBe(422);
    expect(early.json.code).toBe('WEBSITE_NOT_VERIFIED');
    await node.database.db
      .update(websites)
      .set({ verifiedAt: new Date(), verificationMethod: 'dns' })
      .where(eq(websites.domain, domain));
    const applied = await post('', {
      partyId,
      domain: `https://${domain.toUpperCase()}/`,
      schemeId: 'vn-safeweb',
    });
    expect(applied.status, applied.text).toBe(201);
    expect(applied.json).toMatchObject({ state: 'submitted', scheme: { id: 'vn-safeweb', version: '1.0' } });
    applicationId = applied.json.id;
    expect((await post('', { partyId, domain, schemeId: 'vn-safeweb' })).json.code).toBe('APPLICATION_OPEN');
  });

  it('keeps other merchants out', async () => {
    const other = await createApiKey(node.database.db, {
      name: 'other merchant',
      role: 'merchant',
      partyId: '00000000-0000-7000-8000-000000000001',
    });
    const response = await node.call('POST', '/api/v1/trustmarks/applications', {
      headers: { authorization: `Bearer ${other.key}` },
      body: { partyId, domain, schemeId: 'wta' },
    });
    expect(response.status).toBe(403);
  });

  it('records the automated check per criterion and refuses approval while mandatory criteria are unmet', async () => {
    const checked = await post(`/${applicationId}/check`);
    expect(checked.status, checked.text).toBe(200);
    expect(checked.json.state).toBe('in_review');
    const https = checked.json.criteria.find((c: { finding?: { evidence: string } }) =>
      c.finding?.evidence.includes('FETCH_PRIVATE_ADDRESS'),
    );
    expect(https).toMatchObject({ verdict: 'not_met', assessedBy: 'automated-check' });
    const approve = await post(`/${applicationId}/approve`);
    expect(approve.status).toBe(409);
    expect(approve.json.code).toBe('MANDATORY_CRITERIA_UNMET');
    const certificate = await post(`/${applicationId}/certificate`, { action: 'suspend', reason: 'not yet' });
    expect(certificate.status).toBe(409);
  });

  it('goes through a gap report and resubmission, then approval issues a verifiable TrustmarkCredential', async () => {
    const gaps = await post(`/${applicationId}/gaps`, { deadlineDays: 14, reason: 'policies missing' });
    expect(gaps.json.state).toBe('gaps_reported');
    expect(gaps.json.remediationDeadline).not.toBeNull();
    const resubmitted = await post(`/${applicationId}/resubmit`);
    expect(resubmitted.json.state).toBe('in_review');

    const verdicts = resubmitted.json.criteria.map((c: { id: string }) => ({
      criterionId: c.id,
      verdict: 'met',
      note: 'checked by the assessor on site',
    }));
    expect(
      (await post(`/${applicationId}/review`, { verdicts: [{ criterionId: 'NOPE', verdict: 'met' }] })).json
        .code,
    ).toBe('CRITERION_UNKNOWN');
    expect((await post(`/${applicationId}/review`, { verdicts })).status).toBe(200);
    const approved = await post(`/${applicationId}/approve`, { reason: 'all criteria met' });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.json.state).toBe('certified');
    expect(approved.json.credentialRecordId).not.toBeNull();

    const status = await node.call(
      'GET',
      `/api/v1/trustmarks/status?domain=${encodeURIComponent(`HTTPS://${domain.toUpperCase()}/`)}`,
    );
    expect(status.json).toMatchObject({ domain, status: 'certified', scheme: 'vn-safeweb@1.0' });
    const credential = await node.call('GET', new URL(status.json.credentialUrl).pathname);
    expect(credential.json.type).toEqual(['VerifiableCredential', 'TrustmarkCredential']);
    expect(credential.json.credentialSubject).toMatchObject({
      website: domain,
      trustmarkScheme: 'vn-safeweb',
      trustmarkSchemeVersion: '1.0',
    });
    const verified = await node.call('POST', '/credentials/verify', {
      body: { verifiableCredential: credential.json },
    });
    expect(verified.status, verified.text).toBe(200);
    expect((await node.call('GET', '/api/v1/trustmarks/status?domain=unknown-shop.vn')).json.status).toBe(
      'none',
    );
  });

  it('revoking the certificate changes the seal status and the credential’s status at once', async () => {
    const revoked = await post(`/${applicationId}/certificate`, {
      action: 'revoke',
      reason: 'counterfeit goods confirmed',
    });
    expect(revoked.json.state).toBe('revoked');
    const status = await node.call('GET', `/api/v1/trustmarks/status?domain=${domain}`);
    expect(status.json.status).toBe('revoked');
    const credential = await node.call('GET', new URL(status.json.credentialUrl).pathname);
    const verified = await node.call('POST', '/credentials/verify', {
      body: { verifiableCredential: credential.json },
    });
    expect(verified.status).toBe(400);
    expect(verified.json.errors[0].code).toBe('STATUS_REVOKED');
    const history = await node.call('GET', `/api/v1/trustmarks/applications/${applicationId}`, { headers });
    expect(history.json.history.map((e: { subject: string }) => e.subject)).toEqual([
      'trustmark.application.submitted',
      'trustmark.application.check_started',
      'trustmark.application.check_completed',
      'trustmark.application.gaps_reported',
      'trustmark.application.resubmitted',
      'trustmark.application.check_started',
      'trustmark.application.check_completed',
      'trustmark.application.reviewed',
      'trustmark.application.approved',
      'trustmark.application.certificate_issued',
      'trustmark.application.revoked',
    ]);
  });
});
