/**
 * The life of a cross-border complaint as a pure state machine, after ISO 32122's ODR guidance (negotiation
 * first, then mediation by a neutral), the ASEAN complaint function (tracking number, 30 working days) and Viet
 * Nam's consumer law (the business starts negotiating within 7 working days). The service stores states,
 * deadlines and events; this file only decides what may happen next.
 */
import type { ComplaintOutcome, ComplaintState, MediationOutcome } from './vocabulary.ts';

export type ComplaintEvent =
  | { type: 'confirmed'; routing: 'local' | 'foreign' }
  | { type: 'merchant_responded' }
  | { type: 'response_overdue' }
  | { type: 'mediation_requested' }
  | { type: 'negotiation_overdue' }
  | { type: 'settlement_accepted' }
  | { type: 'outcome_decided'; outcome: MediationOutcome }
  | { type: 'mediation_overdue' }
  | { type: 'compliance_confirmed'; honoured: boolean }
  | { type: 'compliance_overdue' }
  | { type: 'withdrawn' }
  | { type: 'unconfirmed_expired' }
  | { type: 'forwarded' };

export type ComplaintTransition =
  | { ok: true; state: ComplaintState; outcome?: ComplaintOutcome; flagged?: boolean }
  | { ok: false; code: string; message: string };

/** States in which a complaint is still being worked on: the merchant's statistics count them as open. */
export const OPEN_STATES: ReadonlySet<ComplaintState> = new Set([
  'received',
  'awaiting_forwarding',
  'merchant_notified',
  'negotiation',
  'mediation',
  'compliance_check',
]);

/** Where the parties may write to each other. */
export const CONVERSATION_STATES: ReadonlySet<ComplaintState> = new Set([
  'merchant_notified',
  'negotiation',
  'mediation',
  'compliance_check',
]);

const refuse = (message: string, code = 'TRANSITION_INVALID'): ComplaintTransition => ({
  ok: false,
  code,
  message,
});

export function transition(state: ComplaintState, event: ComplaintEvent): ComplaintTransition {
  const from = (allowed: ComplaintState[], next: () => ComplaintTransition): ComplaintTransition =>
    allowed.includes(state)
      ? next()
      : refuse(
          `${event.type.replaceAll('_', ' ')} is not possible while the complaint is ${state.replaceAll('_', ' ')}`,
        );
  switch (event.type) {
    case 'confirmed':
      return from(['received'], () => ({
        ok: true,
        state: event.routing === 'local' ? 'merchant_notified' : 'awaiting_forwarding',
      }));
    case 'merchant_responded':
      return from(['merchant_notified'], () => ({ ok: true, state: 'negotiation' }));
    case 'response_overdue':
      // The merchant stayed silent: a mediator takes the case, and the silence counts against the merchant.
      return from(['merchant_notified'], () => ({ ok: true, state: 'mediation', flagged: true }));
    case 'mediation_requested':
    case 'negotiation_overdue':
      return from(['merchant_notified', 'negotiation'], () => ({ ok: true, state: 'mediation' }));
    case 'settlement_accepted':
      return from(['negotiation', 'mediation'], () => ({
        ok: true,
        state: 'compliance_check',
        outcome: 'settled',
      }));
    case 'outcome_decided':
      return from(['mediation'], () =>
        event.outcome === 'settled'
          ? { ok: true, state: 'compliance_check', outcome: 'settled' }
          : { ok: true, state: 'closed', outcome: event.outcome },
      );
    case 'mediation_overdue':
      return from(['mediation'], () => ({ ok: true, state: 'closed', outcome: 'unresolved', flagged: true }));
    case 'compliance_confirmed':
      return from(['compliance_check'], () => ({
        ok: true,
        state: 'closed',
        ...(event.honoured ? {} : { flagged: true }),
      }));
    case 'compliance_overdue':
      return from(['compliance_check'], () => ({ ok: true, state: 'closed' }));
    case 'withdrawn':
      return from(
        ['received', 'awaiting_forwarding', 'merchant_notified', 'negotiation', 'mediation'],
        () => ({
          ok: true,
          state: 'closed',
          outcome: 'withdrawn',
        }),
      );
    case 'unconfirmed_expired':
      return from(['received'], () => ({ ok: true, state: 'closed', outcome: 'unconfirmed' }));
    case 'forwarded':
      return from(['awaiting_forwarding'], () => ({ ok: true, state: 'forwarded', outcome: 'forwarded' }));
  }
}
