/**
 * Bitstring Status List v1.0 (W3C Recommendation, 2025-05-15). §2.2: `encodedList` is the multibase base64url
 * (no padding, 'u' prefix) of the GZIP-compressed bitstring; index 0 is the left-most bit, i.e. the most
 * significant bit of byte 0 (§2.2, §7.1 "Bitstring Encoding"); the uncompressed list is at least 16 KiB
 * (131,072 entries) for herd privacy (§6.1). §3.2 is the validate algorithm `readStatus` implements (minus the
 * dereference and proof check, which the verifier does with its injected dependencies).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { base64UrlDecode, base64UrlEncode } from './multibase.ts';
import type { JsonObject, Result, VcProblem } from './types.ts';
import { asArray, isObject, isUrl, typesOf } from './util.ts';

/** §3.2 step 2: minimumNumberOfEntries. */
export const MIN_STATUS_LIST_BITS = 131_072;
/** Largest list we create or expand: 16 MiB (134 M entries). Bounds zip bombs on decode. */
export const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

const fail = (code: string, message: string, path?: string): { ok: false; problems: VcProblem[] } => ({
  ok: false,
  problems: [path === undefined ? { code, message } : { code, message, path }],
});

/**
 * An all-zero list of at least `bits` bits, rounded up to whole bytes and raised to the 131,072-bit minimum
 * (and capped at 16 MiB).
 */
export function createStatusList(bits: number = MIN_STATUS_LIST_BITS): Uint8Array {
  const wanted = Number.isFinite(bits)
    ? Math.max(MIN_STATUS_LIST_BITS, Math.ceil(bits))
    : MIN_STATUS_LIST_BITS;
  return new Uint8Array(Math.min(MAX_STATUS_LIST_BYTES, Math.ceil(wanted / 8)));
}

/**
 * GZIP (RFC 1952) then multibase base64url. Node's default deflate level with its default header (no name, no
 * mtime, OS byte 3) reproduces the spec's example list (§2.2 Example 3) byte for byte.
 */
export function encodeStatusList(list: Uint8Array): string {
  return `u${base64UrlEncode(gzipSync(list))}`;
}

/**
 * Multibase-decode then gunzip, refusing more than 16 MiB of output (a zip bomb would otherwise expand a few KB
 * into gigabytes). Accepts the value with or without the 'u' prefix: StatusList2021 lists and early drafts of
 * this spec omitted it.
 */
export function decodeStatusList(encoded: string): Result<Uint8Array> {
  if (typeof encoded !== 'string' || encoded.length === 0)
    return fail('STATUS_LIST_MALFORMED', 'encodedList must be a non-empty string');
  // Base64 of a 16 MiB gzip member is far larger than any honest list; refuse before decoding.
  if (encoded.length > MAX_STATUS_LIST_BYTES) return fail('STATUS_LIST_TOO_LARGE', 'encodedList is too long');
  const text = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  const bytes = base64UrlDecode(text);
  if (!bytes) return fail('STATUS_LIST_MALFORMED', 'encodedList is not multibase base64url');
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    return fail('STATUS_LIST_MALFORMED', 'encodedList is not GZIP data');
  try {
    const out = gunzipSync(bytes, { maxOutputLength: MAX_STATUS_LIST_BYTES });
    return { ok: true, value: new Uint8Array(out.buffer, out.byteOffset, out.byteLength) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || code === 'ERR_OUT_OF_RANGE' || (e as Error)?.name === 'RangeError')
      return fail('STATUS_LIST_TOO_LARGE', `the list expands beyond ${MAX_STATUS_LIST_BYTES} bytes`);
    return fail('STATUS_LIST_MALFORMED', 'encodedList does not decompress');
  }
}

/** The bit at `index` (0 = most significant bit of byte 0); undefined when out of range. */
export function getStatusBit(list: Uint8Array, index: number): boolean | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= list.length * 8) return undefined;
  return ((list[index >> 3]! >> (7 - (index & 7))) & 1) === 1;
}

/** Sets the bit at `index`; false when out of range (nothing changed). */
export function setStatusBit(list: Uint8Array, index: number, value: boolean): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= list.length * 8) return false;
  const mask = 1 << (7 - (index & 7));
  if (value) list[index >> 3]! |= mask;
  else list[index >> 3]! &= ~mask;
  return true;
}

/**
 * A `statusSize`-bit status (§2.1 statusSize) for entry `index`: bits index·size … index·size+size−1, the first
 * one most significant. undefined when out of range.
 */
export function getStatus(list: Uint8Array, index: number, statusSize = 1): number | undefined {
  if (!Number.isInteger(statusSize) || statusSize < 1 || statusSize > 16) return undefined;
  if (!Number.isInteger(index) || index < 0) return undefined;
  const start = index * statusSize;
  if (start + statusSize > list.length * 8) return undefined;
  let v = 0;
  for (let i = 0; i < statusSize; i++) v = (v << 1) | (getStatusBit(list, start + i) ? 1 : 0);
  return v;
}

/** Writes a `statusSize`-bit status; false when out of range or the value does not fit. */
export function setStatus(list: Uint8Array, index: number, statusSize: number, value: number): boolean {
  if (!Number.isInteger(statusSize) || statusSize < 1 || statusSize > 16) return false;
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** statusSize) return false;
  if (!Number.isInteger(index) || index < 0) return false;
  const start = index * statusSize;
  if (start + statusSize > list.length * 8) return false;
  for (let i = 0; i < statusSize; i++)
    setStatusBit(list, start + i, ((value >> (statusSize - 1 - i)) & 1) === 1);
  return true;
}

