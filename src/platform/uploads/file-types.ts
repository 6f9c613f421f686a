/**
 * What people may upload as evidence (trustmark documents, complaint attachments): documents and pictures,
 * recognised by their first bytes rather than by the name or type the uploader claims, so nothing that a browser
 * would run or render as a page gets stored.
 */
export const UPLOAD_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/plain',
] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Plain text: valid UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  // Markup would be plain text to us and a page to a careless viewer: refuse it outright.
  return !/<\s*(html|script|svg|body|iframe|!doctype)/i.test(text);
}

/** The media type of an upload from its content, or null when it is not one we accept. */
export function sniffUploadType(bytes: Uint8Array): UploadMediaType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (bytes.length > 0 && isPlainText(bytes)) return 'text/plain';
  return null;
}

/**
 * A file name safe to show and to put in a Content-Disposition header: no path, no control or quote characters,
 * at most 120 characters, never empty.
 */
export function safeFilename(name: string | undefined, mediaType: UploadMediaType): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
    .replace(/[\u0000-\u001f\u007f"<>|:*?;]/g, '')
    .trim()
    .slice(0, 120);
  if (cleaned && cleaned !== '.' && cleaned !== '..') return cleaned;
  const extension = {
    'application/pdf': 'pdf',
    'image/png': 'png',
    'image/jpeg': 'jpg',
    'image/webp': 'webp',
    'text/plain': 'txt',
  }[mediaType];
  return `evidence.${extension}`;
}
