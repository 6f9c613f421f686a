export {
  UPLOAD_MEDIA_TYPES as EVIDENCE_MEDIA_TYPES,
  type UploadMediaType as EvidenceMediaType,
} from '../../platform/uploads/file-types.ts';

/** Trustmark evidence: at most 5 MB a file and 30 files an application. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 30;
