/**
 * did:key (W3C CCG "The did:key Method v0.7", §3 "Operations": the DID is `did:key:` + a multibase base58btc
 * multicodec public key; resolution expands it into a DID document with one verification method whose fragment
 * is the same multibase value) and Multikey ↔ JWK conversion (Controlled Identifiers v1.0 §2.2.2 "Multikey").
 * Supports Ed25519 (multicodec 0xed, `z6Mk…`) and P-256 (0x1200 compressed, `zDn…`).
 */
import { checkPublicJwk, ed25519RawToJwk, p256CompressedToJwk, p256JwkToCompressed } from './keys.ts';
import {
  base64UrlDecode,
  MULTICODEC,
  multibaseDecode,
  multibaseEncodeBase58,
  multicodecUnwrap,
  multicodecWrap,
} from './multibase.ts';
import type { DidDocument, JsonWebKeyPublic, Result, VcProblem } from './types.ts';

const fail = (code: string, message: string, path?: string): { ok: false; problems: VcProblem[] } => ({
  ok: false,
  problems: [path === undefined ? { code, message } : { code, message, path }],
});

/** Longest Multikey value we look at (a P-256 key is 49 characters); bounds work on hostile input. */
const MAX_MULTIKEY_LENGTH = 128;

/** `did:key:z6Mk…` for a raw 32-byte Ed25519 public key. */
export function didKeyFromEd25519(publicKeyRaw: Uint8Array): string {
  return `did:key:${multibaseEncodeBase58(multicodecWrap(MULTICODEC.ed25519Pub, publicKeyRaw))}`;
}

/** Multikey `publicKeyMultibase` (base58btc multicodec) → public JWK. */
export function multikeyToJwk(publicKeyMultibase: string): Result<JsonWebKeyPublic> {
  if (typeof publicKeyMultibase !== 'string' || publicKeyMultibase.length > MAX_MULTIKEY_LENGTH)
    return fail('KEY_MALFORMED', 'publicKeyMultibase must be a short string');
  // CID v1.0 §2.2.2: Multikey values use the base58btc ('z') header.
  if (!publicKeyMultibase.startsWith('z'))
    return fail('KEY_MALFORMED', 'publicKeyMultibase must be base58btc (z prefix)');
  const decoded = multibaseDecode(publicKeyMultibase);
  if (!decoded) return fail('KEY_MALFORMED', 'publicKeyMultibase is not valid base58btc');
  const unwrapped = multicodecUnwrap(decoded.bytes);
  if (!unwrapped) return fail('KEY_MALFORMED', 'publicKeyMultibase has no multicodec prefix');
  if (unwrapped.code === MULTICODEC.ed25519Pub) {
    if (unwrapped.data.length !== 32) return fail('KEY_MALFORMED', 'Ed25519 public keys are 32 bytes');
    return { ok: true, value: ed25519RawToJwk(unwrapped.data) };
  }
  if (unwrapped.code === MULTICODEC.p256Pub) {
    const jwk = p256CompressedToJwk(unwrapped.data);
    if (!jwk) return fail('KEY_MALFORMED', 'P-256 public key is not a valid compressed point');
    return { ok: true, value: jwk };
  }
  // 0x1300 ed25519-priv, 0x1306 p256-priv: refuse loudly, a published secret key is an incident.
  if (unwrapped.code === MULTICODEC.ed25519Priv || unwrapped.code === 0x1306)
    return fail('KEY_PRIVATE_MATERIAL', 'publicKeyMultibase holds a private key');
  return fail('KEY_UNSUPPORTED', `unsupported multicodec 0x${unwrapped.code.toString(16)}`);
}

/** Public JWK (Ed25519 or P-256) → Multikey `publicKeyMultibase`. */
export function jwkToMultikey(jwk: JsonWebKeyPublic): Result<string> {
  const checked = checkPublicJwk(jwk);
  if (!checked.ok) return { ok: false, problems: [checked.problem] };
  const k = checked.value;
  if (k.kty === 'OKP') {
    const x = base64UrlDecode(k.x)!;
    return { ok: true, value: multibaseEncodeBase58(multicodecWrap(MULTICODEC.ed25519Pub, x)) };
  }
  const compressed = p256JwkToCompressed(k);
  if (!compressed) return fail('KEY_MALFORMED', 'P-256 JWK coordinates are not 32 bytes');
  // Round-trip through decompression so a point that is not on the curve is refused here, not later.
  const back = p256CompressedToJwk(compressed);
  if (!back || back.y !== k.y) return fail('KEY_MALFORMED', 'P-256 JWK is not a point on the curve');
  return { ok: true, value: multibaseEncodeBase58(multicodecWrap(MULTICODEC.p256Pub, compressed)) };
}

const DID_KEY_RE = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/;

/**
 * Expands a did:key into its DID document (did:key §3.1.2 "Document Creation Algorithm", Multikey form): one
 * Multikey verification method `did:key:z…#z…`, referenced from assertionMethod, authentication,
 * capabilityInvocation and capabilityDelegation. Key agreement (X25519 derivation) is not produced.
 */
export function resolveDidKey(did: string): Result<DidDocument> {
  if (typeof did !== 'string' || did.length > MAX_MULTIKEY_LENGTH + 8)
    return fail('DID_INVALID', 'not a did:key DID');
  const m = DID_KEY_RE.exec(did);
  if (!m) return fail('DID_INVALID', 'not a did:key DID (did:key:z… with no path, query or fragment)');
  const multibase = m[1]!;
  const jwk = multikeyToJwk(multibase);
  if (!jwk.ok) return jwk;
  const vmId = `${did}#${multibase}`;
  return {
    ok: true,
    value: {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [{ id: vmId, type: 'Multikey', controller: did, publicKeyMultibase: multibase }],
      authentication: [vmId],
      assertionMethod: [vmId],
      capabilityInvocation: [vmId],
      capabilityDelegation: [vmId],
    },
  };
}
