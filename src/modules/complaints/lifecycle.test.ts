import { describe, expect, it } from 'vitest';
import { type ComplaintEvent, transition } from './lifecycle.ts';
import { COMPLAINT_STATES, type ComplaintState } from './vocabulary.ts';

const walk = (events: ComplaintEvent[], start: ComplaintState = 'received') => {
  let state = start;
  const seen: unknown[] = [];
  for (const event of events) {
    const result = transition(state, event);
    if (!result.ok) throw new Error(`${event.type} refused in ${state}: ${result.code}`);
    state = result.state;
    seen.push(result);
  }
  return { state, seen };
};

describe('complaint lifecycle', () => {
  it('routes a confirmed complaint to the merchant, or to the foreign-operator queue', () => {
    expect(transition('received', { type: 'confirmed', routing: 'local' })).toEqual({
      ok: true,
      state: 'merchant_notified',
    });
    expect(transition('received', { type: 'confirmed', routing: 'foreign' })).toEqual({
      ok: true,
      state: 'awaiting_forwarding',
    });
    expect(walk([{ type: 'confirmed', routing: 'foreign' }, { type: 'forwarded' }]).state).toBe('forwarded');
  });

  it('goes from negotiation to an accepted settlement, then the compliance check closes it', () => {
    const { state, seen } = walk([
      { type: 'confirmed', routing: 'local' },
      { type: 'merchant_responded' },
      { type: 'settlement_accepted' },
      { type: 'compliance_confirmed', honoured: true },
    ]);
    expect(state).toBe('closed');
    expect(seen[2]).toMatchObject({ state: 'compliance_check', outcome: 'settled' });
  });

  it('sends a silent merchant’s case to mediation and flags it', () => {
    expect(transition('merchant_notified', { type: 'response_overdue' })).toEqual({
      ok: true,
      state: 'mediation',
      flagged: true,
    });
  });

  it('closes mediation with the mediator’s outcome, or unresolved and flagged when it runs past its target', () => {
    expect(transition('mediation', { type: 'outcome_decided', outcome: 'not_settled' })).toEqual({
      ok: true,
      state: 'closed',
      outcome: 'not_settled',
    });
    expect(transition('mediation', { type: 'outcome_decided', outcome: 'settled' })).toMatchObject({
      state: 'compliance_check',
      outcome: 'settled',
    });
    expect(transition('mediation', { type: 'mediation_overdue' })).toEqual({
      ok: true,
      state: 'closed',
      outcome: 'unresolved',
      flagged: true,
    });
  });

  it('flags a settlement that was not carried out', () => {
    expect(transition('compliance_check', { type: 'compliance_confirmed', honoured: false })).toEqual({
      ok: true,
      state: 'closed',
      flagged: true,
    });
  });

  it('refuses steps out of order with a stable code, and nothing leaves a closed or forwarded complaint', () => {
    expect(transition('received', { type: 'merchant_responded' })).toMatchObject({
      ok: false,
      code: 'TRANSITION_INVALID',
    });
    expect(transition('negotiation', { type: 'outcome_decided', outcome: 'settled' }).ok).toBe(false);
    const everything: ComplaintEvent[] = [
      { type: 'confirmed', routing: 'local' },
      { type: 'merchant_responded' },
      { type: 'mediation_requested' },
      { type: 'settlement_accepted' },
      { type: 'withdrawn' },
      { type: 'forwarded' },
      { type: 'compliance_overdue' },
    ];
    for (const state of ['closed', 'forwarded'] as const)
      for (const event of everything) expect(transition(state, event).ok).toBe(false);
  });

  it('lets the consumer withdraw at any open stage before an outcome', () => {
    for (const state of COMPLAINT_STATES) {
      const result = transition(state, { type: 'withdrawn' });
      expect(result.ok).toBe(
        ['received', 'awaiting_forwarding', 'merchant_notified', 'negotiation', 'mediation'].includes(state),
      );
    }
  });
});
