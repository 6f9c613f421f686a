import { and, desc, eq, inArray, isNotNull, ne, notInArray, or } from 'drizzle-orm';
import { appendEvent, type EventEnvelope, eventsFor } from '../../platform/bus/index.ts';
import { TtlCache } from '../../platform/cache.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { conflict, DomainError, notFound } from '../../platform/errors.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { cancelJobs, cancelJobsWithPrefix, scheduleJob } from '../../platform/jobs/index.ts';
import { enqueueNotice } from '../../platform/mail/index.ts';
import { normalizeDomain } from '../../standards/identifiers/index.ts';
import type { CredentialsModule } from '../credentials/index.ts';
import { CREDENTIAL_SCHEMAS, CROSSTRUST_CONTEXT_URL } from '../credentials/vocabulary.ts';
import type { RegistryService } from '../registry/service.ts';
import { automatedChecksOf, CheckRecords, type RecordedCheck } from './check-records.ts';
import type { WebsiteCheckResult } from './checker/crawl.ts';
import { type Finding, mergeRecheck } from './criteria-merge.ts';
import {
  type ApplicationState,
  type CriterionVerdict,
  FINAL_STATES,
  type LifecycleEvent,
  transition,
} from './lifecycle.ts';
import { renewalReminderMail } from './messages.ts';

export type { RecordedCheck };

import {
  type CertificateReview,
  type CheckPurpose,
  type CriterionAssessment,
  trustmarkApplications,
  trustmarkEvidence,
} from './schema.ts';
import type { SchemeCatalogue } from './scheme-catalogue.ts';
import type { SchemeDefinition } from './schemes/index.ts';

type Row = typeof trustmarkApplications.$inferSelect;

