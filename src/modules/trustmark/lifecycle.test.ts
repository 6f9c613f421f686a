import { describe, expect, it } from 'vitest';
import {
  type APPLICATION_STATES,
  FINAL_STATES,
  type ReviewedCriterion,
  transition,
  unmetMandatory,
} from './lifecycle.ts';

const criteria = (verdicts: Array<[string, 'mandatory' | 'recommended', ReviewedCriterion['verdict']]>) =>
  verdicts.map(([id, level, verdict]) => ({ id, level, verdict }));

describe('trustmark application lifecycle', () => {
  it('walks the happy path from application to certificate', () => {
    let state = 'submitted' as (typeof APPLICATION_STATES)[number];
    const all = criteria([
      ['A', 'mandatory', 'met'],
      ['B', 'mandatory', 'not_applicable'],
      ['C', 'recommended', 'not_met'],
    ]);
    for (const event of [
      { type: 'check_started' },
      { type: 'check_completed' },
      { type: 'approved', criteria: all },
      { type: 'certificate_issued' },
    ] as const) {
      const result = transition(state, event);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) state = result.state;
    }
    expect(state).toBe('certified');
  });

  it('refuses approval while a mandatory criterion is unmet or unassessed, naming them', () => {
    const result = transition('in_review', {
      type: 'approved',
      criteria: criteria([
        ['A', 'mandatory', 'met'],
        ['B', 'mandatory', 'not_met'],
        ['C', 'mandatory', 'pending'],
      ]),
    });
    expect(result).toEqual({
      ok: false,
      code: 'MANDATORY_CRITERIA_UNMET',
      message: 'Mandatory criteria not met: B, C',
    });
  });

  it('refuses a certificate without approval', () => {
    for (const state of ['submitted', 'in_review', 'gaps_reported'] as const) {
      expect(transition(state, { type: 'certificate_issued' })).toMatchObject({
        ok: false,
        code: 'APPROVAL_REQUIRED',
      });
    }
  });

  it('goes through a gap report and a resubmission before the deadline, and rejects after it', () => {
    const deadline = new Date('2026-12-01T00:00:00Z');
    expect(
      transition('in_review', {
        type: 'gaps_reported',
        criteria: criteria([['A', 'mandatory', 'met']]),
        deadline,
      }),
    ).toMatchObject({ ok: false, code: 'NO_GAPS' });
    expect(
      transition('in_review', {
        type: 'gaps_reported',
        criteria: criteria([['A', 'mandatory', 'not_met']]),
        deadline,
      }),
    ).toEqual({ ok: true, state: 'gaps_reported' });
    expect(
      transition('gaps_reported', { type: 'resubmitted', now: new Date('2026-11-30T00:00:00Z'), deadline }),
    ).toEqual({ ok: true, state: 'resubmitted' });
    expect(
      transition('gaps_reported', { type: 'resubmitted', now: new Date('2026-12-02T00:00:00Z'), deadline }),
    ).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(transition('gaps_reported', { type: 'deadline_passed' })).toEqual({ ok: true, state: 'rejected' });
    expect(transition('resubmitted', { type: 'check_started' })).toEqual({ ok: true, state: 'checking' });
  });

  it('suspends, reinstates, revokes and expires certificates, and reopens review for surveillance', () => {
    expect(transition('certified', { type: 'suspended' })).toEqual({ ok: true, state: 'suspended' });
    expect(transition('suspended', { type: 'reinstated' })).toEqual({ ok: true, state: 'certified' });
    expect(transition('suspended', { type: 'revoked' })).toEqual({ ok: true, state: 'revoked' });
    expect(transition('certified', { type: 'expired' })).toEqual({ ok: true, state: 'expired' });
    // A review leaves the certificate standing until the assessor decides.
    expect(transition('certified', { type: 'review_opened' })).toEqual({ ok: true, state: 'certified' });
    expect(transition('suspended', { type: 'review_closed' })).toEqual({ ok: true, state: 'suspended' });
    expect(transition('in_review', { type: 'review_opened' }).ok).toBe(false);
    expect(transition('certified', { type: 'superseded' })).toEqual({ ok: true, state: 'expired' });
    expect(transition('approved', { type: 'suspended' })).toMatchObject({
      ok: false,
      code: 'TRANSITION_INVALID',
    });
  });

  it('lets nothing leave a final state', () => {
    const events = [
      { type: 'check_started' },
      { type: 'reinstated' },
      { type: 'certificate_issued' },
      { type: 'withdrawn' },
      { type: 'review_opened' },
    ] as const;
    for (const state of FINAL_STATES)
      for (const event of events) expect(transition(state, event).ok).toBe(false);
  });

  it('counts only mandatory criteria as blocking', () => {
    expect(
      unmetMandatory(
        criteria([
          ['R', 'recommended', 'not_met'],
          ['M', 'mandatory', 'not_applicable'],
        ]),
      ),
    ).toEqual([]);
  });
});
