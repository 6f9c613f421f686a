import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../platform/errors.ts';
import { UPLOAD_MEDIA_TYPES } from '../platform/uploads/file-types.ts';

/** What an upload route takes as its body: the file itself, in one of these types. */
export const UPLOAD_CONTENT_TYPES = [...UPLOAD_MEDIA_TYPES, 'application/octet-stream'];

/**
 * Lets the routes of one plugin take a raw file as the body (parsed to a buffer, never interpreted), up to
 * `maxBytes`. Fastify reads text/plain as a string by default; within this plugin it is a file like the others.
 */
export function acceptRawUploads(
  app: Pick<FastifyInstance, 'removeContentTypeParser' | 'addContentTypeParser'>,
  maxBytes: number,
): void {
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    UPLOAD_CONTENT_TYPES,
    { parseAs: 'buffer', bodyLimit: maxBytes + 1 },
    (_r, body, done) => done(null, body),
  );
}

/** The uploaded file, or 415 with `code` when the body came in some other type (JSON, a form). */
export function uploadedFile(request: FastifyRequest, code: string): Buffer {
  if (!Buffer.isBuffer(request.body))
    throw new DomainError(code, `Send the file itself as ${UPLOAD_CONTENT_TYPES.join(', ')}`, {
      status: 415,
      location: 'content-type',
    });
  return request.body;
}
