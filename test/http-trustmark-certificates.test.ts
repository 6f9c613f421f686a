import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { websites } from '../src/modules/registry/schema.ts';
import { createApiKey } from '../src/platform/auth/service.ts';
import { generateExample } from '../src/standards/identifiers/index.ts';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

const DAY = 86_400_000;

/**
 * The life of a certificate after approval, with the node's clock under the test's control: deadlines, reminders,
 * unannounced and scheme-change re-checks, reviews, evidence, renewal and expiry, and the public registry.
 */
describe('trustmark certificates over time', () => {
  let node: TestNode;
  let headers: Record<string, string>;
  let partyId: string;
  let clock = new Date('2026-12-01T09:00:00Z');
  const randoms = [0.25, 0.75];
  let certificateId: string;
  const domain = 'hoa-sen-store.vn';

  beforeAll(async () => {
    let n = 0;
    node = await startTestNode({
      config: { fetchAllowPrivate: false, jobsEnabled: false },
      // Every host resolves to loopback and private targets are refused: automated criteria fail at once.
      websiteCheckFetch: { lookup: async () => ({ address: '127.0.0.1', family: 4 }) },
      now: () => clock,
      random: () => randoms[n++ % randoms.length]!,
    });
    headers = await adminHeaders(node);
    const party = await node.call('POST', '/api/v1/registry/parties', {
      headers,
      body: {
        kind: 'merchant',
        name: 'Công ty Cổ phần Hoa Sen',
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 77) }],
        websites: [domain],
        contacts: [{ type: 'email', value: 'banhang@hoa-sen-store.vn' }],
      },
    });
    partyId = party.json.id;
    await node.database.db
      .update(websites)
      .set({ verifiedAt: new Date(), verificationMethod: 'dns' })
      .where(eq(websites.domain, domain));
  });
  afterAll(() => node?.stop());

  const post = (path: string, body: object = {}) =>
    node.call('POST', `/api/v1/trustmarks/applications${path}`, { headers, body });
  const advance = (days: number) => {
    clock = new Date(clock.getTime() + days * DAY);
  };
  const pendingJobs = async () =>
    (await node.call('GET', '/api/v1/jobs?state=pending', { headers })).json.items as Array<{
      kind: string;
      runAt: string;
      payload: { applicationId: string; purpose?: string };
    }>;
  const certify = async () => {
    const applied = await post('', { partyId, domain, schemeId: 'vn-safeweb' });
    expect(applied.status, applied.text).toBe(201);
    const id = applied.json.id as string;
    const checked = await post(`/${id}/check`);
    const verdicts = checked.json.criteria.map((c: { id: string }) => ({
      criterionId: c.id,
      verdict: 'met',
    }));
    await post(`/${id}/review`, { verdicts });
    const approved = await post(`/${id}/approve`);
    expect(approved.json.state, approved.text).toBe('certified');
    return approved.json;
  };

  it('rejects an application whose remediation deadline passes, through a job that survives restarts', async () => {
    const applied = await post('', { partyId, domain, schemeId: 'vn-safeweb' });
    const id = applied.json.id;
    await post(`/${id}/check`);
    const gaps = await post(`/${id}/gaps`, { deadlineDays: 14, reason: 'no privacy policy' });
    expect(gaps.json.state).toBe('gaps_reported');
    const [deadline] = (await pendingJobs()).filter((j) => j.kind === 'trustmark.remediation-deadline');
    expect(deadline).toMatchObject({ payload: { applicationId: id }, runAt: gaps.json.remediationDeadline });

    advance(13);
    expect(await node.jobs.runDue()).toBe(0);
    advance(2);
    expect(await node.jobs.runDue()).toBe(1);
    const after = await node.call('GET', `/api/v1/trustmarks/applications/${id}`, { headers });
    expect(after.json.state).toBe('rejected');
    expect(after.json.history.at(-1)).toMatchObject({
      subject: 'trustmark.application.deadline_passed',
      actor: 'system:jobs',
    });
    expect(after.json.checks).toHaveLength(1);
    expect(after.json.checks[0]).toMatchObject({ purpose: 'application', domain });
    expect(after.json.checks[0].failedMandatory.length).toBeGreaterThan(0);
  });

  it('takes evidence by its content, refuses what is not a document, and serves it only as a download', async () => {
    const applied = await post('', { partyId, domain, schemeId: 'vn-safeweb' });
    certificateId = applied.json.id;
    const upload = (body: Buffer, type: string, query = '') =>
      node.call('POST', `/api/v1/trustmarks/applications/${certificateId}/evidence${query}`, {
        headers: { ...headers, 'content-type': type },
        raw: body,
      });
    const pdf = Buffer.from('%PDF-1.4\n% Giấy chứng nhận đăng ký doanh nghiệp\n%%EOF\n');
    const ok = await upload(pdf, 'application/pdf', '?criterionId=VN-SW-1&filename=giay%20phep.pdf');
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json).toMatchObject({
      mediaType: 'application/pdf',
      filename: 'giay phep.pdf',
      sizeBytes: pdf.length,
    });

    const html = await upload(
      Buffer.from('<html><script>alert(1)</script></html>'),
      'application/octet-stream',
    );
    expect([html.status, html.json.code]).toEqual([415, 'EVIDENCE_TYPE_UNSUPPORTED']);
    const text = await upload(Buffer.from('Giấy phép kinh doanh số 0101243150'), 'text/plain; charset=utf-8');
    expect([text.status, text.json.mediaType]).toEqual([201, 'text/plain']);
    const lying = await upload(Buffer.from('just some text'), 'image/png');
    expect([lying.status, lying.json.code]).toEqual([415, 'EVIDENCE_TYPE_MISMATCH']);
    const huge = await upload(
      Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(6 * 1024 * 1024)]),
      'application/pdf',
    );
    expect(huge.status).toBe(413);
    const json = await node.call('POST', `/api/v1/trustmarks/applications/${certificateId}/evidence`, {
      headers,
      body: { file: 'x' },
    });
    expect(json.status).toBe(415);
    const unknown = await upload(pdf, 'application/pdf', '?criterionId=NOPE');
    expect(unknown.json.code).toBe('CRITERION_UNKNOWN');

    const detail = await node.call('GET', `/api/v1/trustmarks/applications/${certificateId}`, { headers });
    expect(detail.json.evidence).toHaveLength(2);
    const download = await fetch(
      `${node.url}/api/v1/trustmarks/applications/${certificateId}/evidence/${ok.json.id}`,
      { headers },
    );
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="giay phep.pdf"/);
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const stranger = await createApiKey(node.database.db, {
      name: 'other merchant',
      role: 'merchant',
      partyId: '00000000-0000-7000-8000-000000000002',
    });
    const denied = await fetch(
      `${node.url}/api/v1/trustmarks/applications/${certificateId}/evidence/${ok.json.id}`,
      { headers: { authorization: `Bearer ${stranger.key}` } },
    );
    expect(denied.status).toBe(403);
    await post(`/${certificateId}/withdraw`, { reason: 'starting over' });
    const late = await upload(pdf, 'application/pdf');
    expect(late.json.code).toBe('TRANSITION_INVALID');
  });

  it('schedules the renewal reminder, expiry and unannounced re-checks when it certifies', async () => {
    const certified = await certify();
    certificateId = certified.id;
    expect(new Date(certified.validUntil).getTime() - clock.getTime()).toBe(365 * DAY);
    expect(new Date(certified.validUntil).getTime() - new Date(certified.renewableFrom).getTime()).toBe(
      60 * DAY,
    );
    const jobs = (await pendingJobs()).filter((j) => j.payload.applicationId === certificateId);
    const at = (kind: string) =>
      jobs.filter((j) => j.kind === kind).map((j) => (new Date(j.runAt).getTime() - clock.getTime()) / DAY);
    expect(at('trustmark.renewal-reminder')).toEqual([305]);
    expect(at('trustmark.certificate-expiry')).toEqual([365]);
    // Two a year, at 10% + 80% × random of the validity.
    expect(at('trustmark.recheck').sort((a, b) => a - b)).toEqual([109.5, 255.5]);
  });

  it('publishes a new scheme version only when it is valid and newer, and re-checks certificates against it', async () => {
    const { schemes } = (await node.call('GET', '/api/v1/trustmarks/schemes')).json;
    const current = schemes.find((s: { id: string }) => s.id === 'vn-safeweb');
    const { origin: _origin, ...definition } = current;

    const invalid = await node.call('POST', '/api/v1/trustmarks/schemes', {
      headers,
      body: { ...definition, version: '1.1', criteria: [{ ...definition.criteria[0], level: 'sometimes' }] },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.errors[0].location).toBe('criteria[0].level');
    const same = await node.call('POST', '/api/v1/trustmarks/schemes', { headers, body: definition });
    expect([same.status, same.json.code]).toEqual([409, 'SCHEME_VERSION_NOT_NEWER']);

    const published = await node.call('POST', '/api/v1/trustmarks/schemes', {
      headers,
      body: { ...definition, version: '1.1' },
    });
    expect(published.status, published.text).toBe(201);
    expect(published.json).toMatchObject({ id: 'vn-safeweb', version: '1.1', origin: 'operator' });
    const listed = (await node.call('GET', '/api/v1/trustmarks/schemes')).json.schemes;
    expect(
      listed.filter((s: { id: string }) => s.id === 'vn-safeweb').map((s: { version: string }) => s.version),
    ).toEqual(['1.0', '1.1']);

    const recheck = (await pendingJobs()).find((j) => j.payload.purpose === 'scheme_change');
    expect(recheck?.payload.applicationId).toBe(certificateId);
    expect(await node.jobs.runDue()).toBe(1);
    const detail = await node.call('GET', `/api/v1/trustmarks/applications/${certificateId}`, { headers });
    expect(detail.json.state).toBe('certified');
    expect(detail.json.review).toMatchObject({ source: 'scheme_change' });
    expect(detail.json.review.reason).toContain('vn-safeweb@1.1');
    expect(detail.json.checks[0]).toMatchObject({ purpose: 'scheme_change', scheme: { version: '1.1' } });
    // Under review the certificate stands: the seal still says certified.
    expect((await node.call('GET', `/api/v1/trustmarks/status?domain=${domain}`)).json.status).toBe(
      'certified',
    );

    const closed = await post(`/${certificateId}/certificate-review`, {
      action: 'close',
      reason: 'fixed, verified by phone',
    });
    expect(closed.json.review).toBeNull();
    const again = await post(`/${certificateId}/certificate-review`, { action: 'close', reason: 'twice' });
    expect(again.json.code).toBe('REVIEW_NOT_OPEN');
  });

  it('shows certified sites in the public registry and a verification page for the seal', async () => {
    const found = await node.call('GET', '/api/v1/trustmarks/registry?q=hoa%20sen&economy=vn');
    expect(found.json.total).toBe(1);
    expect(found.json.items[0]).toMatchObject({
      domain,
      status: 'certified',
      party: { name: 'Công ty Cổ phần Hoa Sen', homeEconomy: 'VN' },
      scheme: { id: 'vn-safeweb', version: '1.0', title: { en: expect.any(String) } },
    });
    expect((await node.call('GET', '/api/v1/trustmarks/registry?economy=TH')).json.total).toBe(0);
    expect((await node.call('GET', `/api/v1/trustmarks/registry?q=${domain}`)).json.total).toBe(1);

    const view = await node.call('GET', `/api/v1/trustmarks/certificate?domain=${domain.toUpperCase()}`);
    expect(view.status, view.text).toBe(200);
    expect(view.json).toMatchObject({ domain, status: 'certified', applicationId: certificateId });
    expect(view.json.party.identifiers[0].scheme).toBe('vn-mst');
    expect(view.json.criteriaMet.length).toBeGreaterThan(10);
    expect(view.json.criteriaMet[0].text.vi).toBeTruthy();
    expect(view.json.statusHistory.map((h: { event: string }) => h.event)).toEqual(['certified']);
    const credential = await node.call('GET', new URL(view.json.credentialUrl).pathname);
    expect(credential.status).toBe(200);
    expect((await node.call('GET', '/api/v1/trustmarks/certificate?domain=unknown-shop.vn')).status).toBe(
      404,
    );
  });

  it('an unannounced re-check that fails opens a review; suspension ends it', async () => {
    advance(110);
    expect(await node.jobs.runDue()).toBe(1);
    const detail = await node.call('GET', `/api/v1/trustmarks/applications/${certificateId}`, { headers });
    expect(detail.json.review).toMatchObject({ source: 'surveillance' });
    expect(detail.json.checks[0].purpose).toBe('surveillance');
    const queue = await node.call(
      'GET',
      '/api/v1/trustmarks/applications?state=submitted,in_review&review=open',
      {
        headers,
      },
    );
    expect(queue.json.items.map((a: { id: string }) => a.id)).toContain(certificateId);
    const badQueue = await node.call('GET', '/api/v1/trustmarks/applications?state=in_review,dreaming', {
      headers,
    });
    expect([badQueue.status, badQueue.json.code]).toEqual([400, 'FIELD_INVALID']);
    const suspended = await post(`/${certificateId}/certificate`, {
      action: 'suspend',
      reason: 'policies removed; merchant says the web agency broke the site',
      publicReason: 'The shop’s return policy is missing',
    });
    expect(suspended.json).toMatchObject({ state: 'suspended', review: null });
    expect((await node.call('GET', `/api/v1/trustmarks/status?domain=${domain}`)).json.status).toBe(
      'suspended',
    );
    const registry = await node.call('GET', `/api/v1/trustmarks/registry?q=${domain}`);
    expect(registry.json.items[0].status).toBe('suspended');
    // The public sees what the operator chose to publish, never the reason for the record.
    const view = await node.call('GET', `/api/v1/trustmarks/certificate?domain=${domain}`);
    expect(view.json.statusHistory.at(-1)).toEqual({
      at: expect.any(String),
      event: 'suspended',
      reason: 'The shop’s return policy is missing',
    });
    expect(JSON.stringify(view.json)).not.toContain('web agency');
    await post(`/${certificateId}/certificate`, { action: 'reinstate', reason: 'policies restored' });
  });

  it('reminds, renews in the window, and the renewal supersedes the old certificate', async () => {
    const early = await post(`/${certificateId}/renew`);
    expect([early.status, early.json.code]).toEqual([409, 'RENEWAL_TOO_EARLY']);
    advance(200); // day 310: the second re-check (255.5) and the reminder (305) are due, and the reminder mails
    expect(await node.jobs.runDue()).toBe(3);
    const mails = (await node.call('GET', '/api/v1/jobs?kind=mail.send', { headers })).json.items;
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ state: 'done', payload: { to: 'banhang@hoa-sen-store.vn' } });
    expect(mails[0].payload.subject).toContain('Gia hạn nhãn tín nhiệm');
    const history = (await node.call('GET', `/api/v1/trustmarks/applications/${certificateId}`, { headers }))
      .json.history;
    expect(history.map((e: { subject: string }) => e.subject)).toContain('trustmark.certificate.renewal_due');

    const renewal = await post(`/${certificateId}/renew`);
    expect(renewal.status, renewal.text).toBe(201);
    expect(renewal.json).toMatchObject({ renewalOf: certificateId, scheme: { version: '1.1' } });
    const id = renewal.json.id;
    const checked = await post(`/${id}/check`);
    const verdicts = checked.json.criteria.map((c: { id: string }) => ({
      criterionId: c.id,
      verdict: 'met',
    }));
    await post(`/${id}/review`, { verdicts });
    expect((await post(`/${id}/approve`)).json.state).toBe('certified');

    const old = await node.call('GET', `/api/v1/trustmarks/applications/${certificateId}`, { headers });
    expect(old.json.state).toBe('expired');
    expect(old.json.history.at(-1)).toMatchObject({ subject: 'trustmark.application.superseded' });
    const pending = (await pendingJobs()).filter((j) => j.payload.applicationId === certificateId);
    expect(pending).toEqual([]);
    const status = (await node.call('GET', `/api/v1/trustmarks/status?domain=${domain}`)).json;
    expect(status.status).toBe('certified');
    expect(status.scheme).toBe('vn-safeweb@1.1');
    certificateId = id;
  });

  it('expires a certificate when its validity ends', async () => {
    advance(366);
    await node.jobs.runDue();
    const status = (await node.call('GET', `/api/v1/trustmarks/status?domain=${domain}`)).json;
    expect(status.status).toBe('expired');
    const detail = await node.call('GET', `/api/v1/trustmarks/applications/${certificateId}`, { headers });
    expect(detail.json.state).toBe('expired');
    expect((await node.call('GET', '/api/v1/trustmarks/registry')).json.total).toBe(0);
  });
});
