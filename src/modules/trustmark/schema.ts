import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ApplicationState, ReviewedCriterion } from './lifecycle.ts';

/** One criterion of an application as assessed: the verdict, who gave it, and the automated finding behind it. */
export interface CriterionAssessment extends ReviewedCriterion {
  note?: string;
  /** The automated check's outcome and evidence, when the criterion has one. */
  finding?: { outcome: string; url: string; evidence: string; message: string };
  assessedBy?: string;
  /** When a person last judged it (ISO 8601). */
  assessedAt?: string;
  /** The documents (evidence ids) for this criterion the person had when they judged it. */
  evidenceSeen?: string[];
  /** Set when a resubmission changed this criterion's evidence after a person judged it; cleared by review. */
  changedSinceReview?: {
    changes: Array<'finding' | 'evidence'>;
    previousVerdict: ReviewedCriterion['verdict'];
    previousAssessedBy: string;
    previousAssessedAt?: string;
    previousFinding?: { outcome: string; url: string; evidence: string; message: string };
  };
}

/** Why a certificate is under review and what started it; the assessor closes it, suspends or revokes. */
export interface CertificateReview {
  openedAt: string;
  source: 'surveillance' | 'scheme_change' | 'complaints' | 'assessor';
  reason: string;
  /** The re-check that opened it, when one did. */
  checkId?: string;
  /** Mandatory criteria the re-check found unmet. */
  failedCriteria?: string[];
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
    /** The certificate this application renews, when it is a renewal. */
    renewalOf: uuid('renewal_of'),
    /** An open review of a certificate (surveillance re-check, scheme change, complaints); null when none. */
    review: jsonb('review').$type<CertificateReview>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trustmark_applications_domain_idx').on(t.domain, t.updatedAt),
    index('trustmark_applications_state_idx').on(t.state),
  ],
);

export const CHECK_PURPOSES = ['application', 'resubmission', 'surveillance', 'scheme_change'] as const;
export type CheckPurpose = (typeof CHECK_PURPOSES)[number];

/** Every automated website check run for an application or certificate, with its findings and pages. */
export const trustmarkChecks = pgTable(
  'trustmark_checks',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').notNull(),
    domain: text('domain').notNull(),
    purpose: text('purpose').$type<CheckPurpose>().notNull(),
    schemeId: text('scheme_id').notNull(),
    schemeVersion: text('scheme_version').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
    findings: jsonb('findings').notNull(),
    pages: jsonb('pages').notNull(),
    /** Mandatory automated criteria of the scheme version that the site failed. */
    failedMandatory: jsonb('failed_mandatory').$type<string[]>().notNull(),
  },
  (t) => [index('trustmark_checks_application_idx').on(t.applicationId, t.startedAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Documentary evidence a merchant uploads for a criterion. Kept in the database (not on a disk under the web
 * root), so every node process sees it, it is backed up with the rest, and it is never served as a page.
 */
export const trustmarkEvidence = pgTable(
  'trustmark_evidence',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').notNull(),
    criterionId: text('criterion_id'),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trustmark_evidence_application_idx').on(t.applicationId, t.createdAt)],
);

/** Scheme versions an operator added through the API; the built-in ones live in code. Never updated. */
export const trustmarkSchemes = pgTable(
  'trustmark_schemes',
  {
    schemeId: text('scheme_id').notNull(),
    version: text('version').notNull(),
    definition: jsonb('definition').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.version] })],
);
