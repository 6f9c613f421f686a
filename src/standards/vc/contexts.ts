/**
 * Static JSON-LD context loader. VC Data Model 2.0 §4.3 and VC Data Integrity §4.6 expect verifiers to use
 * known copies of the base contexts (the specs publish their hashes) rather than fetch them: a fetched context
 * can change the meaning of every term it defines. So this loader serves only contexts bundled from npm
 * packages plus the small ones we write ourselves, and returns undefined for anything else — it never fetches.
 */
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import { contexts as didContexts } from 'did-context';
import type { ContextLoader, JsonObject, JsonValue } from './types.ts';

export const CONTEXTS = {
  v2: 'https://www.w3.org/ns/credentials/v2',
  dataIntegrity: 'https://w3id.org/security/data-integrity/v2',
  multikey: 'https://w3id.org/security/multikey/v1',
  did: 'https://www.w3.org/ns/did/v1',
  status: 'https://www.w3.org/ns/credentials/status/v1',
  examples: 'https://www.w3.org/ns/credentials/examples/v2',
} as const;

/**
 * VCDM 2.0 §C "Contexts, Vocabularies, Types, and Credential Schemas" publishes the examples context as a bare
 * `@vocab`; no npm package ships it, so it is written here.
 */
const EXAMPLES_V2: JsonObject = { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } };

function deepFreeze<T extends JsonValue>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v as JsonValue);
    Object.freeze(value);
  }
  return value;
}

function cloneJson(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

function build(): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  const sources: Array<Map<string, unknown>> = [
    credentialsContexts,
    dataIntegrityContexts,
    multikeyContexts,
    didContexts,
    statusListContexts,
  ];
  // Copies, frozen: a caller that mutated a served document would otherwise change it for every later
  // verification in the process.
  for (const source of sources) for (const [url, doc] of source) map.set(url, deepFreeze(cloneJson(doc)));
  map.set(CONTEXTS.examples, deepFreeze(cloneJson(EXAMPLES_V2)));
  return map;
}

const BUNDLED = build();

/** URLs of every bundled context. */
export const BUNDLED_CONTEXT_URLS: readonly string[] = Object.freeze([...BUNDLED.keys()]);

/** Serves bundled contexts only; any other URL gives undefined. */
export const bundledContextLoader: ContextLoader = (url) =>
  typeof url === 'string' ? BUNDLED.get(url) : undefined;

/**
 * The bundled contexts plus the node's own (e.g. a trustmark vocabulary). `extra` may not replace a bundled
 * context: redefining the VC base context would change what every signature means.
 */
export function withContexts(extra: Record<string, JsonObject>): ContextLoader {
  const own = new Map<string, JsonObject>();
  for (const [url, doc] of Object.entries(extra)) {
    if (BUNDLED.has(url)) continue;
    own.set(url, deepFreeze(cloneJson(doc)));
  }
  return (url) => (typeof url === 'string' ? (BUNDLED.get(url) ?? own.get(url)) : undefined);
}
