/**
 * Reading verifiable credentials in the browser: what a person pasted or uploaded, the credential inside an
 * enveloped JWT, and the few fields the pages show (type, subject, validity). Nothing here checks a signature:
 * that is the node's verifier's job.
 */

export type JsonRecord = Record<string, unknown>;

/** The largest credential the verifier page reads (the node's request limit is 1 MiB as well). */
export const MAX_CREDENTIAL_BYTES = 1024 * 1024;

const ENVELOPED_PREFIX = 'data:application/vc+jwt,';
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const utf8 = new TextEncoder();

export function base64UrlEncode(text: string): string {
  let binary = '';
  for (const byte of utf8.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): string | undefined {
  try {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The JWT of an `EnvelopedVerifiableCredential` (or a bare JWT string); undefined for anything else. */
export function envelopedJwt(vc: unknown): string | undefined {
  if (typeof vc === 'string') {
    const text = vc.startsWith(ENVELOPED_PREFIX) ? vc.slice(ENVELOPED_PREFIX.length) : vc;
    return JWT.test(text) ? text : undefined;
  }
  if (!isRecord(vc) || typeof vc.id !== 'string') return undefined;
  const types = Array.isArray(vc.type) ? vc.type : [vc.type];
  if (!types.includes('EnvelopedVerifiableCredential') || !vc.id.startsWith(ENVELOPED_PREFIX))
    return undefined;
  const jwt = vc.id.slice(ENVELOPED_PREFIX.length);
  return JWT.test(jwt) ? jwt : undefined;
}

/** The claims of a JWT, unverified. */
export function jwtPayload(jwt: string): JsonRecord | undefined {
  const part = jwt.split('.')[1];
  const text = part === undefined ? undefined : base64UrlDecode(part);
  if (text === undefined) return undefined;
  try {
    const payload: unknown = JSON.parse(text);
    return isRecord(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The credential itself: a Data Integrity credential as it is, an enveloped or bare VC-JOSE JWT decoded (its
 * payload is the credential; a VC 1.1 JWT keeps it in the `vc` claim). Undefined when it is neither.
 */
export function decodeCredential(vc: unknown): JsonRecord | undefined {
  const jwt = envelopedJwt(vc);
  if (jwt) {
    const payload = jwtPayload(jwt);
    if (payload && isRecord(payload.vc)) return payload.vc;
    return payload;
  }
  return isRecord(vc) ? vc : undefined;
}

/** The credential's types other than the generic `VerifiableCredential`. */
export function credentialTypes(credential: JsonRecord | undefined): string[] {
  if (!credential) return [];
  const types = (Array.isArray(credential.type) ? credential.type : [credential.type]).filter(
    (t): t is string => typeof t === 'string',
  );
  const specific = types.filter((t) => t !== 'VerifiableCredential');
  return specific.length > 0 ? specific : types;
}

export interface SubjectSummary {
  id?: string;
  name?: string;
}

/** Who the credential is about: the first subject's id and a name it gives (legal name, then name). */
export function subjectOf(credential: JsonRecord | undefined): SubjectSummary | undefined {
  if (!credential) return undefined;
  const raw = Array.isArray(credential.credentialSubject)
    ? credential.credentialSubject[0]
    : credential.credentialSubject;
  if (!isRecord(raw)) return undefined;
  const name = [raw.legalName, raw.name].find((n): n is string => typeof n === 'string' && n.trim() !== '');
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  if (!id && !name) return undefined;
  return { ...(id ? { id } : {}), ...(name ? { name } : {}) };
}

/** The issuer's id (a DID) and the name it gives itself, if any. */
export function issuerOf(credential: JsonRecord | undefined): { id?: string; name?: string } {
  const issuer = credential?.issuer;
  if (typeof issuer === 'string') return { id: issuer };
  if (isRecord(issuer))
    return {
      ...(typeof issuer.id === 'string' ? { id: issuer.id } : {}),
      ...(typeof issuer.name === 'string' ? { name: issuer.name } : {}),
    };
  return {};
}

/** A date the credential gives: VC 2.0 `validFrom`/`validUntil`, else VC 1.1 `issuanceDate`/`expirationDate`. */
export function validityOf(credential: JsonRecord | undefined): { from?: string; until?: string } {
  const pick = (...keys: string[]) =>
    keys.map((k) => credential?.[k]).find((v): v is string => typeof v === 'string');
  const from = pick('validFrom', 'issuanceDate');
  const until = pick('validUntil', 'expirationDate');
  return { ...(from ? { from } : {}), ...(until ? { until } : {}) };
}

/** The text a credential travels as: the JWT for an enveloped one, else compact JSON. */
export function credentialText(vc: unknown): string {
  return envelopedJwt(vc) ?? JSON.stringify(vc);
}

/** A link to the verifier page with this credential in the fragment (never sent to any server). */
export function verifyHref(vc: unknown): string {
  return `/verify#credential=${base64UrlEncode(credentialText(vc))}`;
}

/** The credential a verifier link carries, as text; undefined when the fragment holds none. */
export function credentialFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get('credential');
  return encoded ? base64UrlDecode(encoded) : undefined;
}

/** Pretty JSON for a JSON credential, the JWT as it is for a JWT. */
export function displayText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return trimmed;
  }
}

export type ParsedInput =
  | { ok: true; credential: unknown }
  | { ok: false; reason: 'empty' | 'tooLarge' }
  | { ok: false; reason: 'json'; detail: string };

/**
 * What a person pasted, as the verifier expects it: JSON is parsed (a wrapper such as the issuing answer's
 * `{verifiableCredential}` is opened), a `data:application/vc+jwt,` URL is enveloped, and anything else is sent
 * as a string (a JWT, or text the verifier will refuse with its reasons).
 */
export function parseCredentialInput(text: string): ParsedInput {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  if (utf8.encode(trimmed).length > MAX_CREDENTIAL_BYTES) return { ok: false, reason: 'tooLarge' };
  if (/^[{["]/.test(trimmed)) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      return { ok: false, reason: 'json', detail: error instanceof Error ? error.message : String(error) };
    }
    if (isRecord(value) && !('@context' in value) && 'verifiableCredential' in value)
      return { ok: true, credential: value.verifiableCredential };
    return { ok: true, credential: value };
  }
  if (trimmed.startsWith(ENVELOPED_PREFIX))
    return {
      ok: true,
      credential: {
        '@context': 'https://www.w3.org/ns/credentials/v2',
        id: trimmed.replace(/\s+/g, ''),
        type: 'EnvelopedVerifiableCredential',
      },
    };
  // A JWT broken over lines still is one JWT; any other text goes as it is.
  const compact = trimmed.replace(/\s+/g, '');
  return { ok: true, credential: JWT.test(compact) ? compact : trimmed };
}

/** The verifier's code for a check it could not run (because an earlier one failed). */
export const NOT_RUN = 'CHECK_NOT_RUN';

/** Saves text as a file through the browser's download. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file a credential downloads as: its JWT for an enveloped one, else pretty JSON. */
export function credentialFile(vc: unknown, baseName: string): { name: string; text: string; type: string } {
  const jwt = envelopedJwt(vc);
  const safe = baseName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'credential';
  return jwt
    ? { name: `${safe}.jwt`, text: `${jwt}\n`, type: 'application/vc+jwt' }
    : { name: `${safe}.json`, text: `${JSON.stringify(vc, null, 2)}\n`, type: 'application/vc+ld+json' };
}
