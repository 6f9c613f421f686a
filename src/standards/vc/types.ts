/**
 * Shared types of the verifiable-credentials toolkit. Pure: nothing here does I/O; resolvers and clocks are passed
 * in by the caller.
 */

/** A problem with a credential, presentation or proof. `code` is stable; `path` points into the document. */
export interface VcProblem {
  code: string;
  message: string;
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: VcProblem[] };

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON-LD context document as published at its URL: `{"@context": …}`. */
export type ContextLoader = (url: string) => JsonObject | undefined;

/** Public key material of a verification method, in the forms the suites need. */
export interface VerificationKey {
  /** The verification method id, e.g. `did:web:example.org#key-1` or `did:key:z6Mk…#z6Mk…`. */
  id: string;
  /** The DID that controls the key. */
  controller: string;
  type: 'Multikey' | 'JsonWebKey' | 'Ed25519VerificationKey2020';
  /** Ed25519 or P-256 public key as a JWK. */
  publicKeyJwk: JsonWebKeyPublic;
}

export interface JsonWebKeyPublic {
  kty: 'OKP' | 'EC';
  crv: 'Ed25519' | 'P-256';
  x: string;
  y?: string;
  kid?: string;
  alg?: string;
}

/** Finds a verification method by its id; undefined when it cannot be resolved. */
export type VerificationMethodResolver = (id: string) => Promise<VerificationKey | undefined>;

/** A DID document as far as verification needs it. */
export interface DidDocument {
  '@context'?: JsonValue;
  id: string;
  controller?: string | string[];
  verificationMethod?: Array<{
    id: string;
    type: string;
    controller: string;
    publicKeyMultibase?: string;
    publicKeyJwk?: JsonWebKeyPublic;
  }>;
  assertionMethod?: Array<string | { id: string }>;
  authentication?: Array<string | { id: string }>;
  [key: string]: unknown;
}
