import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import { appendEvent, type EventEnvelope, eventsFor } from '../../platform/bus/index.ts';
import { TtlCache } from '../../platform/cache.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict, DomainError, notFound } from '../../platform/errors.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { normalizeDomain } from '../../standards/identifiers/index.ts';
import type { CredentialsModule } from '../credentials/index.ts';
import { CREDENTIAL_SCHEMAS, CROSSTRUST_CONTEXT_URL } from '../credentials/vocabulary.ts';
import type { RegistryService } from '../registry/service.ts';
import type { WebsiteCheckResult } from './checker/crawl.ts';
import {
  type ApplicationState,
  type CriterionVerdict,
  FINAL_STATES,
  type LifecycleEvent,
  transition,
} from './lifecycle.ts';
import { type CriterionAssessment, trustmarkApplications } from './schema.ts';
import { findScheme } from './schemes/index.ts';

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

const toApplication = (row: Row): TrustmarkApplication => ({
  id: row.id,
  partyId: row.partyId,
  domain: row.domain,
  scheme: { id: row.schemeId, version: row.schemeVersion },
  state: row.state,
  criteria: row.criteria,
  remediationDeadline: row.remediationDeadline?.toISOString() ?? null,
  credentialRecordId: row.credentialRecordId,
  validUntil: row.validUntil?.toISOString() ?? null,
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

export interface TrustmarkServiceDeps {
  db: Db;
  registry: RegistryService;
  credentials: CredentialsModule;
  publicUrl: string;
  /** The automated website check, wired once by the node (fetch options, registry, public URL). */
  runCheck: (domain: string) => Promise<WebsiteCheckResult & { partyId: string | null }>;
  validityDays?: number;
  now?: () => Date;
}

/**
 * Trustmark applications from submission to certificate: each step goes through the lifecycle's guards, is
 * written with an audited event, and a certificate is a TrustmarkCredential whose status list the seal reads.
 */
export class TrustmarkService {
  private readonly now: () => Date;
  /** The seal's answers, by domain; cleared by every change this process makes. */
  private readonly statuses = new TtlCache<string, DomainStatus>(5_000, 10_000);

  constructor(private readonly deps: TrustmarkServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async get(id: string): Promise<TrustmarkApplication> {
    if (!isUuid(id)) throw notFound('Application', 'id');
    const [row] = await this.deps.db
      .select()
      .from(trustmarkApplications)
      .where(eq(trustmarkApplications.id, id));
    if (!row) throw notFound('Application', 'id');
    return toApplication(row);
  }

  async list(filter: { state?: ApplicationState; partyId?: string } = {}): Promise<TrustmarkApplication[]> {
    const conditions = [];
    if (filter.state) conditions.push(eq(trustmarkApplications.state, filter.state));
    if (filter.partyId) conditions.push(eq(trustmarkApplications.partyId, filter.partyId));
    const rows = await this.deps.db
      .select()
      .from(trustmarkApplications)
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(desc(trustmarkApplications.updatedAt))
      .limit(200);
    return rows.map(toApplication);
  }

  history(id: string): Promise<EventEnvelope[]> {
    return eventsFor(this.deps.db, 'trustmark_application', id);
  }

  /** A merchant applies for a scheme for one of its websites whose ownership is proven. */
  async apply(
    input: { partyId: string; domain: string; schemeId: string; schemeVersion?: string },
    actor: string,
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
    const scheme = findScheme(input.schemeId, input.schemeVersion);
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
        })
        .returning();
      await appendEvent(tx, {
        subject: 'trustmark.application.submitted',
        aggregateType: 'trustmark_application',
        aggregateId: id,
        payload: { partyId: party.id, domain: domain.ascii, scheme: `${scheme.id}@${scheme.version}` },
        actor,
      });
      return inserted!;
    });
    this.statuses.clear();
    return toApplication(row);
  }

  /** Applies one lifecycle event with its changes, in one transaction with its audit event. */
  private async step(
    application: TrustmarkApplication,
    event: LifecycleEvent,
    changes: Partial<typeof trustmarkApplications.$inferInsert>,
    actor: string,
    reason?: string,
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
        payload: { from: application.state, to: result.state },
        actor,
        reason,
      });
      return updated;
    });
    this.statuses.clear();
    return toApplication(row);
  }

  /** The automated website check of any domain, recorded nowhere: the console's ad-hoc check. */
  checkWebsite(domain: string): Promise<WebsiteCheckResult & { partyId: string | null }> {
    return this.deps.runCheck(domain);
  }

  /** Runs the automated website check and records what it says about each automated criterion. */
  async runCheck(id: string, actor: string): Promise<TrustmarkApplication> {
    let application = await this.step(await this.get(id), { type: 'check_started' }, {}, actor);
    const report = await this.deps.runCheck(application.domain);
    const scheme = findScheme(application.scheme.id, application.scheme.version)!;
    const checkOf = new Map(
      scheme.criteria.flatMap((c) =>
        c.assessment.method === 'automated' ? [[c.id, c.assessment.checkId] as const] : [],
      ),
    );
    const criteria = application.criteria.map((c) => {
      const checkId = checkOf.get(c.id);
      const finding = checkId ? report.findings.find((f) => f.checkId === checkId) : undefined;
      if (!finding) return c;
      return {
        ...c,
        verdict: VERDICT_OF[finding.outcome] ?? 'pending',
        finding: {
          outcome: finding.outcome,
          url: finding.url,
          evidence: finding.evidence,
          message: finding.message,
        },
        assessedBy: 'automated-check',
      };
    });
    application = await this.step(
      application,
      { type: 'check_completed' },
      { criteria },
      'system:website-check',
    );
    return application;
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
    const criteria = application.criteria.map((c) => {
      const v = byId.get(c.id);
      return v ? { ...c, verdict: v.verdict, ...(v.note ? { note: v.note } : {}), assessedBy: actor } : c;
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
    return toApplication(row);
  }

  async reportGaps(
    id: string,
    deadlineDays: number,
    actor: string,
    reason?: string,
  ): Promise<TrustmarkApplication> {
    const application = await this.get(id);
    const deadline = new Date(this.now().getTime() + deadlineDays * 86_400_000);
    return this.step(
      application,
      { type: 'gaps_reported', criteria: application.criteria, deadline },
      { remediationDeadline: deadline },
      actor,
      reason,
    );
  }

  async resubmit(id: string, actor: string): Promise<TrustmarkApplication> {
    const application = await this.get(id);
    const deadline = application.remediationDeadline ? new Date(application.remediationDeadline) : this.now();
    await this.step(application, { type: 'resubmitted', now: this.now(), deadline }, {}, actor);
    return this.runCheck(id, actor);
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
    const validUntil = new Date(now.getTime() + (this.deps.validityDays ?? 365) * 86_400_000);
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
    return this.step(
      application,
      { type: 'certificate_issued' },
      { credentialRecordId: issued.id, validUntil },
      actor,
    );
  }

  /** Suspend, reinstate or revoke a certificate: the credential's status list changes with it. */
  async changeCertificate(
    id: string,
    action: 'suspend' | 'reinstate' | 'revoke',
    reason: string,
    actor: string,
  ): Promise<TrustmarkApplication> {
    const application = await this.get(id);
    const event = ({ suspend: 'suspended', reinstate: 'reinstated', revoke: 'revoked' } as const)[action];
    const check = transition(application.state, { type: event });
    if (!check.ok) throw new DomainError(check.code, check.message, { status: 409, location: 'state' });
    if (application.credentialRecordId)
      await this.deps.credentials.service.changeStatus(application.credentialRecordId, action, reason, actor);
    return this.step(application, { type: event }, {}, actor, reason);
  }

  /** The seal's question: what is the trustmark status of this domain right now? */
  async statusForDomain(input: string): Promise<DomainStatus> {
    const normalized = normalizeDomain(input);
    const domain = normalized.ascii ?? input.trim().toLowerCase();
    const cached = this.statuses.get(domain);
    if (cached) return cached;
    const [row] = normalized.valid
      ? await this.deps.db
          .select()
          .from(trustmarkApplications)
          .where(
            and(
              eq(trustmarkApplications.domain, domain),
              inArray(trustmarkApplications.state, ['certified', 'suspended', 'revoked', 'expired']),
            ),
          )
          .orderBy(desc(trustmarkApplications.updatedAt))
          .limit(1)
      : [];
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
    return answer;
  }
}
