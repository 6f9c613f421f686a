/**
 * Securing Verifiable Credentials using JOSE and COSE (W3C Recommendation, 2025-05-15), JWS part. §3.1.1: the
 * payload of the compact JWS is the credential itself (no `vc` claim); the protected header carries `alg`,
 * `kid`, `typ: vc+jwt` and `cty: vc` (§3.1.2 for presentations: `vp+jwt`, `vp`). §4 Key Discovery: `kid` is a
 * DID URL (or a fragment relative to the issuer); §3.1.1 and §A: the key's controller must be the issuer.
 *
 * Signing uses the `jose` library. Verification is done here on node:crypto after strict parsing: the
 * algorithm allowlist is ours (EdDSA, ES256 only), the key comes only from the resolver (never from `jwk`,
 * `jku` or `x5u` header members), and `alg` must match the resolved key's type, which is the whole defence
 * against algorithm confusion (`none`, HS256 keyed with the public key, RS256 with an EC key…). Calling
 * `crypto.verify` synchronously instead of jose's WebCrypto path keeps verification within a few percent of a
 * bare signature check (see bench/vc.ts).
 */
import { verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { CompactSign } from 'jose';
import { importPublicJwk } from './keys.ts';
import { base64UrlDecode } from './multibase.ts';
import type { ResolvedVerificationKey } from './resolvers.ts';
import type { JsonObject, Result, VcProblem, VerificationMethodResolver } from './types.ts';
import { holderId, isDidUrlWithFragment, isObject, issuerId } from './util.ts';

export type JoseAlg = 'EdDSA' | 'ES256';

export interface JoseSigningKey {
  privateKey: CryptoKey | KeyObject;
  /** Absolute DID URL of the verification method, e.g. `did:web:example.com#key-1`. */
  kid: string;
  alg: JoseAlg;
}

/** Default size limit of a compact JWS (1 MiB); larger input is refused before any parsing. */
export const DEFAULT_MAX_JWT_BYTES = 1024 * 1024;

const ALLOWED_ALGS: ReadonlySet<string> = new Set(['EdDSA', 'ES256']);
const VC_TYPS: ReadonlySet<string> = new Set([
  'vc+jwt',
  'vc+ld+jwt',
  'application/vc+jwt',
  'application/vc+ld+jwt',
]);
const VP_TYPS: ReadonlySet<string> = new Set([
  'vp+jwt',
  'vp+ld+jwt',
  'application/vp+jwt',
  'application/vp+ld+jwt',
]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function sign(payload: JsonObject, key: JoseSigningKey, typ: string, cty: string): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return new CompactSign(bytes)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ, cty })
    .sign(key.privateKey);
}

/** VC-JOSE-COSE §3.1.1: compact JWS whose payload is the credential; header {alg, kid, typ: vc+jwt, cty: vc}. */
export function signVcJwt(credential: JsonObject, key: JoseSigningKey): Promise<string> {
  return sign(credential, key, 'vc+jwt', 'vc');
}

/** VC-JOSE-COSE §3.1.2: the same for a presentation, typ vp+jwt, cty vp. */
export function signVpJwt(presentation: JsonObject, key: JoseSigningKey): Promise<string> {
  return sign(presentation, key, 'vp+jwt', 'vp');
}

export interface JwtVerification {
  /** The verified payload: the credential (or presentation) itself. */
  credential: JsonObject;
  header: JsonObject;
  /** Absolute id of the verification method whose key verified the signature. */
  verificationMethod: string;
}

const fail = (code: string, message: string, path?: string): { ok: false; problems: VcProblem[] } => ({
  ok: false,
  problems: [path === undefined ? { code, message } : { code, message, path }],
});

const B64URL_SEGMENT_RE = /^[A-Za-z0-9_-]+$/;

/**
 * Header and payload segments: base64url alphabet checked, but not re-encoded to refuse non-canonical trailing
 * bits (as base64UrlDecode does) — the signature covers these segments' text, so a second spelling cannot be
 * passed off as signed. Invalid UTF-8 is refused.
 */
