import { createHash } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { appendEvent } from '../../platform/bus/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict, DomainError, notFound } from '../../platform/errors.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { safeFilename, sniffUploadType, type UploadMediaType } from '../../platform/uploads/file-types.ts';
import { complaintAttachments } from './schema.ts';
import type { ComplaintAttachment, ComplaintRow, Viewer } from './types.ts';
import type { ParticipantRole } from './vocabulary.ts';

type Row = ComplaintRow;

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_FILES = 10;

const invalid = (code: string, message: string, location: string, status = 422) =>
  new DomainError(code, message, { status, location });

/**
 * Evidence the parties attach to a complaint: recognised by content (never by the claimed type), capped in size
 * and number, kept in the database and served back only as a download.
 */
export class ComplaintAttachments {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async list(complaintId: string): Promise<ComplaintAttachment[]> {
    const rows = await this.db
      .select({
        id: complaintAttachments.id,
        uploadedByRole: complaintAttachments.uploadedByRole,
        filename: complaintAttachments.filename,
        mediaType: complaintAttachments.mediaType,
        sizeBytes: complaintAttachments.sizeBytes,
        sha256: complaintAttachments.sha256,
        createdAt: complaintAttachments.createdAt,
      })
      .from(complaintAttachments)
      .where(eq(complaintAttachments.complaintId, complaintId))
      .orderBy(asc(complaintAttachments.createdAt));
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  }

  async add(
    row: Row,
    viewer: Viewer,
    bytes: Buffer,
    filename?: string,
    declaredType?: string,
  ): Promise<ComplaintAttachment> {
    if (row.state === 'closed' || row.state === 'forwarded' || row.personalDataErasedAt)
      throw new DomainError('TRANSITION_INVALID', 'The complaint is closed', {
        status: 409,
        location: 'status',
      });
    if (bytes.length === 0) throw invalid('ATTACHMENT_EMPTY', 'The file is empty', 'body');
    if (bytes.length > ATTACHMENT_MAX_BYTES)
      throw invalid(
        'ATTACHMENT_TOO_LARGE',
        `Files may be at most ${ATTACHMENT_MAX_BYTES / 1_048_576} MB`,
        'body',
        413,
      );
    const mediaType: UploadMediaType | null = sniffUploadType(bytes);
    if (!mediaType)
      throw invalid(
        'ATTACHMENT_TYPE_UNSUPPORTED',
        'Attach a PDF, PNG, JPEG or WebP file, or plain text',
        'body',
        415,
      );
    const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
    if (declared && declared !== 'application/octet-stream' && declared !== mediaType)
      throw invalid(
        'ATTACHMENT_TYPE_MISMATCH',
        `The file is ${mediaType}, not ${declared}`,
        'content-type',
        415,
      );
    const id = newId();
    const role: ParticipantRole = viewer.role === 'staff' ? 'mediator' : viewer.role;
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`complaint-attachments:${row.id}`}))`);
      const [existing] = await tx
        .select({ n: count() })
        .from(complaintAttachments)
        .where(eq(complaintAttachments.complaintId, row.id));
      if ((existing?.n ?? 0) >= ATTACHMENT_MAX_FILES)
        throw conflict('ATTACHMENT_LIMIT', `A complaint holds at most ${ATTACHMENT_MAX_FILES} files`, 'body');
      const values = {
        id,
        complaintId: row.id,
        uploadedByRole: role,
        filename: safeFilename(filename, mediaType),
        mediaType,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: bytes,
        createdAt: this.now(),
      };
      await tx.insert(complaintAttachments).values(values);
      await appendEvent(tx, {
        subject: 'complaints.complaint.attachment_added',
        aggregateType: 'complaint',
        aggregateId: row.id,
        payload: { attachmentId: id, role, mediaType },
        actor: viewer.role === 'consumer' ? 'consumer' : viewer.actor,
      });
      const { content: _content, complaintId: _c, ...meta } = values;
      return { ...meta, createdAt: values.createdAt.toISOString() };
    });
  }

  async content(row: Row, attachmentId: string): Promise<ComplaintAttachment & { content: Buffer }> {
    if (!isUuid(attachmentId)) throw notFound('Attachment', 'attachmentId');
    const [found] = await this.db
      .select()
      .from(complaintAttachments)
      .where(and(eq(complaintAttachments.complaintId, row.id), eq(complaintAttachments.id, attachmentId)));
    if (!found) throw notFound('Attachment', 'attachmentId');
    return { ...found, createdAt: found.createdAt.toISOString() };
  }
}
