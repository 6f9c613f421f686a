/**
 * Verification-method resolvers built from DID documents the caller already holds (pure: did:key expands
 * locally, did:web documents are fetched by the caller and passed in). A resolved key may carry the
 * verification relationships it appears under (`relationships`), which lets the Data Integrity verifier apply
 * the "proof purpose must match a relationship of the controller" rule of VC Data Integrity §4.4 (Verify Proof)
 * and CID v1.0 §3.3 (Retrieve Verification Method).
 */
import { multikeyToJwk, resolveDidKey } from './did-key.ts';
import { didWebToUrl } from './did-web.ts';
import { checkPublicJwk } from './keys.ts';
import type { DidDocument, VerificationKey, VerificationMethodResolver } from './types.ts';

/** A resolved key plus the relationships (assertionMethod, authentication, …) that list it. */
export interface ResolvedVerificationKey extends VerificationKey {
  relationships?: string[];
}

const RELATIONSHIPS = [
  'assertionMethod',
  'authentication',
  'capabilityInvocation',
  'capabilityDelegation',
  'keyAgreement',
] as const;

function absolute(id: string, base: string): string {
  return id.startsWith('#') ? `${base}${id}` : id;
}

/** Finds `vmId` in a DID document and turns it into a key; `undefined` when absent or unusable. */
export function keyFromDidDocument(doc: DidDocument, vmId: string): ResolvedVerificationKey | undefined {
  const candidates: unknown[] = [];
  if (Array.isArray(doc.verificationMethod)) candidates.push(...doc.verificationMethod);
  // Methods may also be embedded directly in a relationship array.
  for (const rel of RELATIONSHIPS) {
    const list = doc[rel];
    if (Array.isArray(list))
      for (const entry of list) if (typeof entry === 'object' && entry !== null) candidates.push(entry);
  }
  for (const c of candidates) {
    if (typeof c !== 'object' || c === null) continue;
    const vm = c as Record<string, unknown>;
    if (typeof vm.id !== 'string' || absolute(vm.id, doc.id) !== vmId) continue;
    const controller = typeof vm.controller === 'string' ? absolute(vm.controller, doc.id) : undefined;
    if (!controller) return undefined;
    let jwk: VerificationKey['publicKeyJwk'] | undefined;
    if (typeof vm.publicKeyMultibase === 'string') {
      const r = multikeyToJwk(vm.publicKeyMultibase);
      if (r.ok) jwk = r.value;
    } else if (vm.publicKeyJwk !== undefined) {
      const r = checkPublicJwk(vm.publicKeyJwk);
      if (r.ok) jwk = r.value;
    }
    if (!jwk) return undefined;
    const type =
      vm.type === 'Multikey' || vm.type === 'JsonWebKey' || vm.type === 'Ed25519VerificationKey2020'
        ? vm.type
        : vm.type === 'JsonWebKey2020'
          ? 'JsonWebKey'
          : undefined;
    if (!type) return undefined;
    const relationships: string[] = [];
    for (const rel of RELATIONSHIPS) {
      const list = doc[rel];
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const ref = typeof entry === 'string' ? entry : (entry as { id?: unknown })?.id;
        if (typeof ref === 'string' && absolute(ref, doc.id) === vmId) {
          relationships.push(rel);
          break;
        }
      }
    }
    return { id: vmId, controller, type, publicKeyJwk: jwk, relationships };
  }
  return undefined;
}

/** Resolves `did:key:…#…` verification methods by local expansion. */
export const didKeyResolver: VerificationMethodResolver = async (id) => {
  if (typeof id !== 'string') return undefined;
  const hash = id.indexOf('#');
  const did = hash < 0 ? id : id.slice(0, hash);
  const doc = resolveDidKey(did);
  if (!doc.ok) return undefined;
  return keyFromDidDocument(doc.value, id);
};

/**
 * Resolver over DID documents the caller has already fetched and checked (for did:web, with `checkDidDocument`).
 * Keyed by DID; verification-method ids may be absolute or `#fragment` relative to the document id.
 */
export function resolverFromDidDocuments(docs: DidDocument[]): VerificationMethodResolver {
  const byDid = new Map<string, DidDocument>();
  for (const d of docs) if (d && typeof d.id === 'string') byDid.set(d.id, d);
  return async (id) => {
    if (typeof id !== 'string') return undefined;
    const hash = id.indexOf('#');
    const doc = byDid.get(hash < 0 ? id : id.slice(0, hash));
    return doc ? keyFromDidDocument(doc, id) : undefined;
  };
}

/** Tries each resolver in turn; a throwing resolver counts as "not resolved". */
export function chainResolvers(...resolvers: VerificationMethodResolver[]): VerificationMethodResolver {
  return async (id) => {
    for (const r of resolvers) {
      try {
        const key = await r(id);
        if (key) return key;
      } catch {
        // fall through to the next resolver
      }
    }
    return undefined;
  };
}

/** The URL a did:web verification method's DID document lives at (for callers that fetch). */
export function didDocumentUrlFor(vmId: string): string | undefined {
  const hash = vmId.indexOf('#');
  const did = hash < 0 ? vmId : vmId.slice(0, hash);
  const r = didWebToUrl(did);
  return r.ok ? r.value : undefined;
}

/**
 * Memoises a resolver in a bounded LRU map (default 1024 entries): resolving a did:key decodes base58 and
 * builds a document on every call, and a did:web resolver would otherwise ask the network each time. Misses
 * are not cached, so a key published later is found. There is no clock here (standards/ is pure): callers that
 * need did:web documents to expire wrap their own fetch with a TTL, or drop the cache object.
 */
export function cachingResolver(
  resolve: VerificationMethodResolver,
  maxEntries = 1024,
): VerificationMethodResolver {
  const cache = new Map<string, Promise<VerificationKey | undefined>>();
  return (id) => {
    const hit = cache.get(id);
    if (hit) {
      cache.delete(id);
      cache.set(id, hit);
      return hit;
    }
    const pending = Promise.resolve()
      .then(() => resolve(id))
      .then(
        (key) => {
          if (!key) cache.delete(id);
          return key;
        },
        () => {
          cache.delete(id);
          return undefined;
        },
      );
    cache.set(id, pending);
    if (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return pending;
  };
}