function parseSegment(segment: string): JsonObject | undefined {
  if (segment.length % 4 === 1 || !B64URL_SEGMENT_RE.test(segment)) return undefined;
  const bytes = Buffer.from(segment, 'base64url');
  try {
    const v: unknown = JSON.parse(utf8.decode(bytes));
    return isObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a compact JWS without verifying it (header and payload as JSON objects). For reporting what an
 * unverifiable token claimed; never trust the result.
 */
export function decodeJwtUnverified(jwt: string): { header: JsonObject; payload: JsonObject } | undefined {
  if (typeof jwt !== 'string' || jwt.length > DEFAULT_MAX_JWT_BYTES) return undefined;
  const parts = jwt.split('.');
  if (parts.length !== 3) return undefined;
  const header = parseSegment(parts[0]!);
  const payload = parseSegment(parts[1]!);
  return header && payload ? { header, payload } : undefined;
}

async function verifyJws(
  jwt: unknown,
  resolve: VerificationMethodResolver,
  kind: 'vc' | 'vp',
  maxBytes: number,
): Promise<Result<JwtVerification>> {
  if (typeof jwt !== 'string') return fail('JOSE_MALFORMED', 'a JWT must be a string');
  if (jwt.length > maxBytes) return fail('JOSE_TOO_LARGE', `the JWT is longer than ${maxBytes} bytes`);
  const parts = jwt.split('.');
  // RFC 7515 §7.1: exactly three segments; an empty signature is the unsecured "none" form.
  if (parts.length !== 3 || parts[0]!.length === 0 || parts[1]!.length === 0)
    return fail('JOSE_MALFORMED', 'not a compact JWS (header.payload.signature)');
  const header = parseSegment(parts[0]!);
  if (!header) return fail('JOSE_MALFORMED', 'the protected header is not base64url JSON');

  const alg = header.alg;
  if (typeof alg !== 'string' || !ALLOWED_ALGS.has(alg))
    return fail(
      'JOSE_ALG_NOT_ALLOWED',
      `alg ${JSON.stringify(alg ?? null)} is not allowed (EdDSA, ES256 only)`,
      'alg',
    );
  // RFC 7515 §4.1.11: we understand no critical extensions, so any `crit` makes the JWS unacceptable;
  // RFC 7797 `b64: false` would change what is signed.
  if (header.crit !== undefined)
    return fail('JOSE_MALFORMED', 'critical header extensions are not supported', 'crit');
  if (header.b64 !== undefined && header.b64 !== true)
    return fail('JOSE_MALFORMED', 'unencoded payloads (b64) are not supported', 'b64');
  const typs = kind === 'vc' ? VC_TYPS : VP_TYPS;
  if (header.typ !== undefined && (typeof header.typ !== 'string' || !typs.has(header.typ)))
    return fail('JOSE_TYP_INVALID', `typ must be ${kind}+jwt or ${kind}+ld+jwt`, 'typ');
  const signature = base64UrlDecode(parts[2]!);
  if (!signature || signature.length === 0) return fail('JOSE_MALFORMED', 'the signature is not base64url');

  const payload = parseSegment(parts[1]!);
  if (!payload) return fail('JOSE_MALFORMED', 'the payload is not a JSON object');
  const controller = kind === 'vc' ? issuerId(payload) : holderId(payload);
  if (kind === 'vc' && !controller)
    return fail('JOSE_ISSUER_MISMATCH', 'the credential names no issuer', 'issuer');
  // VC-JOSE-COSE §3.1.1: a JWT `iss` claim, if used, must agree with the credential's issuer.
  if (kind === 'vc' && payload.iss !== undefined && payload.iss !== controller)
    return fail('JOSE_ISSUER_MISMATCH', 'the iss claim differs from issuer', 'iss');

  const rawKid = header.kid;
  if (typeof rawKid !== 'string' || rawKid.length === 0)
    return fail('JOSE_KID_MISSING', 'the header has no kid', 'kid');
  let kid: string;
  if (rawKid.startsWith('#')) {
    if (!controller)
      return fail('JOSE_KID_INVALID', 'a relative kid needs a holder to resolve against', 'kid');
    kid = `${controller}${rawKid}`;
  } else kid = rawKid;
  if (!isDidUrlWithFragment(kid) && !rawKid.startsWith('#'))
    return fail('JOSE_KID_INVALID', 'kid must be an absolute DID URL with a fragment', 'kid');

  let key: ResolvedVerificationKey | undefined;
  try {
    key = (await resolve(kid)) as ResolvedVerificationKey | undefined;
  } catch {
    key = undefined;
  }
  if (!key || key.id !== kid)
    return fail('JOSE_KEY_UNRESOLVED', `verification method ${kid} could not be resolved`, 'kid');
  if (controller && key.controller !== controller)
    return fail(
      'JOSE_ISSUER_MISMATCH',
      `the key is controlled by ${key.controller}, not ${controller}`,
      'kid',
    );
  // Where the resolver reports relationships, the method must be authorised for this use (CID v1.0 §2.3).
  const relationship = kind === 'vc' ? 'assertionMethod' : 'authentication';
  if (key.relationships && !key.relationships.includes(relationship))
    return fail(
      'JOSE_KEY_NOT_AUTHORIZED',
      `${kid} is not an ${relationship} method of its controller`,
      'kid',
    );

  // Algorithm confusion defence: alg must fit the resolved key, whatever the header claims.
  const jwk = key.publicKeyJwk;
  const fits =
    (alg === 'EdDSA' && jwk?.kty === 'OKP' && jwk.crv === 'Ed25519') ||
    (alg === 'ES256' && jwk?.kty === 'EC' && jwk.crv === 'P-256');
  if (!fits)
    return fail('JOSE_ALG_NOT_ALLOWED', `alg ${alg} does not match the ${jwk?.crv ?? 'unknown'} key`, 'alg');
  if (signature.length !== 64) return fail('JOSE_SIGNATURE_INVALID', 'the signature has the wrong length');
  const publicKey = importPublicJwk(jwk);
  if (!publicKey) return fail('JOSE_KEY_UNRESOLVED', 'the resolved key does not import', 'kid');

  const signingInput = Buffer.from(jwt.slice(0, parts[0]!.length + 1 + parts[1]!.length), 'latin1');
  let valid = false;
  try {
    valid =
      alg === 'EdDSA'
        ? cryptoVerify(null, signingInput, publicKey, signature)
        : // RFC 7518 §3.4: ES256 signatures are R‖S, not DER.
          cryptoVerify('sha256', signingInput, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    valid = false;
  }
  if (!valid) return fail('JOSE_SIGNATURE_INVALID', 'the signature does not verify');
  return { ok: true, value: { credential: payload, header, verificationMethod: kid } };
}

/** Verifies a VC-JOSE-COSE compact JWS credential. Never throws. */
export async function verifyVcJwt(
  jwt: string,
  resolve: VerificationMethodResolver,
  opts: { maxBytes?: number } = {},
): Promise<Result<JwtVerification>> {
  try {
    return await verifyJws(jwt, resolve, 'vc', opts.maxBytes ?? DEFAULT_MAX_JWT_BYTES);
  } catch {
    return fail('JOSE_MALFORMED', 'the JWT could not be processed');
  }
}

/** Verifies a VC-JOSE-COSE compact JWS presentation; the key's controller must be the holder when one is named. */
export async function verifyVpJwt(
  jwt: string,
  resolve: VerificationMethodResolver,
  opts: { maxBytes?: number } = {},
): Promise<Result<JwtVerification>> {
  try {
    return await verifyJws(jwt, resolve, 'vp', opts.maxBytes ?? DEFAULT_MAX_JWT_BYTES);
  } catch {
    return fail('JOSE_MALFORMED', 'the JWT could not be processed');
  }
}

/** VCDM 2.0 §4.13.1: an EnvelopedVerifiableCredential carrying a vc+jwt in a data: URL. */
export function envelopeJwt(jwt: string): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: `data:application/vc+jwt,${jwt}`,
    type: 'EnvelopedVerifiableCredential',
  };
}

// Media types seen in enveloped credentials: the VC-JOSE-COSE REC (vc+jwt), its drafts (vc+ld+jwt, vc-ld+jwt)
// and UNTP implementations (vc+ld+json+jwt, written with ';' instead of ',' before the token).
const ENVELOPE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'application/vc+jwt',
  'application/vc+ld+jwt',
  'application/vc-ld+jwt',
  'application/vc+ld+json+jwt',
]);
const COMPACT_JWS_RE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** The compact JWS inside an EnvelopedVerifiableCredential, or undefined when `value` is not one. */
export function unwrapEnvelope(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const types = Array.isArray(value.type) ? value.type : [value.type];
  if (!types.includes('EnvelopedVerifiableCredential')) return undefined;
  const id = value.id;
  if (typeof id !== 'string' || !id.startsWith('data:') || id.length > DEFAULT_MAX_JWT_BYTES + 64)
    return undefined;
  const rest = id.slice(5);
  // RFC 2397: data:[<mediatype>][;params],<data>. UNTP's form has no comma: data:<mediatype>;<jwt>.
  const comma = rest.indexOf(',');
  let mediaType: string;
  let data: string;
  if (comma >= 0) {
    mediaType = rest.slice(0, comma).split(';')[0]!.trim().toLowerCase();
    if (/;\s*base64\s*(?:;|$)/i.test(rest.slice(0, comma))) return undefined;
    data = rest.slice(comma + 1);
  } else {
    const semi = rest.indexOf(';');
    if (semi < 0) return undefined;
    mediaType = rest.slice(0, semi).trim().toLowerCase();
    data = rest.slice(semi + 1);
  }
  if (!ENVELOPE_MEDIA_TYPES.has(mediaType)) return undefined;
  return COMPACT_JWS_RE.test(data) ? data : undefined;
}
