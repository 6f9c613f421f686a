import { describe, expect, it } from 'vitest';
import { mergeRecheck } from './criteria-merge.ts';
import type { CriterionAssessment } from './schema.ts';

const finding = (evidence: string) => ({
  outcome: 'fail',
  url: 'https://shop.example/',
  evidence,
  message: 'm',
});

describe('folding a resubmission’s re-check into the criteria', () => {
  const judged: CriterionAssessment = {
    id: 'HTTPS',
    level: 'mandatory',
    verdict: 'met',
    finding: finding('no TLS'),
    assessedBy: 'user:assessor',
    assessedAt: '2026-11-01T00:00:00.000Z',
    evidenceSeen: [],
  };
  const automated: CriterionAssessment = {
    id: 'CONTACT',
    level: 'mandatory',
    verdict: 'not_met',
    finding: finding('no contact page'),
    assessedBy: 'automated-check',
  };

  it('keeps a person’s judgement when the check finds the same thing again', () => {
    const findings = new Map([['HTTPS', { verdict: 'not_met' as const, finding: finding('no TLS') }]]);
    expect(mergeRecheck([judged], findings, new Set())).toEqual([judged]);
  });

  it('reopens a judgement whose finding changed, saying what it was', () => {
    const findings = new Map([['HTTPS', { verdict: 'met' as const, finding: finding('TLS 1.3') }]]);
    const [merged] = mergeRecheck([judged], findings, new Set());
    expect(merged).toMatchObject({
      verdict: 'met',
      assessedBy: 'automated-check',
      finding: { evidence: 'TLS 1.3' },
      changedSinceReview: {
        changes: ['finding'],
        previousVerdict: 'met',
        previousAssessedBy: 'user:assessor',
        previousFinding: { evidence: 'no TLS' },
      },
    });
    expect(merged).not.toHaveProperty('assessedAt');
  });

  it('sends a documentary judgement back to pending when new documents arrived for it', () => {
    const doc: CriterionAssessment = {
      id: 'POLICY',
      level: 'mandatory',
      verdict: 'not_met',
      assessedBy: 'user:a',
      evidenceSeen: ['e1'],
    };
    const [merged] = mergeRecheck([doc], new Map(), new Set(['POLICY']));
    expect(merged).toMatchObject({
      verdict: 'pending',
      changedSinceReview: { changes: ['evidence'], previousVerdict: 'not_met' },
    });
  });

  it('lets the check update criteria no person judged', () => {
    const findings = new Map([
      ['CONTACT', { verdict: 'met' as const, finding: finding('contact page found') }],
    ]);
    expect(mergeRecheck([automated], findings, new Set())[0]).toMatchObject({
      verdict: 'met',
      finding: { evidence: 'contact page found' },
    });
    expect(mergeRecheck([automated], findings, new Set())[0]).not.toHaveProperty('changedSinceReview');
  });
});
