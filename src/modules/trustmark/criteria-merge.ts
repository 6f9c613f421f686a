import type { CriterionAssessment } from './schema.ts';

export const AUTOMATED_ASSESSOR = 'automated-check';

/** The automated check's finding for one criterion, as stored on the application. */
export type Finding = NonNullable<CriterionAssessment['finding']>;

const sameFinding = (a: Finding | undefined, b: Finding | undefined): boolean =>
  a?.outcome === b?.outcome && a?.evidence === b?.evidence && a?.url === b?.url;

const judgedByPerson = (c: CriterionAssessment): boolean =>
  c.assessedBy !== undefined && c.assessedBy !== AUTOMATED_ASSESSOR;

/**
 * Folds a new automated check (and the evidence uploaded since) into an application's criteria.
 *
 * An assessor's judgement stands until that criterion's own evidence changes: a resubmission that fixed one
 * policy page must not send the assessor back to re-judge twenty criteria they already accepted. Where the
 * evidence did change, the criterion returns to the check's verdict (or to pending, for documents), and
 * `changedSinceReview` tells the assessor what their earlier verdict was and what changed.
 */
export function mergeRecheck(
  criteria: CriterionAssessment[],
  findings: ReadonlyMap<string, { verdict: CriterionAssessment['verdict']; finding: Finding }>,
  /** Criteria with documentary evidence uploaded after their last judgement. */
  newEvidence: ReadonlySet<string>,
): CriterionAssessment[] {
  return criteria.map((c) => {
    const fresh = findings.get(c.id);
    const findingChanged = fresh !== undefined && !sameFinding(c.finding, fresh.finding);
    const evidenceChanged = newEvidence.has(c.id);
    if (!judgedByPerson(c)) {
      if (!fresh) return c;
      return { ...c, verdict: fresh.verdict, finding: fresh.finding, assessedBy: AUTOMATED_ASSESSOR };
    }
    if (!findingChanged && !evidenceChanged) return c;
    const changes: Array<'finding' | 'evidence'> = [];
    if (findingChanged) changes.push('finding');
    if (evidenceChanged) changes.push('evidence');
    const { assessedBy: _by, assessedAt: _at, evidenceSeen: _docs, ...rest } = c;
    return {
      ...rest,
      verdict: fresh?.verdict ?? 'pending',
      ...(fresh ? { finding: fresh.finding, assessedBy: AUTOMATED_ASSESSOR } : {}),
      changedSinceReview: {
        changes,
        previousVerdict: c.verdict,
        previousAssessedBy: c.assessedBy as string,
        ...(c.assessedAt ? { previousAssessedAt: c.assessedAt } : {}),
        ...(findingChanged && c.finding ? { previousFinding: c.finding } : {}),
      },
    };
  });
}
