import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/ids.ts';
import type { WebsiteCheckResult } from './checker/crawl.ts';
import { type CheckPurpose, trustmarkChecks } from './schema.ts';
import type { SchemeDefinition } from './schemes/index.ts';

/** One automated website check as recorded for an application or certificate. */
export interface RecordedCheck {
  id: string;
  applicationId: string;
  domain: string;
  purpose: CheckPurpose;
  scheme: { id: string; version: string };
  startedAt: string;
  finishedAt: string;
  findings: WebsiteCheckResult['findings'];
  pages: WebsiteCheckResult['pagesFetched'];
  failedMandatory: string[];
}

/** The automated check behind each criterion of a scheme that has one. */
export const automatedChecksOf = (scheme: SchemeDefinition): Map<string, string> =>
  new Map(
    scheme.criteria.flatMap((c) =>
      c.assessment.method === 'automated' ? [[c.id, c.assessment.checkId] as const] : [],
    ),
  );

/**
 * Automated checks of a website against a scheme version, and their record: what was fetched, what each check
 * found, and which mandatory criteria failed. Running and recording are apart so that the record is written in
 * the same transaction as the step it belongs to.
 */
export class CheckRecords {
  constructor(
    private readonly db: Db,
    private readonly fetchAndCheck: (domain: string) => Promise<WebsiteCheckResult>,
  ) {}

  async run(
    application: { id: string; domain: string },
    scheme: SchemeDefinition,
    purpose: CheckPurpose,
  ): Promise<{ check: RecordedCheck; report: WebsiteCheckResult }> {
    const report = await this.fetchAndCheck(application.domain);
    const checkOf = automatedChecksOf(scheme);
    const failedMandatory = scheme.criteria
      .filter((c) => c.level === 'mandatory' && checkOf.has(c.id))
      .filter((c) => {
        const outcome = report.findings.find((f) => f.checkId === checkOf.get(c.id))?.outcome;
        return outcome === 'fail' || outcome === 'error';
      })
      .map((c) => c.id);
    const check: RecordedCheck = {
      id: newId(),
      applicationId: application.id,
      domain: application.domain,
      purpose,
      scheme: { id: scheme.id, version: scheme.version },
      startedAt: report.startedAt,
      finishedAt: report.finishedAt,
      findings: report.findings,
      pages: report.pagesFetched,
      failedMandatory,
    };
    return { check, report };
  }

  async record(tx: Tx, check: RecordedCheck): Promise<void> {
    await tx.insert(trustmarkChecks).values({
      id: check.id,
      applicationId: check.applicationId,
      domain: check.domain,
      purpose: check.purpose,
      schemeId: check.scheme.id,
      schemeVersion: check.scheme.version,
      startedAt: new Date(check.startedAt),
      finishedAt: new Date(check.finishedAt),
      findings: check.findings,
      pages: check.pages,
      failedMandatory: check.failedMandatory,
    });
  }

  async list(applicationId: string): Promise<RecordedCheck[]> {
    const rows = await this.db
      .select()
      .from(trustmarkChecks)
      .where(eq(trustmarkChecks.applicationId, applicationId))
      .orderBy(desc(trustmarkChecks.startedAt))
      .limit(50);
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.applicationId,
      domain: r.domain,
      purpose: r.purpose,
      scheme: { id: r.schemeId, version: r.schemeVersion },
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt.toISOString(),
      findings: r.findings as RecordedCheck['findings'],
      pages: r.pages as RecordedCheck['pages'],
      failedMandatory: r.failedMandatory,
    }));
  }
}