export interface TrustmarkApplication {
  id: string;
  partyId: string;
  domain: string;
  scheme: { id: string; version: string };
  state: ApplicationState;
  criteria: CriterionAssessment[];
  remediationDeadline: string | null;
  credentialRecordId: string | null;
  validUntil: string | null;
  renewalOf: string | null;
  /** When a certified site may renew (the renewal window opens); null when it is not certified. */
  renewableFrom: string | null;
  review: CertificateReview | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type SealStatus = 'certified' | 'suspended' | 'revoked' | 'expired' | 'none';

export interface DomainStatus {
  domain: string;
  status: SealStatus;
  scheme: string | null;
  validUntil: string | null;
  credentialUrl: string | null;
}

const toApplication = (row: Row, renewalWindowDays: number): TrustmarkApplication => ({
  id: row.id,
  partyId: row.partyId,
  domain: row.domain,
  scheme: { id: row.schemeId, version: row.schemeVersion },
  state: row.state,
  criteria: row.criteria,
  remediationDeadline: row.remediationDeadline?.toISOString() ?? null,
  credentialRecordId: row.credentialRecordId,
  validUntil: row.validUntil?.toISOString() ?? null,
  renewalOf: row.renewalOf,
  renewableFrom:
    row.state === 'certified' && row.validUntil
      ? new Date(row.validUntil.getTime() - renewalWindowDays * 86_400_000).toISOString()
      : null,
  review: row.review ?? null,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** What the automated check says about a criterion; the assessor's review has the last word. */
const VERDICT_OF: Record<string, CriterionVerdict> = {
  pass: 'met',
  fail: 'not_met',
  error: 'not_met',
  not_applicable: 'pending',
};

/** How certificates live: validity, renewal and surveillance, set by the operator. */
export interface CertificatePolicy {
  /** How long a certificate is valid (default one year). */
  validityDays: number;
  /** How long before expiry the merchant is reminded to renew, and may renew. */
  renewalWindowDays: number;
  /** Random unannounced re-checks of the website during a certificate's validity. */
  surveillanceChecksPerYear: number;
}

export const DEFAULT_CERTIFICATE_POLICY: CertificatePolicy = {
  validityDays: 365,
  renewalWindowDays: 60,
  surveillanceChecksPerYear: 2,
};

/** Job kinds the trustmark module schedules; the node's job runner calls back into this service for each. */
export const TRUSTMARK_JOBS = {
  remediationDeadline: 'trustmark.remediation-deadline',
  renewalReminder: 'trustmark.renewal-reminder',
  expiry: 'trustmark.certificate-expiry',
  recheck: 'trustmark.recheck',
} as const;

const DAY = 86_400_000;

export interface TrustmarkServiceDeps {
  db: Db;
  registry: RegistryService;
  credentials: CredentialsModule;
  catalogue: SchemeCatalogue;
  publicUrl: string;
  /** The automated website check, wired once by the node (fetch options, registry, public URL). */
  runCheck: (domain: string) => Promise<WebsiteCheckResult & { partyId: string | null }>;
  policy?: Partial<CertificatePolicy>;
  now?: () => Date;
  /** For the dates of unannounced re-checks; tests pass a fixed sequence. */
  random?: () => number;
}

/**
 * Trustmark applications from submission to certificate: each step goes through the lifecycle's guards, is
 * written with an audited event, and a certificate is a TrustmarkCredential whose status list the seal reads.
 */
export class TrustmarkService {
  private readonly now: () => Date;
  private readonly random: () => number;
  readonly policy: CertificatePolicy;
  /** The seal's answers, by domain; cleared by every change this process makes. */
  private readonly statuses = new TtlCache<string, DomainStatus>(5_000, 10_000);
  private readonly changeListeners: Array<() => void> = [];
  private readonly checkRecords: CheckRecords;

  constructor(private readonly deps: TrustmarkServiceDeps) {
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
    this.policy = { ...DEFAULT_CERTIFICATE_POLICY, ...deps.policy };
    this.checkRecords = new CheckRecords(deps.db, deps.runCheck);
  }

  /** The automated checks run for an application and its certificate, newest first. */
  checks(id: string): Promise<RecordedCheck[]> {
    return this.checkRecords.list(id);
  }

  private toApplication(row: Row): TrustmarkApplication {
    return toApplication(row, this.policy.renewalWindowDays);
  }

  /** Called after every committed change (to drop cached public reads built on applications). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private changed(): void {
    this.statuses.clear();
    for (const listener of this.changeListeners) listener();
  }

  get catalogue(): SchemeCatalogue {
    return this.deps.catalogue;
  }

  /** The scheme version an application names; it exists, since published versions are never removed. */
  private async schemeOf(application: TrustmarkApplication): Promise<SchemeDefinition> {
    const scheme = await this.deps.catalogue.find(application.scheme.id, application.scheme.version);
    if (!scheme) throw new Error(`scheme ${application.scheme.id}@${application.scheme.version} is missing`);
    return scheme;
  }

  async get(id: string): Promise<TrustmarkApplication> {
    if (!isUuid(id)) throw notFound('Application', 'id');
    const [row] = await this.deps.db
      .select()
      .from(trustmarkApplications)
      .where(eq(trustmarkApplications.id, id));
    if (!row) throw notFound('Application', 'id');
    return this.toApplication(row);
  }

  /** The assessor queue or a merchant's own: any of the states, or certificates under review; newest first. */
  async list(
    filter: {
      state?: ApplicationState;
      states?: ApplicationState[];
      underReview?: boolean;
      partyId?: string;
      limit?: number;
      offset?: number;
    } = {},
  ): Promise<TrustmarkApplication[]> {
    const states = [...(filter.states ?? []), ...(filter.state ? [filter.state] : [])];
    const conditions = [];
    const which = [];
    if (states.length > 0) which.push(inArray(trustmarkApplications.state, states));
    if (filter.underReview) which.push(isNotNull(trustmarkApplications.review));
    if (which.length > 0) conditions.push(or(...which));
    if (filter.partyId) conditions.push(eq(trustmarkApplications.partyId, filter.partyId));
    const rows = await this.deps.db
      .select()
      .from(trustmarkApplications)
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(desc(trustmarkApplications.updatedAt))
      .limit(Math.min(filter.limit ?? 200, 500))
      .offset(filter.offset ?? 0);
    return rows.map((r) => this.toApplication(r));
  }

  history(id: string): Promise<EventEnvelope[]> {
    return eventsFor(this.deps.db, 'trustmark_application', id);
  }

  /** A merchant applies for a scheme for one of its websites whose ownership is proven. */
  async apply(
    input: { partyId: string; domain: string; schemeId: string; schemeVersion?: string },
    actor: string,
    renewalOf?: TrustmarkApplication,
  ): Promise<TrustmarkApplication> {
    const domain = normalizeDomain(input.domain);
    if (!domain.valid || !domain.ascii)
      throw new DomainError(domain.errors[0]?.code ?? 'DOMAIN_FORMAT', 'The website is not a valid domain', {
        location: 'domain',
      });
    const party = await this.deps.registry.getParty(input.partyId);
    const website = party.websites.find((w) => w.domain === domain.ascii);
    if (!website)
      throw new DomainError('WEBSITE_NOT_OWNED', `${domain.ascii} is not a website of this party`, {
        status: 422,
        location: 'domain',
      });
    if (!website.ownershipVerified) {
      throw new DomainError('WEBSITE_NOT_VERIFIED', `Prove ownership of ${domain.ascii} before applying`, {
        status: 422,
        location: 'domain',
      });
    }
    const scheme = await this.deps.catalogue.find(input.schemeId, input.schemeVersion);
    if (!scheme)
      throw new DomainError(
        'SCHEME_UNKNOWN',
        `No scheme ${input.schemeId}${input.schemeVersion ? `@${input.schemeVersion}` : ''}`,
        { status: 422, location: 'schemeId' },
      );
    const open = await this.deps.db
      .select({ id: trustmarkApplications.id })
      .from(trustmarkApplications)
      .where(
        and(
          eq(trustmarkApplications.domain, domain.ascii),
          notInArray(trustmarkApplications.state, [...FINAL_STATES]),
          // A renewal may be open beside the certificate it renews.
          renewalOf ? ne(trustmarkApplications.id, renewalOf.id) : undefined,
        ),
      );
    if (open.length > 0)
      throw conflict(
        'APPLICATION_OPEN',
        `${domain.ascii} already has an open application or certificate`,
        'domain',
      );
    const id = newId();
    const row = await this.deps.db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(trustmarkApplications)
        .values({
          id,
          partyId: party.id,
          domain: domain.ascii!,
          schemeId: scheme.id,
          schemeVersion: scheme.version,
          state: 'submitted',
          criteria: scheme.criteria.map((c) => ({ id: c.id, level: c.level, verdict: 'pending' as const })),
          renewalOf: renewalOf?.id ?? null,
        })
        .returning();
      await appendEvent(tx, {
        subject: 'trustmark.application.submitted',
        aggregateType: 'trustmark_application',
        aggregateId: id,
        payload: {
          partyId: party.id,
          domain: domain.ascii,
          scheme: `${scheme.id}@${scheme.version}`,
          renewalOf: renewalOf?.id ?? null,
        },
        actor,
      });
      return inserted!;
    });
    this.changed();
    return this.toApplication(row);
  }

  /** Applies one lifecycle event with its changes, in one transaction with its audit event. */
  private async step(
    application: TrustmarkApplication,
    event: LifecycleEvent,
    changes: Partial<typeof trustmarkApplications.$inferInsert>,
    actor: string,
    reason?: string,
    also?: (tx: Tx, updated: TrustmarkApplication) => Promise<void>,
    extraPayload: Record<string, unknown> = {},
  ): Promise<TrustmarkApplication> {
    const result = transition(application.state, event);
    if (!result.ok) throw new DomainError(result.code, result.message, { status: 409, location: 'state' });
    const row = await this.deps.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(trustmarkApplications)
        .set({ ...changes, state: result.state, version: application.version + 1, updatedAt: this.now() })
        .where(
          and(
            eq(trustmarkApplications.id, application.id),
            eq(trustmarkApplications.version, application.version),
          ),
        )
        .returning();
      if (!updated)
        throw conflict('VERSION_CONFLICT', 'The application changed meanwhile; reload it', 'version');
      await appendEvent(tx, {
        subject: `trustmark.application.${event.type}`,
        aggregateType: 'trustmark_application',
        aggregateId: application.id,
        payload: { from: application.state, to: result.state, ...extraPayload },
        actor,
        reason,
      });
      await also?.(tx, this.toApplication(updated));
      return updated;
    });
    this.changed();
    return this.toApplication(row);
  }

  /** The automated website check of any domain, recorded nowhere: the console's ad-hoc check. */
  checkWebsite(domain: string): Promise<WebsiteCheckResult & { partyId: string | null }> {
    return this.deps.runCheck(domain);
  }

  /** Runs the automated website check and records what it says about each automated criterion. */
  async runCheck(id: string, actor: string): Promise<TrustmarkApplication> {
    const before = await this.get(id);
    let application = await this.step(before, { type: 'check_started' }, {}, actor);
    const scheme = await this.schemeOf(application);
    const purpose: CheckPurpose = before.state === 'resubmitted' ? 'resubmission' : 'application';
    const { check, report } = await this.checkRecords.run(application, scheme, purpose);
    const checkOf = automatedChecksOf(scheme);
    const findings = new Map<string, { verdict: CriterionVerdict; finding: Finding }>();
    for (const c of application.criteria) {
      const checkId = checkOf.get(c.id);
      const finding = checkId ? report.findings.find((f) => f.checkId === checkId) : undefined;
      if (!finding) continue;
      findings.set(c.id, {
        verdict: VERDICT_OF[finding.outcome] ?? 'pending',
        finding: {
          outcome: finding.outcome,
          url: finding.url,
          evidence: finding.evidence,
          message: finding.message,
        },
      });
    }
    const criteria = mergeRecheck(
      application.criteria,
      findings,
      await this.criteriaWithNewEvidence(application),
    );
    application = await this.step(
      application,
      { type: 'check_completed' },
      { criteria },
      'system:website-check',
      undefined,
      (tx) => this.checkRecords.record(tx, check),
    );
    return application;
  }

  /** Ids of the documents uploaded for each criterion of an application. */
  private async evidenceByCriterion(applicationId: string): Promise<Map<string, string[]>> {
    const uploads = await this.deps.db
      .select({ id: trustmarkEvidence.id, criterionId: trustmarkEvidence.criterionId })
      .from(trustmarkEvidence)
      .where(eq(trustmarkEvidence.applicationId, applicationId));
    const by = new Map<string, string[]>();
    for (const u of uploads)
      if (u.criterionId) by.set(u.criterionId, [...(by.get(u.criterionId) ?? []), u.id]);
    return by;
  }

  /**
   * Criteria a person judged whose documents grew since: compared by the ids seen at the judgement, not by
   * time, so that clocks (the node's and the database's) cannot disagree about what is new.
   */
  private async criteriaWithNewEvidence(application: TrustmarkApplication): Promise<Set<string>> {
    const judged = application.criteria.filter((c) => c.evidenceSeen !== undefined);
    if (judged.length === 0) return new Set();
    const current = await this.evidenceByCriterion(application.id);
    const changed = new Set<string>();
    for (const c of judged) {
      const seen = new Set(c.evidenceSeen);
      if ((current.get(c.id) ?? []).some((id) => !seen.has(id))) changed.add(c.id);
    }
    return changed;
  }

  /** An assessor's verdicts, criterion by criterion (only while the application is in review). */
  async review(
    id: string,
    verdicts: Array<{ criterionId: string; verdict: CriterionVerdict; note?: string }>,
    actor: string,
  ): Promise<TrustmarkApplication> {
    const application = await this.get(id);
    if (application.state !== 'in_review')
      throw new DomainError('TRANSITION_INVALID', `The application is ${application.state}, not in review`, {
        status: 409,
        location: 'state',
      });
    const known = new Set(application.criteria.map((c) => c.id));
    const unknown = verdicts.find((v) => !known.has(v.criterionId));
    if (unknown)
      throw new DomainError('CRITERION_UNKNOWN', `${unknown.criterionId} is not a criterion of this scheme`, {
        status: 422,
        location: 'verdicts',
      });
    const byId = new Map(verdicts.map((v) => [v.criterionId, v]));
    const assessedAt = this.now().toISOString();
    const evidence = await this.evidenceByCriterion(id);
    const criteria = application.criteria.map((c) => {
      const v = byId.get(c.id);
      if (!v) return c;
      const { changedSinceReview: _seen, ...rest } = c;
      return {
        ...rest,
        verdict: v.verdict,
        ...(v.note ? { note: v.note } : {}),
        assessedBy: actor,
        assessedAt,
        evidenceSeen: evidence.get(c.id) ?? [],
      };
    });
    const row = await this.deps.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(trustmarkApplications)
        .set({ criteria, version: application.version + 1, updatedAt: this.now() })
        .where(and(eq(trustmarkApplications.id, id), eq(trustmarkApplications.version, application.version)))
        .returning();
      if (!updated)
        throw conflict('VERSION_CONFLICT', 'The application changed meanwhile; reload it', 'version');
      await appendEvent(tx, {
        subject: 'trustmark.application.reviewed',
        aggregateType: 'trustmark_application',
        aggregateId: id,
        payload: { verdicts },
        actor,
      });
      return updated;
    });
    return this.toApplication(row);
  }

  async reportGaps(
    id: string,
    deadlineDays: number,
    actor: string,
    reason?: string,
  ): Promise<TrustmarkApplication> {
    const application = await this.get(id);
    const deadline = new Date(this.now().getTime() + deadlineDays * DAY);
    return this.step(
      application,
      { type: 'gaps_reported', criteria: application.criteria, deadline },
      { remediationDeadline: deadline },
      actor,
      reason,
      (tx) =>
        scheduleJob(tx, {
          kind: TRUSTMARK_JOBS.remediationDeadline,
          key: `trustmark:remediation:${id}`,
          runAt: deadline,
          payload: { applicationId: id },
        }).then(() => undefined),
    );
  }

  async resubmit(id: string, actor: string): Promise<TrustmarkApplication> {
    const application = await this.get(id);
    const deadline = application.remediationDeadline ? new Date(application.remediationDeadline) : this.now();
    await this.step(
      application,
      { type: 'resubmitted', now: this.now(), deadline },
      {},
      actor,
      undefined,
      (tx) => cancelJobs(tx, `trustmark:remediation:${id}`).then(() => undefined),
    );
    return this.runCheck(id, actor);
  }

  /** The remediation deadline's job: an application whose gaps are still open when it passes is rejected. */
  async enforceRemediationDeadline(id: string): Promise<void> {
    const application = await this.get(id);
    if (application.state !== 'gaps_reported' || !application.remediationDeadline) return;
    if (new Date(application.remediationDeadline).getTime() > this.now().getTime()) return;
    await this.step(
      application,
      { type: 'deadline_passed' },
      {},
      'system:jobs',
      `The remediation deadline of ${application.remediationDeadline} passed without a resubmission`,
    );
  }

  async withdraw(id: string, actor: string, reason?: string): Promise<TrustmarkApplication> {
    return this.step(await this.get(id), { type: 'withdrawn' }, {}, actor, reason, (tx) =>
      cancelJobs(tx, `trustmark:remediation:${id}`).then(() => undefined),
    );
  }

  /** Approval issues the certificate: a TrustmarkCredential naming the scheme version and the criteria met. */
  async approve(id: string, actor: string, reason?: string): Promise<TrustmarkApplication> {
    let application = await this.get(id);
    application = await this.step(
      application,
      { type: 'approved', criteria: application.criteria },
      {},
      actor,
      reason,
    );
    const now = this.now();
    const validUntil = new Date(now.getTime() + this.policy.validityDays * DAY);
    const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const party = await this.deps.registry.getParty(application.partyId);
    const schema = CREDENTIAL_SCHEMAS.TrustmarkCredential!;
    const issued = await this.deps.credentials.service.issue(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2', CROSSTRUST_CONTEXT_URL],
        type: ['VerifiableCredential', 'TrustmarkCredential'],
        name: `Trustmark ${application.scheme.id} ${application.scheme.version} for ${application.domain}`,
        validFrom: iso(now),
        validUntil: iso(validUntil),
        credentialSubject: {
          id: `https://${application.domain}/`,
          type: 'Website',
          website: application.domain,
          holder: party.ubin,
          trustmarkScheme: application.scheme.id,
          trustmarkSchemeVersion: application.scheme.version,
          criteriaMet: application.criteria.filter((c) => c.verdict === 'met').map((c) => c.id),
          assessmentDate: iso(now),
          operator: this.deps.credentials.did,
        },
        credentialSchema: { id: `${this.deps.publicUrl}${schema.path}`, type: 'JsonSchema' },
      },
      { partyId: application.partyId },
      actor,
    );
    const certified = await this.step(
      application,
      { type: 'certificate_issued' },
      { credentialRecordId: issued.id, validUntil },
      actor,
      undefined,
      (tx) => this.scheduleCertificateJobs(tx, application.id, now, validUntil),
    );
    if (application.renewalOf) await this.supersede(application.renewalOf, application.id);
    return certified;
  }

  /** A certificate's life ahead: the renewal reminder, unannounced re-checks, and expiry. */
  private async scheduleCertificateJobs(tx: Tx, id: string, from: Date, validUntil: Date): Promise<void> {
    const payload = { applicationId: id };
    const span = validUntil.getTime() - from.getTime();
    await scheduleJob(tx, {
      kind: TRUSTMARK_JOBS.renewalReminder,
      key: `trustmark:renewal:${id}`,
      runAt: new Date(Math.max(from.getTime(), validUntil.getTime() - this.policy.renewalWindowDays * DAY)),
      payload,
    });
    await scheduleJob(tx, {
      kind: TRUSTMARK_JOBS.expiry,
      key: `trustmark:expiry:${id}`,
      runAt: validUntil,
      payload,
    });
    // Unannounced: at random moments, none in the first or last tenth of the validity.
    const checks = Math.round((this.policy.surveillanceChecksPerYear * span) / (365 * DAY));
    for (let i = 0; i < checks; i++) {
      const at = from.getTime() + span * (0.1 + 0.8 * this.random());
      await scheduleJob(tx, {
        kind: TRUSTMARK_JOBS.recheck,
        key: `trustmark:surveillance:${id}:${i}`,
        runAt: new Date(at),
        payload: { ...payload, purpose: 'surveillance' },
      });
    }
  }

  private async cancelCertificateJobs(tx: Tx, id: string): Promise<void> {
    await cancelJobs(tx, `trustmark:renewal:${id}`);
    await cancelJobs(tx, `trustmark:expiry:${id}`);
    await cancelJobs(tx, `trustmark:scheme-change:${id}`);
    await cancelJobsWithPrefix(tx, `trustmark:surveillance:${id}:`);
  }

  /** A renewal was certified: the certificate it renews ends, and its credential with it. */
  private async supersede(oldId: string, newId: string): Promise<void> {
    const old = await this.get(oldId);
    if (old.state !== 'certified' && old.state !== 'suspended') return;
    const reason = `Renewed by certificate ${newId}`;
    if (old.credentialRecordId)
      await this.deps.credentials.service.changeStatus(
        old.credentialRecordId,
        'revoke',
        reason,
        'system:renewal',
      );
    await this.step(old, { type: 'superseded' }, { review: null }, 'system:renewal', reason, (tx) =>
      this.cancelCertificateJobs(tx, oldId),
    );
  }

  /**
   * The merchant renews a certificate nearing its end: a new application for the same website against the
   * scheme's current version. The certificate stands until the renewal is certified.
   */
  async renew(id: string, actor: string): Promise<TrustmarkApplication> {
    const certificate = await this.get(id);
    if (certificate.state !== 'certified')
      throw new DomainError(
        'TRANSITION_INVALID',
        `Only a certified site can renew; this one is ${certificate.state}`,
        {
          status: 409,
          location: 'state',
        },
      );
    const opens = new Date(new Date(certificate.validUntil!).getTime() - this.policy.renewalWindowDays * DAY);
    if (this.now().getTime() < opens.getTime())
      throw new DomainError('RENEWAL_TOO_EARLY', `Renewal opens on ${opens.toISOString().slice(0, 10)}`, {
        status: 409,
        location: 'state',
      });
    return this.apply(
      { partyId: certificate.partyId, domain: certificate.domain, schemeId: certificate.scheme.id },
      actor,
      certificate,
    );
  }

  /** The renewal reminder's job: an event for the merchant's inbox, and a mail to the business's addresses. */
  async remindRenewal(id: string): Promise<void> {
    const certificate = await this.get(id);
    if (certificate.state !== 'certified') return;
    const party = await this.deps.registry.getParty(certificate.partyId);
    const until = certificate.validUntil?.slice(0, 10) ?? '';
    await this.deps.db.transaction(async (tx) => {
      await appendEvent(tx, {
        subject: 'trustmark.certificate.renewal_due',
        aggregateType: 'trustmark_application',
        aggregateId: id,
        payload: {
          partyId: certificate.partyId,
          domain: certificate.domain,
          validUntil: certificate.validUntil,
        },
        actor: 'system:jobs',
        reason: `The certificate ends on ${until}; renew it to keep the seal`,
      });
      for (const contact of party.contacts.filter((c) => c.type === 'email').slice(0, 3))
        await enqueueNotice(
          tx,
          renewalReminderMail(contact.value, certificate.domain, until, this.deps.publicUrl),
          {
            key: `trustmark:renewal-mail:${id}:${contact.value}`,
          },
        );
    });
  }

  /** The expiry job: a certificate past its validity ends. */
  async expire(id: string): Promise<void> {
    const certificate = await this.get(id);
    if (certificate.state !== 'certified' && certificate.state !== 'suspended') return;
    if (!certificate.validUntil || new Date(certificate.validUntil).getTime() > this.now().getTime()) return;
    await this.step(
      certificate,
      { type: 'expired' },
      { review: null },
      'system:jobs',
      'Validity ended',
      (tx) => this.cancelCertificateJobs(tx, id),
    );
  }

  /**
   * A re-check of a certified site: unannounced surveillance, or because its scheme has a new version. A failing
   * mandatory automated criterion opens a review for an assessor; the certificate stands meanwhile.
   */
  async recheck(
    id: string,
    purpose: 'surveillance' | 'scheme_change',
    schemeVersion?: string,
  ): Promise<RecordedCheck | null> {
    const certificate = await this.get(id);
    if (certificate.state !== 'certified') return null;
    const scheme =
      (schemeVersion && (await this.deps.catalogue.find(certificate.scheme.id, schemeVersion))) ||
      (await this.schemeOf(certificate));
    const { check } = await this.checkRecords.run(certificate, scheme, purpose);
    const failed = check.failedMandatory;
    const review: CertificateReview | null =
      failed.length > 0 && !certificate.review
        ? {
            openedAt: this.now().toISOString(),
            source: purpose,
            reason:
              purpose === 'scheme_change'
                ? `Not meeting ${failed.join(', ')} of ${scheme.id}@${scheme.version}`
                : `Surveillance re-check failed ${failed.join(', ')}`,
            checkId: check.id,
            failedCriteria: failed,
          }
        : null;
    await this.deps.db.transaction(async (tx) => {
      await this.checkRecords.record(tx, check);
      await appendEvent(tx, {
        subject: 'trustmark.certificate.rechecked',
        aggregateType: 'trustmark_application',
        aggregateId: id,
        payload: {
          checkId: check.id,
          purpose,
          scheme: `${scheme.id}@${scheme.version}`,
          failedMandatory: failed,
        },
        actor: 'system:website-check',
      });
    });
    if (review) await this.openReview(id, review, 'system:website-check');
    return check;
  }

  /** Opens a review of a certificate; a second one while one is open is folded into it (returns it unchanged). */
  async openReview(
    id: string,
    review: Omit<CertificateReview, 'openedAt'> & { openedAt?: string },
    actor: string,
  ): Promise<TrustmarkApplication> {
    const certificate = await this.get(id);
    if (certificate.review && (certificate.state === 'certified' || certificate.state === 'suspended'))
      return certificate;
    const opened: CertificateReview = { ...review, openedAt: review.openedAt ?? this.now().toISOString() };
    return this.step(certificate, { type: 'review_opened' }, { review: opened }, actor, review.reason);
  }

  /** Opens a complaints review on every certificate the party holds (folded into an open review if any). */
  async openReviewsForParty(partyId: string, reason: string): Promise<number> {
    const certificates = await this.deps.db
      .select({ id: trustmarkApplications.id })
      .from(trustmarkApplications)
      .where(
        and(
          eq(trustmarkApplications.partyId, partyId),
          inArray(trustmarkApplications.state, ['certified', 'suspended']),
        ),
      );
    for (const { id } of certificates)
      await this.openReview(id, { source: 'complaints', reason }, 'system:complaints');
    return certificates.length;
  }

  /** The assessor found the certificate may stand: the review closes. */
  async closeReview(id: string, reason: string, actor: string): Promise<TrustmarkApplication> {
    const certificate = await this.get(id);
    if (!certificate.review)
      throw new DomainError('REVIEW_NOT_OPEN', 'This certificate has no open review', {
        status: 409,
        location: 'state',
      });
    return this.step(certificate, { type: 'review_closed' }, { review: null }, actor, reason);
  }

  /**
   * A scheme has a new version: every site certified under the scheme is re-checked against it. Runs in the
   * publishing transaction, so the re-checks exist if and only if the version does.
   */
  async scheduleSchemeChangeRechecks(tx: Tx, scheme: SchemeDefinition): Promise<number> {
    const rows = await tx
      .select({ id: trustmarkApplications.id })
      .from(trustmarkApplications)
      .where(
        and(eq(trustmarkApplications.schemeId, scheme.id), eq(trustmarkApplications.state, 'certified')),
      );
    const now = this.now();
    for (const [i, row] of rows.entries()) {
      await scheduleJob(tx, {
        kind: TRUSTMARK_JOBS.recheck,
        key: `trustmark:scheme-change:${row.id}`,
        // Spread over time, so a large registry does not fetch every site at once.
        runAt: new Date(now.getTime() + i * 2_000),
        payload: { applicationId: row.id, purpose: 'scheme_change', schemeVersion: scheme.version },
      });
    }
    return rows.length;
  }

  /** Publishes an operator's scheme version and schedules the re-checks of certificates under that scheme. */
  publishScheme(input: unknown, actor: string) {
    return this.deps.catalogue.publish(input, actor, (tx, scheme) =>
      this.scheduleSchemeChangeRechecks(tx, scheme).then(() => undefined),
    );
  }

  /** Suspend, reinstate or revoke a certificate: the credential's status list changes with it. */
  async changeCertificate(
    id: string,
    action: 'suspend' | 'reinstate' | 'revoke',
    reason: string,
    actor: string,
    /** What the public verification page may say; the reason itself stays with the operator. */
    publicReason?: string,
  ): Promise<TrustmarkApplication> {
    const application = await this.get(id);
    const event = ({ suspend: 'suspended', reinstate: 'reinstated', revoke: 'revoked' } as const)[action];
    const check = transition(application.state, { type: event });
    if (!check.ok) throw new DomainError(check.code, check.message, { status: 409, location: 'state' });
    if (application.credentialRecordId)
      await this.deps.credentials.service.changeStatus(application.credentialRecordId, action, reason, actor);
    // Suspending or revoking is how an assessor ends a review against the merchant.
    const changes = action === 'reinstate' ? {} : { review: null };
    return this.step(
      application,
      { type: event },
      changes,
      actor,
      reason,
      (tx) => (action === 'revoke' ? this.cancelCertificateJobs(tx, id) : Promise.resolve()),
      publicReason ? { publicReason } : {},
    );
  }

  /** The newest certificate of a domain, whatever its state: it speaks for the domain (a renewal over the one it renewed). */
  private async latestCertificateRow(asciiDomain: string): Promise<Row | undefined> {
    const [row] = await this.deps.db
      .select()
      .from(trustmarkApplications)
      .where(
        and(
          eq(trustmarkApplications.domain, asciiDomain),
          inArray(trustmarkApplications.state, ['certified', 'suspended', 'revoked', 'expired']),
        ),
      )
      .orderBy(desc(trustmarkApplications.createdAt))
      .limit(1);
    return row;
  }

  async latestCertificate(asciiDomain: string): Promise<TrustmarkApplication | null> {
    const row = await this.latestCertificateRow(asciiDomain);
    return row ? this.toApplication(row) : null;
  }

  /** The seal's question: what is the trustmark status of this domain right now? */
  async statusForDomain(input: string): Promise<DomainStatus> {
    // Seals ask with the same host over and over: the answer is cached by the question as asked, so the hot
    // path skips normalising the domain (IDNA and the public suffix list) too.
    const asked = this.statuses.get(input);
    if (asked) return asked;
    const normalized = normalizeDomain(input);
    const domain = normalized.ascii ?? input.trim().toLowerCase();
    const cached = this.statuses.get(domain);
    if (cached) {
      this.statuses.set(input, cached);
      return cached;
    }
    const row = normalized.valid ? await this.latestCertificateRow(domain) : undefined;
    let status: SealStatus = 'none';
    if (row) {
      status = row.state === 'certified' ? 'certified' : (row.state as SealStatus);
      if (status === 'certified' && row.validUntil && row.validUntil.getTime() < this.now().getTime())
        status = 'expired';
    }
    const answer: DomainStatus = {
      domain,
      status,
      scheme: row ? `${row.schemeId}@${row.schemeVersion}` : null,
      validUntil: row?.validUntil?.toISOString() ?? null,
      credentialUrl: row?.credentialRecordId
        ? `${this.deps.publicUrl}/api/v1/trustmarks/certificates/${row.id}/credential`
        : null,
    };
    this.statuses.set(domain, answer);
    this.statuses.set(input, answer);
    return answer;
  }
}