/** An unsigned BitstringStatusListCredential (§2.2) around an encoded list; the caller adds the proof. */
export function createStatusListCredential(opts: {
  id: string;
  issuer: string;
  statusPurpose: string | string[];
  list: Uint8Array;
  validFrom?: string;
  validUntil?: string;
  ttl?: number;
}): JsonObject {
  const subject: JsonObject = {
    id: `${opts.id}#list`,
    type: 'BitstringStatusList',
    statusPurpose: opts.statusPurpose,
    encodedList: encodeStatusList(opts.list),
  };
  if (opts.ttl !== undefined) subject.ttl = opts.ttl;
  const vc: JsonObject = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: opts.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: opts.issuer,
  };
  if (opts.validFrom !== undefined) vc.validFrom = opts.validFrom;
  if (opts.validUntil !== undefined) vc.validUntil = opts.validUntil;
  vc.credentialSubject = subject;
  return vc;
}

export interface StatusResult {
  /** The status value read (0 or 1 for single-bit lists). */
  status: number;
  purpose: string;
  /** §3.2 step 13: true when status is 0. */
  valid: boolean;
  /** §3.2 step 14: for statusPurpose "message", the matching statusMessage text. */
  message?: string;
}

/**
 * §3.2 steps 5–14 for one BitstringStatusListEntry against an already fetched and verified status list
 * credential: purpose must match, the list must decode and hold at least 131,072 entries, the index must be in
 * range. Codes: STATUS_ENTRY_INVALID, STATUS_VERIFICATION_ERROR (purpose/type mismatch), STATUS_LIST_MALFORMED,
 * STATUS_LIST_TOO_LARGE, STATUS_LIST_LENGTH_ERROR, STATUS_RANGE_ERROR.
 */
/** Decoded lists by the subject object they came from; status lists are read far more often than they change. */
const decodedLists = new WeakMap<object, Result<Uint8Array>>();

export function readStatus(
  entry: unknown,
  listCredential: unknown,
  opts: { minimumEntries?: number } = {},
): Result<StatusResult> {
  if (!isObject(entry) || !typesOf(entry).includes('BitstringStatusListEntry'))
    return fail('STATUS_ENTRY_INVALID', 'not a BitstringStatusListEntry');
  const purpose = entry.statusPurpose;
  const indexText = entry.statusListIndex;
  if (typeof purpose !== 'string')
    return fail('STATUS_ENTRY_INVALID', 'statusPurpose must be a string', 'statusPurpose');
  if (typeof indexText !== 'string' || !/^(?:0|[1-9][0-9]{0,15})$/.test(indexText))
    return fail(
      'STATUS_ENTRY_INVALID',
      'statusListIndex must be a base-10 integer string',
      'statusListIndex',
    );
  if (!isUrl(entry.statusListCredential))
    return fail('STATUS_ENTRY_INVALID', 'statusListCredential must be a URL', 'statusListCredential');
  const size = entry.statusSize ?? 1;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 16)
    return fail('STATUS_ENTRY_INVALID', 'statusSize must be an integer from 1 to 16', 'statusSize');

  if (!isObject(listCredential) || !typesOf(listCredential).includes('BitstringStatusListCredential'))
    return fail('STATUS_VERIFICATION_ERROR', 'the status list is not a BitstringStatusListCredential');
  const subject = listCredential.credentialSubject;
  if (!isObject(subject) || !typesOf(subject).includes('BitstringStatusList'))
    return fail('STATUS_VERIFICATION_ERROR', 'the status list subject is not a BitstringStatusList');
  // §3.2 step 5: the list may serve several purposes; ours must be one of them.
  const purposes = asArray(subject.statusPurpose);
  if (!purposes.includes(purpose))
    return fail('STATUS_VERIFICATION_ERROR', `the status list does not serve the purpose "${purpose}"`);
  if (typeof subject.encodedList !== 'string') return fail('STATUS_LIST_MALFORMED', 'encodedList is missing');
  const decoded = decodedLists.get(subject) ?? decodeStatusList(subject.encodedList);
  decodedLists.set(subject, decoded);
  if (!decoded.ok) return decoded;
  const list = decoded.value;
  // §3.2 step 9
  const minimum = opts.minimumEntries ?? MIN_STATUS_LIST_BITS;
  if ((list.length * 8) / size < minimum)
    return fail('STATUS_LIST_LENGTH_ERROR', `the list holds fewer than ${minimum} entries`);
  const index = Number(indexText);
  const status = getStatus(list, index, size);
  // §3.2 step 10: RANGE_ERROR
  if (status === undefined)
    return fail('STATUS_RANGE_ERROR', `statusListIndex ${indexText} is outside the list`);
  const result: StatusResult = { status, purpose, valid: status === 0 };
  if (purpose === 'message' || Array.isArray(entry.statusMessage)) {
    const msgs = asArray(entry.statusMessage ?? subject.statusMessages);
    const hex = `0x${status.toString(16)}`;
    for (const m of msgs)
      if (
        isObject(m) &&
        typeof m.status === 'string' &&
        m.status.toLowerCase() === hex &&
        typeof m.message === 'string'
      )
        result.message = m.message;
  }
  return { ok: true, value: result };
}
