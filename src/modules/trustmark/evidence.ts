import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { appendEvent } from '../../platform/bus/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { safeFilename, sniffUploadType } from '../../platform/uploads/file-types.ts';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, type EvidenceMediaType } from './evidence-types.ts';
import type { ApplicationState } from './lifecycle.ts';
import { trustmarkEvidence } from './schema.ts';

export interface EvidenceFile {
  id: string;
  applicationId: string;
  criterionId: string | null;
  filename: string;
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

/** While an application is being assessed its evidence may grow; after a decision it is the record. */
const UPLOAD_STATES: ReadonlySet<ApplicationState> = new Set([
  'submitted',
  'checking',
  'in_review',
  'gaps_reported',
  'resubmitted',
]);

const columns = {
  id: trustmarkEvidence.id,
  applicationId: trustmarkEvidence.applicationId,
  criterionId: trustmarkEvidence.criterionId,
  filename: trustmarkEvidence.filename,
  mediaType: trustmarkEvidence.mediaType,
  sizeBytes: trustmarkEvidence.sizeBytes,
  sha256: trustmarkEvidence.sha256,
  uploadedBy: trustmarkEvidence.uploadedBy,
  createdAt: trustmarkEvidence.createdAt,
};

const toFile = (row: { [K in keyof typeof columns]: unknown }): EvidenceFile => ({
  ...(row as Omit<EvidenceFile, 'createdAt'>),
  createdAt: (row.createdAt as Date).toISOString(),
});

/**
 * Documentary evidence for trustmark applications: checked by content (not by the name or the type claimed),
 * capped in size and count, kept in the database and only ever served back as a download.
 */
export class EvidenceStore {
  constructor(private readonly db: Db) {}

  async upload(
    application: { id: string; state: ApplicationState; criteria: Array<{ id: string }> },
    input: { bytes: Buffer; filename?: string; criterionId?: string; declaredType?: string },
    actor: string,
  ): Promise<EvidenceFile> {
    if (!UPLOAD_STATES.has(application.state))
      throw new DomainError(
        'TRANSITION_INVALID',
        `Evidence cannot be added while the application is ${application.state}`,
        {
          status: 409,
          location: 'state',
        },
      );
    if (input.criterionId && !application.criteria.some((c) => c.id === input.criterionId))
      throw new DomainError('CRITERION_UNKNOWN', `${input.criterionId} is not a criterion of this scheme`, {
        status: 422,
        location: 'criterionId',
      });
    if (input.bytes.length === 0)
      throw new DomainError('EVIDENCE_EMPTY', 'The file is empty', { status: 422, location: 'body' });
    if (input.bytes.length > EVIDENCE_MAX_BYTES)
      throw new DomainError(
        'EVIDENCE_TOO_LARGE',
        `Files may be at most ${EVIDENCE_MAX_BYTES / 1_048_576} MB`,
        {
          status: 413,
          location: 'body',
        },
      );
    const mediaType = sniffUploadType(input.bytes);
    if (!mediaType)
      throw new DomainError(
        'EVIDENCE_TYPE_UNSUPPORTED',
        'Upload a PDF, PNG, JPEG or WebP file, or plain text',
        { status: 415, location: 'body' },
      );
    const declared = input.declaredType?.split(';')[0]?.trim().toLowerCase();
    if (declared && declared !== 'application/octet-stream' && declared !== mediaType)
      throw new DomainError('EVIDENCE_TYPE_MISMATCH', `The file is ${mediaType}, not ${declared}`, {
        status: 415,
        location: 'content-type',
      });
    const id = newId();
    const file = await this.db.transaction(async (tx) => {
      // Serialise uploads per application so the count cap holds under concurrent requests.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`evidence:${application.id}`}))`);
      const [{ n } = { n: 0 }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(trustmarkEvidence)
        .where(eq(trustmarkEvidence.applicationId, application.id));
      if (n >= EVIDENCE_MAX_FILES)
        throw new DomainError('EVIDENCE_LIMIT', `An application holds at most ${EVIDENCE_MAX_FILES} files`, {
          status: 409,
          location: 'body',
        });
      const [row] = await tx
        .insert(trustmarkEvidence)
        .values({
          id,
          applicationId: application.id,
          criterionId: input.criterionId ?? null,
          filename: safeFilename(input.filename, mediaType),
          mediaType,
          sizeBytes: input.bytes.length,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
          content: input.bytes,
          uploadedBy: actor,
        })
        .returning(columns);
      await appendEvent(tx, {
        subject: 'trustmark.application.evidence_added',
        aggregateType: 'trustmark_application',
        aggregateId: application.id,
        payload: {
          evidenceId: id,
          criterionId: input.criterionId ?? null,
          filename: row!.filename,
          mediaType,
        },
        actor,
      });
      return toFile(row!);
    });
    return file;
  }

  async list(applicationId: string): Promise<EvidenceFile[]> {
    const rows = await this.db
      .select(columns)
      .from(trustmarkEvidence)
      .where(eq(trustmarkEvidence.applicationId, applicationId))
      .orderBy(asc(trustmarkEvidence.createdAt));
    return rows.map(toFile);
  }

  async content(applicationId: string, evidenceId: string): Promise<EvidenceFile & { content: Buffer }> {
    if (!isUuid(evidenceId)) throw notFound('Evidence', 'evidenceId');
    const [row] = await this.db
      .select({ ...columns, content: trustmarkEvidence.content })
      .from(trustmarkEvidence)
      .where(and(eq(trustmarkEvidence.applicationId, applicationId), eq(trustmarkEvidence.id, evidenceId)));
    if (!row) throw notFound('Evidence', 'evidenceId');
    return { ...toFile(row), content: row.content };
  }
}
