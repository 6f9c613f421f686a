/**
 * Public-key plumbing shared by the JOSE and Data Integrity verifiers: JWK validation, JWK ↔ raw bytes, and a
 * bounded cache of imported `KeyObject`s. Importing a key (ASN.1/JWK parsing, point decompression) costs about
 * as much as one Ed25519 verification, so verifying many credentials of one issuer would pay it twice per
 * credential without the cache. The cache maps key material to the imported key (a pure function), so sharing
 * it across callers leaks nothing and cannot be poisoned by a resolver.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { base64UrlDecode, base64UrlEncode } from './multibase.ts';
import type { JsonWebKeyPublic, VcProblem } from './types.ts';

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
// SubjectPublicKeyInfo for id-ecPublicKey / prime256v1 with a 33-byte compressed point (SEC 1 §2.3.3).
const P256_COMPRESSED_SPKI_PREFIX = Buffer.from(
  '3039301306072a8648ce3d020106082a8648ce3d030107032200',
  'hex',
);

function problem(code: string, message: string, path?: string): VcProblem {
  return path === undefined ? { code, message } : { code, message, path };
}

/**
 * Checks that `jwk` is a public Ed25519 (OKP) or P-256 (EC) key with coordinates of the right length and no
 * private part. Returns a normalised copy holding only the members we use.
 */
export function checkPublicJwk(
  jwk: unknown,
): { ok: true; value: JsonWebKeyPublic } | { ok: false; problem: VcProblem } {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    return { ok: false, problem: problem('KEY_MALFORMED', 'the JWK is not an object') };
  const k = jwk as Record<string, unknown>;
  if ('d' in k)
    return { ok: false, problem: problem('KEY_PRIVATE_MATERIAL', 'the JWK contains a private key (d)') };
  if (k.kty === 'OKP' && k.crv === 'Ed25519') {
    const x = typeof k.x === 'string' ? base64UrlDecode(k.x) : undefined;
    if (x?.length !== 32)
      return { ok: false, problem: problem('KEY_MALFORMED', 'Ed25519 JWK x must be 32 bytes base64url') };
    return { ok: true, value: { kty: 'OKP', crv: 'Ed25519', x: k.x as string } };
  }
  if (k.kty === 'EC' && k.crv === 'P-256') {
    const x = typeof k.x === 'string' ? base64UrlDecode(k.x) : undefined;
    const y = typeof k.y === 'string' ? base64UrlDecode(k.y) : undefined;
    if (x?.length !== 32 || !y || y.length !== 32)
      return { ok: false, problem: problem('KEY_MALFORMED', 'P-256 JWK x and y must be 32 bytes base64url') };
    return { ok: true, value: { kty: 'EC', crv: 'P-256', x: k.x as string, y: k.y as string } };
  }
  return {
    ok: false,
    problem: problem('KEY_UNSUPPORTED', 'only Ed25519 (OKP) and P-256 (EC) keys are supported'),
  };
}

const KEY_CACHE_LIMIT = 1024;
const keyCache = new Map<string, KeyObject | null>();

function cacheKey(jwk: JsonWebKeyPublic): string {
  return `${jwk.crv}|${jwk.x}|${jwk.y ?? ''}`;
}

/**
 * Imports a public JWK into a `KeyObject`, cached (LRU, 1024 entries). `undefined` when the key does not import
 * (for P-256, OpenSSL rejects points that are not on the curve).
 */
export function importPublicJwk(jwk: JsonWebKeyPublic): KeyObject | undefined {
  const id = cacheKey(jwk);
  const hit = keyCache.get(id);
  if (hit !== undefined) {
    // Refresh recency: Map keeps insertion order, so the first entry is the least recently used.
    keyCache.delete(id);
    keyCache.set(id, hit);
    return hit ?? undefined;
  }
  let key: KeyObject | null;
  try {
    const material: Record<string, string> = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
    if (jwk.y !== undefined) material.y = jwk.y;
    key = createPublicKey({ key: material, format: 'jwk' });
  } catch {
    key = null;
  }
  keyCache.set(id, key);
  if (keyCache.size > KEY_CACHE_LIMIT) {
    const oldest = keyCache.keys().next().value;
    if (oldest !== undefined) keyCache.delete(oldest);
  }
  return key ?? undefined;
}

/** Raw 32-byte Ed25519 public key → JWK. */
export function ed25519RawToJwk(raw: Uint8Array): JsonWebKeyPublic {
  return { kty: 'OKP', crv: 'Ed25519', x: base64UrlEncode(raw) };
}

/** Raw 32-byte Ed25519 public key → KeyObject. */
export function ed25519PublicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** 32-byte Ed25519 seed (the RFC 8032 private key) → private KeyObject. Used for spec vectors and tests. */
export function ed25519PrivateKeyFromSeed(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** Raw public key bytes of an Ed25519 KeyObject (public or private). */
export function ed25519RawFromKeyObject(key: KeyObject): Uint8Array | undefined {
  try {
    const pub = key.type === 'private' ? createPublicKey(key) : key;
    if (pub.asymmetricKeyType !== 'ed25519') return undefined;
    const jwk = pub.export({ format: 'jwk' });
    return typeof jwk.x === 'string' ? base64UrlDecode(jwk.x) : undefined;
  } catch {
    return undefined;
  }
}

/** SEC 1 compressed P-256 point (33 bytes, 02/03 prefix) → JWK, letting OpenSSL do the decompression. */
export function p256CompressedToJwk(point: Uint8Array): JsonWebKeyPublic | undefined {
  if (point.length !== 33 || (point[0] !== 2 && point[0] !== 3)) return undefined;
  try {
    const key = createPublicKey({
      key: Buffer.concat([P256_COMPRESSED_SPKI_PREFIX, point]),
      format: 'der',
      type: 'spki',
    });
    const jwk = key.export({ format: 'jwk' });
    if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return undefined;
    return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  } catch {
    return undefined;
  }
}

/** JWK (P-256) → SEC 1 compressed point: 02 when y is even, 03 when odd, then x. */
export function p256JwkToCompressed(jwk: JsonWebKeyPublic): Uint8Array | undefined {
  const x = base64UrlDecode(jwk.x);
  const y = jwk.y === undefined ? undefined : base64UrlDecode(jwk.y);
  if (!x || !y || x.length !== 32 || y.length !== 32) return undefined;
  const out = new Uint8Array(33);
  out[0] = (y[31]! & 1) === 0 ? 2 : 3;
  out.set(x, 1);
  return out;
}
