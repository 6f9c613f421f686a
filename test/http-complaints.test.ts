import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { websites } from '../src/modules/registry/schema.ts';
import { createApiKey } from '../src/platform/auth/service.ts';
import { generateExample } from '../src/standards/identifiers/index.ts';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.ts';

const DAY = 86_400_000;

/**
 * Cross-border complaints over real HTTP, with mail through a real SMTP server on loopback and the node's clock
 * under the test's control: filing, confirmation, routing, negotiation, mediation, deadlines, statistics,
 * privacy, and the trustmark review that unanswered complaints open.
 */
describe('cross-border complaints', () => {
  let node: TestNode;
  let smtp: TestSmtpServer;
  let admin: Record<string, string>;
  let merchant: Record<string, string>;
  let mediator: Record<string, string>;
  let partyId: string;
  let ubin: string;
  // A Tuesday, 09:00 in Hanoi.
  let clock = new Date('2026-12-01T02:00:00Z');
  const domain = 'lua-viet-shop.vn';

  const filing = (overrides: Record<string, unknown> = {}) => ({
    website: `https://${domain}/products/ao-dai`,
    category: 'non_delivery',
    description: 'I paid for an áo dài on 2 November and it never arrived.',
    desiredOutcome: 'refund',
    consumer: { email: 'somchai@example.th', name: 'Somchai Jaidee', economy: 'TH' },
    orderReference: 'LV-88231',
    amount: '49.90',
    currency: 'USD',
    language: 'en',
    ...overrides,
  });
  const mailTo = (to: string, subject: RegExp) =>
    smtp.waitFor((m) => m.to.includes(to) && subject.test(m.subject ?? ''), 5_000);
  const deliver = async () => {
    await node.jobs.runDue();
  };
  const advance = (days: number) => {
    clock = new Date(clock.getTime() + days * DAY);
  };
  const fileAndConfirm = async (overrides: Record<string, unknown> = {}) => {
    const filed = await node.call('POST', '/api/v1/complaints', { body: filing(overrides) });
    expect(filed.status, filed.text).toBe(201);
    const email = (overrides.consumer as { email: string } | undefined)?.email ?? 'somchai@example.th';
    await deliver();
    const mail = await mailTo(email, new RegExp(filed.json.trackingNumber));
    const link = new URL(/https?:\/\/\S+/.exec(mail.text ?? '')![0]);
    const confirmed = await node.call(
      'POST',
      `/api/v1/complaints/${filed.json.trackingNumber}/confirm?token=${link.searchParams.get('token')}`,
      { body: { code: link.searchParams.get('confirm') } },
    );
    expect(confirmed.status, confirmed.text).toBe(200);
    return { ...filed.json, token: link.searchParams.get('token')!, view: confirmed.json };
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    node = await startTestNode({
      config: {
        jobsEnabled: false,
        smtpUrl: smtp.url,
        fetchAllowPrivate: false,
        complaintPolicy: {
          responseWorkingDays: 7,
          negotiationDays: 10,
          mediationWorkingDays: 30,
          complianceWorkingDays: 14,
          unconfirmedDays: 7,
          retentionDays: 730,
          reviewThreshold: 2,
          reviewWindowDays: 90,
          filingsPerEmailPerDay: 5,
        },
      },
      websiteCheckFetch: { lookup: async () => ({ address: '127.0.0.1', family: 4 }) },
      now: () => clock,
    });
    admin = await adminHeaders(node);
    const party = await node.call('POST', '/api/v1/registry/parties', {
      headers: admin,
      body: {
        kind: 'merchant',
        name: 'Công ty TNHH Lụa Việt',
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 501) }],
        websites: [domain],
        contacts: [{ type: 'email', value: 'cskh@lua-viet-shop.vn' }],
      },
    });
    partyId = party.json.id;
    ubin = party.json.ubin;
    await node.database.db
      .update(websites)
      .set({ verifiedAt: new Date(), verificationMethod: 'dns' })
      .where(eq(websites.domain, domain));
    const merchantKey = await createApiKey(node.database.db, { name: 'lua viet', role: 'merchant', partyId });
    merchant = { authorization: `Bearer ${merchantKey.key}` };
    const mediatorKey = await createApiKey(node.database.db, { name: 'mediator', role: 'mediator' });
    mediator = { authorization: `Bearer ${mediatorKey.key}` };
  });
  afterAll(async () => {
    await node?.stop();
    await smtp?.close();
  });

  it('refuses bad filings with the field named, and writes nothing', async () => {
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [{ category: 'rude' }, 400, 'VALIDATION_FAILED', 'body.category'],
      [{ website: undefined }, 400, 'FIELD_REQUIRED', 'website'],
      [{ amount: '49,90' }, 400, 'AMOUNT_FORMAT', 'amount'],
      [{ currency: 'XYZ' }, 400, 'CURRENCY_UNKNOWN', 'currency'],
      [{ website: undefined, merchant: 'urn:ubin:vn:mst:0000000000' }, 422, 'MERCHANT_UNKNOWN', 'merchant'],
      [{ consumer: { email: 'not-an-address', name: 'X' } }, 400, 'VALIDATION_FAILED', 'body.consumer.email'],
    ];
    for (const [overrides, status, code, location] of cases) {
      const response = await node.call('POST', '/api/v1/complaints', { body: filing(overrides) });
      expect([response.status, response.json.code], JSON.stringify(overrides)).toEqual([status, code]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(response.json)).toContain(location);
    }
    const garbage = await node.call('POST', '/api/v1/complaints', {
      raw: '\u0000\u00ff{{{',
      headers: { 'content-type': 'application/json' },
    });
    expect(garbage.status).toBe(400);
    expect((await node.call('GET', '/api/v1/complaint-cases', { headers: admin })).json.items).toEqual([]);
  });

  it('files without an account, answers at once, and only the private link opens the complaint', async () => {
    const filed = await node.call('POST', '/api/v1/complaints', { body: filing() });
    expect(filed.status, filed.text).toBe(201);
    expect(filed.json).toMatchObject({
      status: 'received',
      routedTo: { economy: 'VN', routing: 'local', operator: 'CrossTrust demo operator (Viet Nam)' },
    });
    expect(filed.json.trackingNumber).toMatch(/^CT-2612-[0-9A-Z]{8}$/);
    const url = new URL(filed.json.privateUrl);
    const token = url.searchParams.get('token');
    const tn = filed.json.trackingNumber;
    expect((await node.call('GET', `/api/v1/complaints/${tn}`)).status).toBe(404);
    expect((await node.call('GET', `/api/v1/complaints/${tn}?token=wrong`)).status).toBe(404);
    const mine = await node.call('GET', `/api/v1/complaints/${tn}?token=${token}`);
    expect(mine.json).toMatchObject({
      status: 'received',
      confirmed: false,
      consumer: { email: 'somchai@example.th', name: 'Somchai Jaidee' },
      merchant: { partyId, name: 'Công ty TNHH Lụa Việt' },
      amount: '49.90',
      currency: 'USD',
    });
    // Not confirmed: the merchant sees nothing yet.
    expect((await node.call('GET', '/api/v1/complaint-cases', { headers: merchant })).json.items).toEqual([]);
    // Unconfirmed complaints lapse.
    advance(8);
    await deliver();
    const lapsed = await node.call('GET', `/api/v1/complaints/${tn}?token=${token}`);
    expect(lapsed.json).toMatchObject({ status: 'closed', outcome: 'unconfirmed' });
  });

  it('goes from confirmation through negotiation to a settlement that was carried out', async () => {
    const complaint = await fileAndConfirm();
    const tn = complaint.trackingNumber;
    expect(complaint.view.status).toBe('merchant_notified');
    // Seven working days in Viet Nam, to the end of the local day.
    const filedAt = clock;
    expect(new Date(complaint.view.dueAt).getTime()).toBeGreaterThan(filedAt.getTime() + 8 * DAY);
    expect(complaint.view.dueAt.endsWith('T16:59:59.999Z')).toBe(true);
    await deliver();
    const notice = await mailTo('cskh@lua-viet-shop.vn', new RegExp(`New complaint ${tn}`));
    expect(notice.subject).toContain('Khiếu nại mới');
    expect(notice.text).toContain('Người tiêu dùng đã gửi khiếu nại');
    // Every mail to the consumer carries the private link, as the first did.
    const sent = await mailTo('somchai@example.th', new RegExp(`Complaint ${tn} sent to`));
    expect(sent.text).toContain(`/complaints/track/${tn}?token=${complaint.token}`);

    const cases = (await node.call('GET', '/api/v1/complaint-cases', { headers: merchant })).json.items;
    expect(cases.map((c: { trackingNumber: string }) => c.trackingNumber)).toContain(tn);
    const asMerchant = await node.call('GET', `/api/v1/complaint-cases/${complaint.view.id}`, {
      headers: merchant,
    });
    expect(asMerchant.json.consumer).toEqual({ name: 'Somchai Jaidee', economy: 'TH' });
    const stranger = await createApiKey(node.database.db, {
      name: 'other',
      role: 'merchant',
      partyId: '00000000-0000-7000-8000-000000000003',
    });
    const denied = await node.call('GET', `/api/v1/complaint-cases/${complaint.view.id}`, {
      headers: { authorization: `Bearer ${stranger.key}` },
    });
    expect(denied.status).toBe(404);

    const responded = await node.call('POST', `/api/v1/complaint-cases/${complaint.view.id}/messages`, {
      headers: merchant,
      body: { body: 'We are sorry: the parcel was lost. We can refund you.' },
    });
    expect(responded.json).toMatchObject({ status: 'negotiation', respondedOnTime: true });
    const offer = await node.call('POST', `/api/v1/complaint-cases/${complaint.view.id}/settlement`, {
      headers: merchant,
      body: { terms: 'Full refund of USD 49.90 within 5 days' },
    });
    expect(offer.json.settlement).toMatchObject({ proposedBy: 'merchant' });
    const premature = await node.call('POST', `/api/v1/complaints/${tn}/rating?token=${complaint.token}`, {
      body: { satisfaction: 5 },
    });
    expect([premature.status, premature.json.code]).toEqual([409, 'TRANSITION_INVALID']);

    const accepted = await node.call(
      'POST',
      `/api/v1/complaints/${tn}/accept-settlement?token=${complaint.token}`,
      {
        body: {},
      },
    );
    expect(accepted.json).toMatchObject({ status: 'compliance_check', outcome: 'settled' });
    advance(3);
    const done = await node.call('POST', `/api/v1/complaints/${tn}/compliance?token=${complaint.token}`, {
      body: { honoured: true },
    });
    expect(done.json).toMatchObject({ status: 'closed', outcome: 'settled', complianceHonoured: true });
    expect(
      (
        await node.call('POST', `/api/v1/complaints/${tn}/rating?token=${complaint.token}`, {
          body: { satisfaction: 5 },
        })
      ).json.satisfaction,
    ).toBe(5);
    const twice = await node.call('POST', `/api/v1/complaints/${tn}/rating?token=${complaint.token}`, {
      body: { satisfaction: 1 },
    });
    expect(twice.json.code).toBe('ALREADY_RATED');
    expect(done.json.timeline.map((e: { event: string }) => e.event)).toEqual([
      'received',
      'confirmed',
      'merchant_responded',
      'settlement_proposed',
      'settlement_accepted',
      'compliance_confirmed',
    ]);

    const stats = await node.call(
      'GET',
      `/api/v1/complaints/statistics?merchant=${encodeURIComponent(ubin)}`,
    );
    expect(stats.json).toMatchObject({
      received: 1,
      answered: 1,
      answerDue: 1,
      answeredOnTime: 1,
      resolved: 1,
      satisfaction: 5,
    });
    expect(stats.json.medianDaysToClose).toBeGreaterThan(2);
    expect(JSON.stringify(stats.json)).not.toContain('Somchai');
  });

  it('takes attachments by content and serves them only as downloads to the parties', async () => {
    const complaint = await fileAndConfirm({
      consumer: { email: 'linh@example.vn', name: 'Linh' },
      language: 'vi',
    });
    const tn = complaint.trackingNumber;
    const pdf = Buffer.from('%PDF-1.4\n% receipt\n%%EOF\n');
    const up = await node.call(
      'POST',
      `/api/v1/complaints/${tn}/attachments?token=${complaint.token}&filename=receipt.pdf`,
      {
        headers: { 'content-type': 'application/pdf' },
        raw: pdf,
      },
    );
    expect(up.status, up.text).toBe(201);
    const html = await node.call('POST', `/api/v1/complaints/${tn}/attachments?token=${complaint.token}`, {
      headers: { 'content-type': 'application/octet-stream' },
      raw: '<html><script>steal()</script></html>',
    });
    expect([html.status, html.json.code]).toEqual([415, 'ATTACHMENT_TYPE_UNSUPPORTED']);
    const download = await fetch(
      `${node.url}/api/v1/complaint-cases/${complaint.view.id}/attachments/${up.json.id}`,
      {
        headers: merchant,
      },
    );
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    // Vietnamese mail for a Vietnamese-speaking consumer.
    await deliver();
    const vi = await mailTo('linh@example.vn', /đã được gửi tới/);
    expect(vi.subject).toContain(tn);
    await node.call('POST', `/api/v1/complaints/${tn}/withdraw?token=${complaint.token}`, { body: {} });
  });

  it('sends a silent merchant’s complaints to mediation, and enough of them open a trustmark review', async () => {
    // Certify the merchant's website first.
    const applied = await node.call('POST', '/api/v1/trustmarks/applications', {
      headers: admin,
      body: { partyId, domain, schemeId: 'asean-coc' },
    });
    const appId = applied.json.id;
    const checked = await node.call('POST', `/api/v1/trustmarks/applications/${appId}/check`, {
      headers: admin,
      body: {},
    });
    const verdicts = checked.json.criteria.map((c: { id: string }) => ({
      criterionId: c.id,
      verdict: 'met',
    }));
    await node.call('POST', `/api/v1/trustmarks/applications/${appId}/review`, {
      headers: admin,
      body: { verdicts },
    });
    expect(
      (
        await node.call('POST', `/api/v1/trustmarks/applications/${appId}/approve`, {
          headers: admin,
          body: {},
        })
      ).json.state,
    ).toBe('certified');

    const first = await fileAndConfirm({ consumer: { email: 'a@example.my', name: 'Aisyah' } });
    const second = await fileAndConfirm({
      consumer: { email: 'b@example.ph', name: 'Bayani' },
      category: 'defective',
    });
    advance(12);
    await deliver();
    for (const c of [first, second]) {
      const view = await node.call('GET', `/api/v1/complaints/${c.trackingNumber}?token=${c.token}`);
      expect(view.json).toMatchObject({ status: 'mediation', flagged: true, respondedOnTime: false });
    }
    const inbox = await node.call('GET', '/api/v1/complaint-inbox', { headers: mediator });
    expect(inbox.json.items.some((n: { kind: string }) => n.kind === 'mediation')).toBe(true);

    // The threshold event travels the bus to the trustmark module, which opens the review through a job.
    let review = null;
    for (let i = 0; i < 50 && !review; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await deliver();
      review = (await node.call('GET', `/api/v1/trustmarks/applications/${appId}`, { headers: admin })).json
        .review;
    }
    expect(review).toMatchObject({ source: 'complaints' });
    expect(review.reason).toContain('unanswered');

    // A mediator takes one case and decides it.
    const assigned = await node.call('POST', `/api/v1/complaint-cases/${first.view.id}/assign`, {
      headers: mediator,
      body: {},
    });
    expect(assigned.json.mediator).toMatch(/^apikey:/);
    const merchantTries = await node.call('POST', `/api/v1/complaint-cases/${first.view.id}/outcome`, {
      headers: merchant,
      body: { outcome: 'settled', reason: 'we decide', terms: 'nothing' },
    });
    expect(merchantTries.status).toBe(403);
    const decided = await node.call('POST', `/api/v1/complaint-cases/${first.view.id}/outcome`, {
      headers: mediator,
      body: { outcome: 'not_settled', reason: 'The merchant never took part' },
    });
    expect(decided.json).toMatchObject({ status: 'closed', outcome: 'not_settled' });
    // The consumer sees the mediator by role, not by account.
    const consumerView = await node.call(
      'GET',
      `/api/v1/complaints/${first.trackingNumber}?token=${first.token}`,
    );
    expect(consumerView.json.timeline.at(-1)).toMatchObject({ event: 'outcome_decided', by: 'operator' });

    // Mediation past its target (30 working days, over Tết) closes the other one unresolved.
    advance(70);
    await deliver();
    const timedOut = await node.call(
      'GET',
      `/api/v1/complaints/${second.trackingNumber}?token=${second.token}`,
    );
    expect(timedOut.json).toMatchObject({ status: 'closed', outcome: 'unresolved', flagged: true });
  });

  it('routes a complaint about a shop in another economy to the foreign-operator queue', async () => {
    const complaint = await fileAndConfirm({
      website: 'gadgets.example.sg',
      consumer: { email: 'c@example.vn', name: 'Chi' },
    });
    expect(complaint.routedTo).toMatchObject({ economy: 'SG', routing: 'foreign' });
    expect(complaint.routedTo.operator).toContain('Singapore');
    expect(complaint.view.status).toBe('awaiting_forwarding');
    const queue = await node.call('GET', '/api/v1/complaint-cases?routing=foreign', { headers: mediator });
    expect(queue.json.items.map((c: { id: string }) => c.id)).toContain(complaint.view.id);
    const pack = await node.call('GET', `/api/v1/complaint-cases/${complaint.view.id}/forwarding-package`, {
      headers: mediator,
    });
    expect(pack.json).toMatchObject({ forwardTo: { economy: 'SG' }, consumer: { email: 'c@example.vn' } });
    const forwarded = await node.call('POST', `/api/v1/complaint-cases/${complaint.view.id}/forwarded`, {
      headers: mediator,
      body: { reference: 'CASE ref 2026/1187' },
    });
    expect(forwarded.json).toMatchObject({ status: 'forwarded', forwardingReference: 'CASE ref 2026/1187' });
  });

  it('exports the consumer’s data and erases it on request, keeping the statistics', async () => {
    const complaint = await fileAndConfirm({
      consumer: { email: 'erase-me@example.id', name: 'Dewi Lestari' },
    });
    const tn = complaint.trackingNumber;
    const exported = await node.call('GET', `/api/v1/complaints/${tn}/export?token=${complaint.token}`);
    expect(exported.json.complaint.consumer).toMatchObject({
      name: 'Dewi Lestari',
      email: 'erase-me@example.id',
    });
    const before = (await node.call('GET', `/api/v1/complaints/statistics?merchant=${partyId}`)).json
      .received;
    const erased = await node.call('POST', `/api/v1/complaints/${tn}/erasure?token=${complaint.token}`, {
      body: {},
    });
    expect(erased.json).toMatchObject({
      status: 'closed',
      outcome: 'withdrawn',
      consumer: null,
      description: '[erased]',
      personalDataErased: true,
    });
    expect(JSON.stringify(erased.json)).not.toContain('Dewi');
    // The mail sent in this case, kept as jobs, goes with it.
    const mails = (await node.call('GET', '/api/v1/jobs?kind=mail.send', { headers: admin })).json.items;
    expect(mails.length).toBeGreaterThan(0);
    expect(JSON.stringify(mails)).not.toContain('erase-me@example.id');
    expect((await node.call('GET', `/api/v1/complaints/statistics?merchant=${partyId}`)).json.received).toBe(
      before,
    );
  });

  it('erases closed complaints’ personal data when the retention period ends', async () => {
    advance(731);
    await deliver();
    const cases = (await node.call('GET', '/api/v1/complaint-cases?state=closed', { headers: mediator })).json
      .items;
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) {
      const view = await node.call('GET', `/api/v1/complaint-cases/${c.id}`, { headers: mediator });
      expect(view.json.personalDataErased, c.trackingNumber).toBe(true);
    }
  });

  it('limits how many complaints one e-mail address files in a day', async () => {
    const body = filing({ consumer: { email: 'flood@example.com', name: 'F' } });
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await node.call('POST', '/api/v1/complaints', { body })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
