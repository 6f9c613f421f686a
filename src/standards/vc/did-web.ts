/**
 * did:web (W3C CCG "did:web Method Specification", §3.2 "Read (Resolve)"): the method-specific id is a domain
 * name, an optional percent-encoded port (`%3A`) and optional `:`-separated path segments. This file only maps
 * DIDs to URLs and checks a fetched document; the HTTPS fetch belongs to the caller (standards/ does no I/O).
 */

import { multikeyToJwk } from './did-key.ts';
import { checkPublicJwk } from './keys.ts';
import type { DidDocument, Result, VcProblem } from './types.ts';

const fail = (code: string, message: string, path?: string): { ok: false; problems: VcProblem[] } => ({
  ok: false,
  problems: [path === undefined ? { code, message } : { code, message, path }],
});

const LABEL_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// DID Core §3.1 idchar: ALPHA / DIGIT / "." / "-" / "_" / pct-encoded.
const SEGMENT_RE = /^(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+$/;
const MAX_DID_LENGTH = 2048;

function checkHost(host: string): string | undefined {
  if (host.length < 1 || host.length > 253) return 'the domain name is empty or too long';
  const labels = host.split('.');
  for (const label of labels) if (!LABEL_RE.test(label)) return `"${label}" is not a valid domain label`;
  // The spec forbids IP addresses; a dotted all-numeric name is an IPv4 address, not a domain.
  if (/^\d+$/.test(labels[labels.length - 1]!)) return 'IP addresses are not allowed in did:web';
  return undefined;
}

/**
 * `did:web:example.com` → `https://example.com/.well-known/did.json`;
 * `did:web:example.com:user:alice` → `https://example.com/user/alice/did.json`;
 * `did:web:example.com%3A8443` → `https://example.com:8443/.well-known/did.json`.
 */
export function didWebToUrl(did: string): Result<string> {
  if (typeof did !== 'string' || did.length > MAX_DID_LENGTH) return fail('DID_INVALID', 'not a did:web DID');
  if (!did.startsWith('did:web:')) return fail('DID_INVALID', 'not a did:web DID');
  if (/[#?/]/.test(did)) return fail('DID_INVALID', 'a did:web DID carries no fragment, query or slash');
  const parts = did.slice('did:web:'.length).split(':');
  const authority = parts[0]!;
  let host = authority;
  let port = '';
  const pct = authority.toLowerCase().indexOf('%3a');
  if (pct >= 0) {
    host = authority.slice(0, pct);
    port = authority.slice(pct + 3);
    const n = Number(port);
    if (!/^\d{1,5}$/.test(port) || n < 1 || n > 65535) return fail('DID_INVALID', 'invalid port in did:web');
  }
  const hostProblem = checkHost(host);
  if (hostProblem) return fail('DID_INVALID', hostProblem);
  const segments = parts.slice(1);
  for (const s of segments) {
    if (!SEGMENT_RE.test(s) || s === '.' || s === '..')
      return fail('DID_INVALID', `"${s}" is not a valid did:web path segment`);
    // A percent-encoded slash or dot-segment would let one DID point into another's path.
    if (/%2f|%5c/i.test(s) || /^(?:%2e|\.){1,2}$/i.test(s))
      return fail('DID_INVALID', `"${s}" is not a valid did:web path segment`);
  }
  const origin = `https://${host.toLowerCase()}${port ? `:${port}` : ''}`;
  const path = segments.length === 0 ? '/.well-known' : `/${segments.join('/')}`;
  return { ok: true, value: `${origin}${path}/did.json` };
}

/**
 * The did:web DID for a site origin and optional path: (`https://example.com:8443`, `/user/alice`) →
 * `did:web:example.com%3A8443:user:alice`. Returns '' when `origin` is not an https URL.
 */
export function urlToDidWeb(origin: string, path?: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' || checkHost(url.hostname)) return '';
  let id = `did:web:${url.hostname}${url.port ? `%3A${url.port}` : ''}`;
  const segments = (path ?? '')
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => encodeURIComponent(decodeSafe(s)));
  if (segments.length > 0) id += `:${segments.join(':')}`;
  return id;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Checks a fetched DID document against the DID it was fetched for (did:web §3.2 step "the id MUST equal the
 * DID") and that every verification method is well-formed: id (absolute or `#fragment`), type, controller and
 * exactly one of publicKeyMultibase / publicKeyJwk holding a supported public key with no private part.
 * Relationship entries must be references to methods in the document or embedded methods.
 */
export function checkDidDocument(doc: unknown, did: string): Result<DidDocument> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return fail('DID_DOCUMENT_INVALID', 'the DID document is not a JSON object');
  const d = doc as Record<string, unknown>;
  if (d.id !== did) return fail('DID_ID_MISMATCH', `the document id is not ${did}`, 'id');
  const problems: VcProblem[] = [];
  const ids = new Set<string>();
  const checkMethod = (vm: unknown, path: string) => {
    if (typeof vm !== 'object' || vm === null || Array.isArray(vm)) {
      problems.push({ code: 'DID_METHOD_INVALID', message: 'a verification method must be an object', path });
      return;
    }
    const m = vm as Record<string, unknown>;
    if (typeof m.id !== 'string' || !(m.id.startsWith('#') || m.id.startsWith(`${did}#`)))
      problems.push({
        code: 'DID_METHOD_INVALID',
        message: 'id must be a DID URL of this DID',
        path: `${path}.id`,
      });
    else ids.add(m.id.startsWith('#') ? `${did}${m.id}` : m.id);
    if (typeof m.type !== 'string')
      problems.push({ code: 'DID_METHOD_INVALID', message: 'type must be a string', path: `${path}.type` });
    if (typeof m.controller !== 'string')
      problems.push({
        code: 'DID_METHOD_INVALID',
        message: 'controller must be a string',
        path: `${path}.controller`,
      });
    if ('secretKeyMultibase' in m || 'privateKeyJwk' in m || 'privateKeyMultibase' in m)
      problems.push({
        code: 'KEY_PRIVATE_MATERIAL',
        message: 'the DID document publishes a private key',
        path,
      });
    const hasMb = m.publicKeyMultibase !== undefined;
    const hasJwk = m.publicKeyJwk !== undefined;
    if (hasMb === hasJwk) {
      problems.push({
        code: 'DID_METHOD_INVALID',
        message: 'exactly one of publicKeyMultibase and publicKeyJwk is required',
        path,
      });
    } else if (hasMb) {
      const r =
        typeof m.publicKeyMultibase === 'string'
          ? multikeyToJwk(m.publicKeyMultibase)
          : fail('KEY_MALFORMED', 'publicKeyMultibase must be a string');
      if (!r.ok) for (const p of r.problems) problems.push({ ...p, path: `${path}.publicKeyMultibase` });
    } else {
      const r = checkPublicJwk(m.publicKeyJwk);
      if (!r.ok) problems.push({ ...r.problem, path: `${path}.publicKeyJwk` });
    }
  };
  if (d.verificationMethod !== undefined) {
    if (!Array.isArray(d.verificationMethod))
      problems.push({
        code: 'DID_DOCUMENT_INVALID',
        message: 'verificationMethod must be an array',
        path: 'verificationMethod',
      });
    else
      d.verificationMethod.forEach((vm, i) => {
        checkMethod(vm, `verificationMethod[${i}]`);
      });
  }
  const relationships = [
    'assertionMethod',
    'authentication',
    'capabilityInvocation',
    'capabilityDelegation',
  ] as const;
  // First the embedded methods, so references to them are known whatever order the relationships come in.
  for (const rel of relationships) {
    const list = d[rel];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ code: 'DID_DOCUMENT_INVALID', message: `${rel} must be an array`, path: rel });
      continue;
    }
    list.forEach((entry, i) => {
      if (typeof entry !== 'string') checkMethod(entry, `${rel}[${i}]`);
    });
  }
  for (const rel of relationships) {
    const list = d[rel];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (typeof entry !== 'string') return;
      const abs = entry.startsWith('#') ? `${did}${entry}` : entry;
      // A reference to a method of another DID is legal in DID Core; one of this DID must exist here.
      if (abs.startsWith(`${did}#`) && !ids.has(abs))
        problems.push({
          code: 'DID_METHOD_INVALID',
          message: `${entry} is not a method of this document`,
          path: `${rel}[${i}]`,
        });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: d as unknown as DidDocument };
}
