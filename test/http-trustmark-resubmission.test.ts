import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { websites } from '../src/modules/registry/schema.ts';
import { generateExample } from '../src/standards/identifiers/index.ts';
import { adminHeaders, startTestNode, type TestNode } from './support/node.ts';

type Criterion = {
  id: string;
  verdict: string;
  assessedBy?: string;
  changedSinceReview?: { changes: string[]; previousVerdict: string };
};

describe('a resubmission keeps the assessor’s judgements on criteria whose evidence did not change', () => {
  let node: TestNode;
  let headers: Record<string, string>;
  let applicationId: string;
  const domain = 'hoa-sen-tea.vn';

  beforeAll(async () => {
    node = await startTestNode({
      config: { fetchAllowPrivate: false },
      websiteCheckFetch: { lookup: async () => ({ address: '127.0.0.1', family: 4 }) },
    });
    headers = await adminHeaders(node);
    const party = await node.call('POST', '/api/v1/registry/parties', {
      headers,
      body: {
        kind: 'merchant',
        name: 'Công ty TNHH Trà Hoa Sen',
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 377) }],
        websites: [domain],
      },
    });
    await node.database.db
      .update(websites)
      .set({ verifiedAt: new Date(), verificationMethod: 'dns' })
      .where(eq(websites.domain, domain));
    const applied = await node.call('POST', '/api/v1/trustmarks/applications', {
      headers,
      body: { partyId: party.json.id, domain, schemeId: 'vn-safeweb' },
    });
    applicationId = applied.json.id;
  });
  afterAll(() => node?.stop());

  const post = (path: string, body: object = {}) =>
    node.call('POST', `/api/v1/trustmarks/applications/${applicationId}${path}`, { headers, body });
  const criterion = (criteria: Criterion[], id: string) => criteria.find((c) => c.id === id)!;

  it('keeps "met" on automated and documentary criteria, and reopens only the one with a new document', async () => {
    const checked = await post('/check');
    expect(checked.json.state).toBe('in_review');
    const automated = (checked.json.criteria as Criterion[]).find((c) => c.assessedBy === 'automated-check')!;
    // The assessor overrides the automated verdict after looking at the site, and accepts two documents.
    const judged = [automated.id, 'VN-SW-1', 'VN-SW-2'];
    const reviewed = await post('/review', {
      verdicts: judged.map((criterionId) => ({ criterionId, verdict: 'met', note: 'seen by the assessor' })),
    });
    expect(reviewed.status, reviewed.text).toBe(200);
    expect((await post('/gaps', { deadlineDays: 14, reason: 'other policies missing' })).status).toBe(200);

    const upload = await node.call(
      'POST',
      `/api/v1/trustmarks/applications/${applicationId}/evidence?criterionId=VN-SW-2&filename=policy.txt`,
      { headers: { ...headers, 'content-type': 'text/plain' }, raw: 'Chính sách đổi trả mới: 30 ngày.' },
    );
    expect(upload.status, upload.text).toBe(201);

    const resubmitted = await post('/resubmit');
    expect(resubmitted.json.state).toBe('in_review');
    const criteria = resubmitted.json.criteria as Criterion[];
    // The same automated finding again: the person's judgement stands.
    expect(criterion(criteria, automated.id)).toMatchObject({ verdict: 'met' });
    expect(criterion(criteria, automated.id).assessedBy).not.toBe('automated-check');
    expect(criterion(criteria, automated.id).changedSinceReview).toBeUndefined();
    expect(criterion(criteria, 'VN-SW-1')).toMatchObject({ verdict: 'met' });
    // A new document for VN-SW-2: back to the assessor, who sees what it was.
    expect(criterion(criteria, 'VN-SW-2')).toMatchObject({
      verdict: 'pending',
      changedSinceReview: { changes: ['evidence'], previousVerdict: 'met' },
    });

    const again = await post('/review', { verdicts: [{ criterionId: 'VN-SW-2', verdict: 'met' }] });
    expect(criterion(again.json.criteria, 'VN-SW-2').changedSinceReview).toBeUndefined();
  });
});
