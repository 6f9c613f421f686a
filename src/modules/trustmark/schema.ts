import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ApplicationState, ReviewedCriterion } from './lifecycle.ts';

/** One criterion of an application as assessed: the verdict, who gave it, and the automated finding behind it. */
export interface CriterionAssessment extends ReviewedCriterion {
  note?: string;
  /** The automated check's outcome and evidence, when the criterion has one. */
  finding?: { outcome: string; url: string; evidence: string; message: string };
  assessedBy?: string;
}

/**
 * A merchant's application for a trustmark on one website, assessed against one scheme version, and — once
 * approved — the certificate (a TrustmarkCredential) it led to.
 */
export const trustmarkApplications = pgTable(
  'trustmark_applications',
  {
    id: uuid('id').primaryKey(),
    partyId: uuid('party_id').notNull(),
    domain: text('domain').notNull(),
    schemeId: text('scheme_id').notNull(),
    schemeVersion: text('scheme_version').notNull(),
    state: text('state').$type<ApplicationState>().notNull(),
    criteria: jsonb('criteria').$type<CriterionAssessment[]>().notNull(),
    remediationDeadline: timestamp('remediation_deadline', { withTimezone: true }),
    /** The issued credential record (credentials module) once certified. */
    credentialRecordId: uuid('credential_record_id'),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trustmark_applications_domain_idx').on(t.domain, t.updatedAt),
    index('trustmark_applications_state_idx').on(t.state),
  ],
);
