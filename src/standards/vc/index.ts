/**
 * Public API of the verifiable-credentials toolkit: VC Data Model 2.0 checks, VC-JOSE-COSE (JWS), Data
 * Integrity EdDSA (eddsa-rdfc-2022, eddsa-jcs-2022), Bitstring Status List, did:key / did:web helpers, RFC 8785
 * JCS, a bundled JSON-LD context loader and the checklist verifier. Pure: no network, clock or randomness
 * unless passed in; nothing throws to callers on bad input.
 */
export { BUNDLED_CONTEXT_URLS, bundledContextLoader, CONTEXTS, withContexts } from './contexts.ts';
export {
  CRYPTOSUITES,
  type CreateProofOptions,
  type Cryptosuite,
  createProof,
  hashData,
  type ProofPurpose,
  type ProofVerification,
  type VerifyProofOptions,
  verifyProof,
} from './data-integrity.ts';
export {
  VC_V2_CONTEXT,
  validateCredential,
  validateEnvelope,
  validatePresentation,
  validityPeriod,
} from './data-model.ts';
export { didKeyFromEd25519, jwkToMultikey, multikeyToJwk, resolveDidKey } from './did-key.ts';
export { checkDidDocument, didWebToUrl, urlToDidWeb } from './did-web.ts';
export { canonicalizeJson, canonicalizeJsonResult, JcsError } from './jcs.ts';
export {
  DEFAULT_MAX_JWT_BYTES,
  decodeJwtUnverified,
  envelopeJwt,
  type JoseAlg,
  type JoseSigningKey,
  type JwtVerification,
  signVcJwt,
  signVpJwt,
  unwrapEnvelope,
  verifyVcJwt,
  verifyVpJwt,
} from './jose.ts';
export { type SchemaError, validateJsonSchema } from './json-schema.ts';
export {
  checkPublicJwk,
  ed25519PrivateKeyFromSeed,
  ed25519PublicKeyFromRaw,
  ed25519RawFromKeyObject,
  importPublicJwk,
} from './keys.ts';
export {
  base58Decode,
  base58Encode,
  base64UrlDecode,
  base64UrlEncode,
  MULTICODEC,
  multibaseDecode,
  multibaseEncodeBase58,
  multicodecUnwrap,
  multicodecWrap,
} from './multibase.ts';
export { canonize } from './rdfc/index.ts';
export {
  cachingResolver,
  chainResolvers,
  didDocumentUrlFor,
  didKeyResolver,
  keyFromDidDocument,
  type ResolvedVerificationKey,
  resolverFromDidDocuments,
} from './resolvers.ts';
export {
  createStatusList,
  createStatusListCredential,
  decodeStatusList,
  encodeStatusList,
  getStatus,
  getStatusBit,
  MAX_STATUS_LIST_BYTES,
  MIN_STATUS_LIST_BITS,
  readStatus,
  type StatusResult,
  setStatus,
  setStatusBit,
} from './status-list.ts';
export type * from './types.ts';
export {
  type Check,
  type CheckName,
  type PresentationCheckName,
  type PresentationReport,
  type VerificationReport,
  type VerifierDeps,
  verifyCredential,
  verifyPresentation,
} from './verify.ts';
