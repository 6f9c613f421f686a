/**
 * Data Integrity EdDSA Cryptosuites v1.0 (W3C Recommendation, 2025-05-15): eddsa-rdfc-2022 (§3.2) and
 * eddsa-jcs-2022 (§3.3), inside the Verifiable Credential Data Integrity 1.0 add/verify proof algorithms (§4.2
 * Add Proof, §4.3 Add Proof Set/Chain, §4.4 Verify Proof, §4.5 Verify Proof Sets and Chains).
 *
 *   proofConfig  = proof options (minus proofValue), with @context = the document's @context
 *   hashData     = SHA-256(canonical proofConfig) ‖ SHA-256(canonical document without proof)
 *   proofValue   = 'z' + base58btc(Ed25519 signature over hashData)
 *
 * Canonicalisation is RDF Dataset Canonicalization (RDFC-1.0, via ./rdfc) or RFC 8785 JCS. Pure: the caller
 * passes the clock (`created`, `now`), the key and the resolvers. Nothing here throws to callers.
 */
import { createHash, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { canonicalizeJsonResult } from './jcs.ts';
import { importPublicJwk } from './keys.ts';
import { base58Decode, base58Encode } from './multibase.ts';
import { canonize } from './rdfc/index.ts';
import type { ResolvedVerificationKey } from './resolvers.ts';
import type {
  ContextLoader,
  JsonObject,
  JsonValue,
  Result,
  VcProblem,
  VerificationMethodResolver,
} from './types.ts';
import {
  asArray,
  checkJsonBounds,
  holderId,
  isObject,
  issuerId,
  isUrl,
  parseDateTime,
  withoutKey,
} from './util.ts';

export const CRYPTOSUITES = ['eddsa-rdfc-2022', 'eddsa-jcs-2022'] as const;
export type Cryptosuite = (typeof CRYPTOSUITES)[number];
export type ProofPurpose = 'assertionMethod' | 'authentication';

export interface CreateProofOptions {
  cryptosuite: Cryptosuite;
  /** URL of the verification method (e.g. `did:key:z6Mk…#z6Mk…`). */
  verificationMethod: string;
  proofPurpose: ProofPurpose;
  /** The caller's clock, an XML Schema dateTimeStamp. */
  created: string;
  privateKey: KeyObject;
  loader: ContextLoader;
  challenge?: string;
  domain?: string;
  /** dateTimeStamp after which the proof is no longer valid. */
  expires?: string;
  /** Proof id (a URL), needed when later proofs chain to this one. */
  id?: string;
  /** VC-DI §4.3: ids of existing proofs this proof chains to. */
  previousProof?: string | string[];
}

export interface VerifyProofOptions {
  resolve: VerificationMethodResolver;
  loader: ContextLoader;
  /** Defaults to 'assertionMethod'. */
  expectedProofPurpose?: string;
  challenge?: string;
  domain?: string;
  /** When given, a proof whose `expires` has passed fails with DI_PROOF_EXPIRED. */
  now?: Date;
  /**
   * Who must control the verification method. Defaults to the issuer for assertionMethod proofs and the holder
   * for authentication proofs (when the document names one).
   */
  expectedController?: string;
}

export interface ProofVerification {
  verificationMethod: string;
  cryptosuite: string;
  proofPurpose: string;
  created?: string;
  /** One entry per proof when the document carries a proof set or chain (all of them verified). */
  proofs: Array<{ verificationMethod: string; cryptosuite: string; proofPurpose: string; created?: string }>;
}

const DI_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/data-integrity/v2'];

const fail = (code: string, message: string, path?: string): { ok: false; problems: VcProblem[] } => ({
  ok: false,
  problems: [path === undefined ? { code, message } : { code, message, path }],
});

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function canonicalForm(suite: Cryptosuite, value: JsonObject, loader: ContextLoader): Result<string> {
  if (suite === 'eddsa-jcs-2022') return canonicalizeJsonResult(value);
  try {
    return canonize(value, loader);
  } catch {
    return fail('DI_CANONICALIZATION_FAILED', 'RDF canonicalisation failed');
  }
}

/**
 * §3.2.4 / §3.3.4 Hashing: SHA-256 of the canonical proof configuration followed by SHA-256 of the canonical
 * document. Exported so the spec's intermediate values can be tested.
 */
export function hashData(
  suite: Cryptosuite,
  unsecuredDocument: JsonObject,
  proofConfig: JsonObject,
  loader: ContextLoader,
): Result<{ hash: Buffer; canonicalDocument: string; canonicalProofConfig: string }> {
  const config = canonicalForm(suite, proofConfig, loader);
  if (!config.ok) return config;
  const doc = canonicalForm(suite, unsecuredDocument, loader);
  if (!doc.ok) return doc;
  return {
    ok: true,
    value: {
      hash: Buffer.concat([sha256(config.value), sha256(doc.value)]),
      canonicalDocument: doc.value,
      canonicalProofConfig: config.value,
    },
  };
}

/**
 * The proof configuration hashed for a proof: §3.2.5 (rdfc: options plus the document's @context) or §3.3.5
 * (jcs: the options as they are, @context included when the proof carries one).
 */
function proofConfigFor(suite: Cryptosuite, proofOptions: JsonObject, unsecured: JsonObject): JsonObject {
  if (suite === 'eddsa-rdfc-2022') {
    const config = withoutKey(proofOptions, '@context');
    if (unsecured['@context'] !== undefined) config['@context'] = unsecured['@context'];
    return config;
  }
  return proofOptions;
}

function hasDiContext(doc: JsonObject): boolean {
  return asArray(doc['@context']).some((c) => typeof c === 'string' && DI_CONTEXTS.includes(c));
}

function isCryptosuite(v: unknown): v is Cryptosuite {
  return typeof v === 'string' && (CRYPTOSUITES as readonly string[]).includes(v);
}

/** Creates a DataIntegrityProof and returns the secured document (existing proofs are kept: a proof set). */
export function createProof(document: JsonObject, opts: CreateProofOptions): Result<JsonObject> {
  try {
    if (!isObject(document)) return fail('DI_DOCUMENT_INVALID', 'the document must be a JSON object');
    const bounds = checkJsonBounds(document);
    if (bounds) return { ok: false, problems: [bounds] };
    if (!isCryptosuite(opts.cryptosuite))
      return fail('DI_CRYPTOSUITE_UNSUPPORTED', `cryptosuite ${String(opts.cryptosuite)} is not supported`);
    if (parseDateTime(opts.created) === undefined)
      return fail('DI_PROOF_MALFORMED', 'created must be an XML Schema dateTimeStamp', 'created');
    if (opts.expires !== undefined && parseDateTime(opts.expires) === undefined)
      return fail('DI_PROOF_MALFORMED', 'expires must be an XML Schema dateTimeStamp', 'expires');
    if (!isUrl(opts.verificationMethod))
      return fail('DI_PROOF_MALFORMED', 'verificationMethod must be a URL');
    if (opts.proofPurpose !== 'assertionMethod' && opts.proofPurpose !== 'authentication')
      return fail('DI_PROOF_MALFORMED', 'proofPurpose must be assertionMethod or authentication');
    const key = opts.privateKey;
    if (key?.type !== 'private' || key.asymmetricKeyType !== 'ed25519')
      return fail('DI_KEY_INVALID', 'privateKey must be an Ed25519 private KeyObject');
    if (opts.cryptosuite === 'eddsa-rdfc-2022' && !hasDiContext(document))
      return fail('DI_CONTEXT_MISMATCH', 'the document @context defines no Data Integrity terms', '@context');

    // §4.2 step 2 / suite §3.x.1 step 1: the proof starts as a clone of the options.
    const proof: JsonObject = {};
    if (opts.id !== undefined) proof.id = opts.id;
    proof.type = 'DataIntegrityProof';
    proof.cryptosuite = opts.cryptosuite;
    proof.created = opts.created;
    if (opts.expires !== undefined) proof.expires = opts.expires;
    proof.verificationMethod = opts.verificationMethod;
    proof.proofPurpose = opts.proofPurpose;
    if (opts.challenge !== undefined) proof.challenge = opts.challenge;
    if (opts.domain !== undefined) proof.domain = opts.domain;
    if (opts.previousProof !== undefined) proof.previousProof = opts.previousProof;
    // eddsa-jcs-2022 §3.3.1 step 2: the proof carries the document's @context.
    if (opts.cryptosuite === 'eddsa-jcs-2022' && document['@context'] !== undefined)
      proof['@context'] = document['@context'];

    const existing = document.proof === undefined ? [] : asArray(document.proof);
    const unsecured = withoutKey(document, 'proof');
    // VC-DI §4.3 step 4: a chained proof also signs the proofs it names.
    if (opts.previousProof !== undefined) {
      const wanted = asArray(opts.previousProof);
      const matching = existing.filter((p) => isObject(p) && wanted.includes(p.id as string));
      if (matching.length !== wanted.length)
        return fail(
          'DI_PROOF_MALFORMED',
          'previousProof names a proof the document does not carry',
          'previousProof',
        );
      unsecured.proof = matching as JsonValue[];
    }
    const data = hashData(
      opts.cryptosuite,
      unsecured,
      proofConfigFor(opts.cryptosuite, proof, unsecured),
      opts.loader,
    );
    if (!data.ok) return data;
    const signature = cryptoSign(null, data.value.hash, key);
    proof.proofValue = `z${base58Encode(signature)}`;
    const secured = withoutKey(document, 'proof');
    secured.proof = existing.length > 0 ? [...(existing as JsonValue[]), proof] : proof;
    return { ok: true, value: secured };
  } catch {
    return fail('DI_PROOF_GENERATION_ERROR', 'the proof could not be created');
  }
}

function startsWithContext(docContext: unknown, proofContext: unknown): boolean {
  const d = asArray(docContext);
  const p = asArray(proofContext);
  if (p.length > d.length) return false;
  for (let i = 0; i < p.length; i++) {
    const a = canonicalizeJsonResult(d[i]);
    const b = canonicalizeJsonResult(p[i]);
    if (!a.ok || !b.ok || a.value !== b.value) return false;
  }
  return true;
}

async function verifyOne(
  document: JsonObject,
  proof: unknown,
  allProofs: unknown[],
  path: string,
  opts: VerifyProofOptions,
): Promise<
  Result<{ verificationMethod: string; cryptosuite: string; proofPurpose: string; created?: string }>
> {
  if (!isObject(proof)) return fail('DI_PROOF_MALFORMED', 'a proof must be an object', path);
  if (proof.type !== 'DataIntegrityProof')
    return fail(
      'DI_CRYPTOSUITE_UNSUPPORTED',
      `proof type ${JSON.stringify(proof.type ?? null)} is not supported`,
      `${path}.type`,
    );
  const suite = proof.cryptosuite;
  if (!isCryptosuite(suite))
    return fail(
      'DI_CRYPTOSUITE_UNSUPPORTED',
      `cryptosuite ${JSON.stringify(suite ?? null)} is not supported`,
      `${path}.cryptosuite`,
    );
  const purpose = proof.proofPurpose;
  if (typeof purpose !== 'string')
    return fail('DI_PROOF_MALFORMED', 'proofPurpose must be a string', `${path}.proofPurpose`);
  // VC-DI §4.4 step 3 (PROOF_VERIFICATION_ERROR): the purpose must be the one the verifier expects.
  const expected = opts.expectedProofPurpose ?? 'assertionMethod';
  if (purpose !== expected)
    return fail(
      'DI_PROOF_PURPOSE_MISMATCH',
      `proofPurpose is ${purpose}, expected ${expected}`,
      `${path}.proofPurpose`,
    );
  const vm = proof.verificationMethod;
  if (!isUrl(vm))
    return fail('DI_PROOF_MALFORMED', 'verificationMethod must be a URL', `${path}.verificationMethod`);
  const proofValue = proof.proofValue;
  const signature =
    typeof proofValue === 'string' && proofValue.startsWith('z')
      ? base58Decode(proofValue.slice(1))
      : undefined;
  if (signature?.length !== 64)
    return fail(
      'DI_PROOF_MALFORMED',
      'proofValue must be a base58btc (z) Ed25519 signature',
      `${path}.proofValue`,
    );
  if (proof.created !== undefined && parseDateTime(proof.created) === undefined)
    return fail('DI_PROOF_MALFORMED', 'created must be a dateTimeStamp', `${path}.created`);
  if (proof.expires !== undefined) {
    const expires = parseDateTime(proof.expires);
    if (expires === undefined)
      return fail('DI_PROOF_MALFORMED', 'expires must be a dateTimeStamp', `${path}.expires`);
    if (opts.now && expires < opts.now.getTime())
      return fail('DI_PROOF_EXPIRED', 'the proof has expired', `${path}.expires`);
  }
  // VC-DI §4.4 steps 4-5: challenge and domain must match what the verifier asked for.
  if (opts.challenge !== undefined && proof.challenge !== opts.challenge)
    return fail('DI_CHALLENGE_MISMATCH', 'the proof challenge does not match', `${path}.challenge`);
  if (opts.domain !== undefined && !asArray(proof.domain).includes(opts.domain))
    return fail('DI_DOMAIN_MISMATCH', 'the proof domain does not match', `${path}.domain`);

  let unsecured = withoutKey(document, 'proof');
  if (proof.previousProof !== undefined) {
    const wanted = asArray(proof.previousProof);
    const matching = allProofs.filter((p) => isObject(p) && wanted.includes(p.id));
    if (matching.length !== wanted.length || wanted.some((w) => typeof w !== 'string'))
      return fail(
        'DI_PROOF_MALFORMED',
        'previousProof names a proof the document does not carry',
        `${path}.previousProof`,
      );
    unsecured.proof = matching as JsonValue[];
  }
  if (suite === 'eddsa-jcs-2022') {
    // eddsa-jcs-2022 §3.3.2 step 4: the document's @context must start with the proof's, which then replaces it.
    if (proof['@context'] !== undefined) {
      if (!startsWithContext(document['@context'], proof['@context']))
        return fail(
          'DI_CONTEXT_MISMATCH',
          'the document @context does not start with the proof @context',
          `${path}.@context`,
        );
      unsecured = { ...unsecured, '@context': proof['@context'] };
    }
  } else if (!hasDiContext(document)) {
    // Without the Data Integrity terms the proof options would canonicalise to nothing and the signature would
    // not cover created, verificationMethod or proofPurpose (VC-DI §4.6 Context Validation).
    return fail('DI_CONTEXT_MISMATCH', 'the document @context defines no Data Integrity terms', '@context');
  }

  let key: ResolvedVerificationKey | undefined;
  try {
    key = (await opts.resolve(vm)) as ResolvedVerificationKey | undefined;
  } catch {
    key = undefined;
  }
  if (!key || key.id !== vm)
    return fail(
      'DI_KEY_UNRESOLVED',
      `verification method ${vm} could not be resolved`,
      `${path}.verificationMethod`,
    );
  const jwk = key.publicKeyJwk;
  if (jwk?.kty !== 'OKP' || jwk.crv !== 'Ed25519')
    return fail(
      'DI_KEY_TYPE_INVALID',
      'eddsa cryptosuites need an Ed25519 key',
      `${path}.verificationMethod`,
    );
  const controller =
    opts.expectedController ??
    (purpose === 'assertionMethod'
      ? issuerId(document)
      : purpose === 'authentication'
        ? holderId(document)
        : undefined);
  if (controller !== undefined && key.controller !== controller)
    return fail(
      'DI_CONTROLLER_MISMATCH',
      `the key is controlled by ${key.controller}, not ${controller}`,
      `${path}.verificationMethod`,
    );
  if (key.relationships && !key.relationships.includes(purpose))
    return fail(
      'DI_KEY_NOT_AUTHORIZED',
      `${vm} is not a ${purpose} method of its controller`,
      `${path}.verificationMethod`,
    );
  const publicKey = importPublicJwk(jwk);
  if (!publicKey)
    return fail('DI_KEY_UNRESOLVED', 'the resolved key does not import', `${path}.verificationMethod`);

  const proofOptions = withoutKey(proof, 'proofValue');
  const data = hashData(suite, unsecured, proofConfigFor(suite, proofOptions, unsecured), opts.loader);
  if (!data.ok) return data;
  let valid = false;
  try {
    valid = cryptoVerify(null, data.value.hash, publicKey, signature);
  } catch {
    valid = false;
  }
  if (!valid) return fail('DI_SIGNATURE_INVALID', 'the signature does not verify', `${path}.proofValue`);
  const info: { verificationMethod: string; cryptosuite: string; proofPurpose: string; created?: string } = {
    verificationMethod: vm,
    cryptosuite: suite,
    proofPurpose: purpose,
  };
  if (typeof proof.created === 'string') info.created = proof.created;
  return { ok: true, value: info };
}

/** Verifies every Data Integrity proof on `document` (a proof set or chain passes only if all proofs do). */
export async function verifyProof(
  document: JsonObject,
  opts: VerifyProofOptions,
): Promise<Result<ProofVerification>> {
  try {
    if (!isObject(document)) return fail('DI_DOCUMENT_INVALID', 'the document must be a JSON object');
    const bounds = checkJsonBounds(document);
    if (bounds) return { ok: false, problems: [bounds] };
    const proofs = asArray(document.proof);
    if (proofs.length === 0) return fail('DI_PROOF_MISSING', 'the document has no proof', 'proof');
    const problems: VcProblem[] = [];
    const infos: ProofVerification['proofs'] = [];
    for (let i = 0; i < proofs.length; i++) {
      const path = Array.isArray(document.proof) ? `proof[${i}]` : 'proof';
      const r = await verifyOne(document, proofs[i], proofs, path, opts);
      if (r.ok) infos.push(r.value);
      else problems.push(...r.problems);
    }
    if (problems.length > 0) return { ok: false, problems };
    const first = infos[0]!;
    return { ok: true, value: { ...first, proofs: infos } };
  } catch {
    return fail('DI_PROOF_VERIFICATION_ERROR', 'the proof could not be verified');
  }
}
