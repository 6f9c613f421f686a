/**
 * Multibase (base58btc `z…`, base64url `u…`) and multicodec helpers, written from the Controlled Identifiers
 * v1.0 §2.4 "Multibase" / "Multikey" text and the multicodec table. Pure; decoders return `undefined` on any
 * malformed input instead of throwing, so callers turn that into their own problem code.
 */

const B58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_MAP = new Int8Array(128).fill(-1);
for (let i = 0; i < B58_ALPHABET.length; i++) B58_MAP[B58_ALPHABET.charCodeAt(i)] = i;

/** Longest base58 text we decode (keys and signatures are < 100 chars; this bounds the quadratic loop). */
export const MAX_BASE58_LENGTH = 4096;

/** base58btc (Bitcoin alphabet), leading zero bytes become leading '1's. */
export function base58Encode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // log(256)/log(58) ≈ 1.366: upper bound of output digits.
  const size = Math.ceil(((bytes.length - zeros) * 138) / 100) + 1;
  const digits = new Uint8Array(size);
  let length = 0;
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    let j = 0;
    for (let k = size - 1; (carry !== 0 || j < length) && k >= 0; k--, j++) {
      carry += 256 * digits[k]!;
      digits[k] = carry % 58;
      carry = (carry / 58) | 0;
    }
    length = j;
  }
  let start = size - length;
  while (start < size && digits[start] === 0) start++;
  let out = '1'.repeat(zeros);
  for (let i = start; i < size; i++) out += B58_ALPHABET[digits[i]!];
  return out;
}

/** Strict base58btc decoding: any character outside the alphabet gives `undefined`. */
export function base58Decode(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || text.length > MAX_BASE58_LENGTH) return undefined;
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === 49 /* '1' */) zeros++;
  // log(58)/log(256) ≈ 0.733
  const size = Math.ceil(((text.length - zeros) * 733) / 1000) + 1;
  const bytes = new Uint8Array(size);
  let length = 0;
  for (let i = zeros; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const value = c < 128 ? B58_MAP[c]! : -1;
    if (value < 0) return undefined;
    let carry = value;
    let j = 0;
    for (let k = size - 1; (carry !== 0 || j < length) && k >= 0; k--, j++) {
      carry += 58 * bytes[k]!;
      bytes[k] = carry & 0xff;
      carry >>= 8;
    }
    length = j;
  }
  let start = size - length;
  while (start < size && bytes[start] === 0) start++;
  const out = new Uint8Array(zeros + (size - start));
  out.set(bytes.subarray(start), zeros);
  return out;
}

const B64URL_RE = /^[A-Za-z0-9_-]*$/;

/** base64url without padding (RFC 4648 §5), as multibase 'u' and JOSE use it. */
export function base64UrlEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/**
 * Strict base64url decoding: Node's decoder silently skips characters outside the alphabet, so we check the
 * alphabet and the length first (a length of 4n+1 cannot come from any byte string), and reject padding.
 */
export function base64UrlDecode(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || text.length % 4 === 1 || !B64URL_RE.test(text)) return undefined;
  const buf = Buffer.from(text, 'base64url');
  // Non-canonical trailing bits ("AB" vs "AA") would decode to the same bytes; re-encode to refuse them so a
  // signature or list has exactly one textual form.
  if (buf.toString('base64url') !== text) return undefined;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Multibase decode for the two bases the VC specs use: 'z' base58btc and 'u' base64url (no padding). */
export function multibaseDecode(
  text: string,
): { base: 'base58btc' | 'base64url'; bytes: Uint8Array } | undefined {
  if (typeof text !== 'string' || text.length < 1) return undefined;
  const prefix = text[0];
  if (prefix === 'z') {
    const bytes = base58Decode(text.slice(1));
    return bytes ? { base: 'base58btc', bytes } : undefined;
  }
  if (prefix === 'u') {
    const bytes = base64UrlDecode(text.slice(1));
    return bytes ? { base: 'base64url', bytes } : undefined;
  }
  return undefined;
}

export function multibaseEncodeBase58(bytes: Uint8Array): string {
  return `z${base58Encode(bytes)}`;
}

/** Multicodec codes used here (https://github.com/multiformats/multicodec table.csv). */
export const MULTICODEC = {
  ed25519Pub: 0xed,
  ed25519Priv: 0x1300,
  p256Pub: 0x1200,
} as const;

/** Unsigned LEB128 varint, as multicodec prefixes are written (0xed → ed 01, 0x1200 → 80 24). */
export function varintEncode(value: number): Uint8Array {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return Uint8Array.from(out);
}

/** Reads a varint of at most 4 bytes (multicodec codes are small); undefined if truncated or too long. */
export function varintDecode(bytes: Uint8Array): { value: number; length: number } | undefined {
  let value = 0;
  for (let i = 0; i < bytes.length && i < 4; i++) {
    const b = bytes[i]!;
    value |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) {
      // Minimal encoding only: a trailing 0x00 continuation byte would give a second spelling of the same code.
      if (i > 0 && b === 0) return undefined;
      return { value, length: i + 1 };
    }
  }
  return undefined;
}

/** Prefixes `data` with the varint of `code`. */
export function multicodecWrap(code: number, data: Uint8Array): Uint8Array {
  const prefix = varintEncode(code);
  const out = new Uint8Array(prefix.length + data.length);
  out.set(prefix, 0);
  out.set(data, prefix.length);
  return out;
}

export function multicodecUnwrap(bytes: Uint8Array): { code: number; data: Uint8Array } | undefined {
  const v = varintDecode(bytes);
  if (!v) return undefined;
  return { code: v.value, data: bytes.subarray(v.length) };
}
