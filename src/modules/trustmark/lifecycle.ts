/**
 * The life of a trustmark application and its certificate, as a pure state machine: which event may happen in
 * which state, and the guards that keep the process honest (no approval while a mandatory criterion is unmet, no
 * certificate without approval, no resubmission after the remediation deadline). The service stores states and
 * writes each transition as an audited event; this file only decides.
 */

export const APPLICATION_STATES = [
  'submitted',
  'checking',
  'in_review',
  'gaps_reported',
  'resubmitted',
  'approved',
  'certified',
  'suspended',
  'revoked',
  'expired',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** A criterion's verdict in a review. */
export type CriterionVerdict = 'met' | 'not_met' | 'not_applicable' | 'pending';

export interface ReviewedCriterion {
  id: string;
  level: 'mandatory' | 'recommended';
  verdict: CriterionVerdict;
}

export type LifecycleEvent =
  | { type: 'check_started' }
  | { type: 'check_completed' }
  | { type: 'gaps_reported'; criteria: ReviewedCriterion[]; deadline: Date }
  | { type: 'resubmitted'; now: Date; deadline: Date }
  | { type: 'deadline_passed' }
  | { type: 'approved'; criteria: ReviewedCriterion[] }
  | { type: 'rejected' }
  | { type: 'certificate_issued' }
  | { type: 'suspended' }
  | { type: 'reinstated' }
  | { type: 'revoked' }
  | { type: 'expired' }
  | { type: 'review_opened' }
  | { type: 'review_closed' }
  | { type: 'superseded' }
  | { type: 'withdrawn' };

export type TransitionResult =
  | { ok: true; state: ApplicationState }
  | { ok: false; code: string; message: string };

/** States no event leaves: the application is over (a new one starts a new application). */
export const FINAL_STATES: ReadonlySet<ApplicationState> = new Set([
  'revoked',
  'expired',
  'rejected',
  'withdrawn',
]);

const EDGES: Record<LifecycleEvent['type'], Partial<Record<ApplicationState, ApplicationState>>> = {
  // A check that died half-way (the process stopped) can be started again.
  check_started: { submitted: 'checking', resubmitted: 'checking', checking: 'checking' },
  check_completed: { checking: 'in_review' },
  gaps_reported: { in_review: 'gaps_reported' },
  resubmitted: { gaps_reported: 'resubmitted' },
  deadline_passed: { gaps_reported: 'rejected' },
  approved: { in_review: 'approved' },
  rejected: { in_review: 'rejected' },
  certificate_issued: { approved: 'certified' },
  suspended: { certified: 'suspended' },
  reinstated: { suspended: 'certified' },
  revoked: { certified: 'revoked', suspended: 'revoked' },
  expired: { certified: 'expired', suspended: 'expired' },
  // Surveillance: a failing re-check, a scheme change or complaints put a certificate under review. The
  // certificate stands meanwhile (the seal still shows it); the review ends closed, or in suspension or revocation.
  review_opened: { certified: 'certified', suspended: 'suspended' },
  review_closed: { certified: 'certified', suspended: 'suspended' },
  // A renewal was certified: the certificate it renews ends early.
  superseded: { certified: 'expired', suspended: 'expired' },
  withdrawn: {
    submitted: 'withdrawn',
    checking: 'withdrawn',
    in_review: 'withdrawn',
    gaps_reported: 'withdrawn',
    resubmitted: 'withdrawn',
    approved: 'withdrawn',
  },
};

const refuse = (code: string, message: string): TransitionResult => ({ ok: false, code, message });

/** The mandatory criteria that stand in the way of approval: not met, or not yet assessed. */
export function unmetMandatory(criteria: ReviewedCriterion[]): string[] {
  return criteria
    .filter((c) => c.level === 'mandatory' && c.verdict !== 'met' && c.verdict !== 'not_applicable')
    .map((c) => c.id);
}

export function transition(state: ApplicationState, event: LifecycleEvent): TransitionResult {
  const next = EDGES[event.type][state];
  if (!next) {
    if (event.type === 'certificate_issued')
      return refuse(
        'APPROVAL_REQUIRED',
        `A certificate is issued only after approval; the application is ${state}`,
      );
    return refuse(
      'TRANSITION_INVALID',
      `${event.type.replaceAll('_', ' ')} is not possible while the application is ${state}`,
    );
  }
  switch (event.type) {
    case 'approved': {
      const unmet = unmetMandatory(event.criteria);
      if (unmet.length > 0)
        return refuse('MANDATORY_CRITERIA_UNMET', `Mandatory criteria not met: ${unmet.join(', ')}`);
      break;
    }
    case 'gaps_reported': {
      if (event.criteria.every((c) => c.verdict !== 'not_met')) {
        return refuse('NO_GAPS', 'A gap report needs at least one criterion that is not met');
      }
      break;
    }
    case 'resubmitted': {
      if (event.now.getTime() > event.deadline.getTime())
        return refuse('DEADLINE_PASSED', 'The remediation deadline has passed');
      break;
    }
  }
  return { ok: true, state: next };
}
