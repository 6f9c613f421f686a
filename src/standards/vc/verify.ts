/**
 * The credential verifier as a readable checklist. Each step is one entry of the report, passed or failed with
 * a stable code and a reason, in this order:
 *
 *   format           what was presented: a vc+jwt, an enveloped vc+jwt, or a Data Integrity secured document
 *   data-model       VC Data Model 2.0 conformance (data-model.ts)
 *   signature        VC-JOSE-COSE JWS (jose.ts) or every Data Integrity proof (data-integrity.ts)
 *   proof-purpose    Data Integrity proofs on a credential must be assertionMethod proofs
 *   validity-period  validFrom / validUntil against the injected clock
 *   status           each BitstringStatusListEntry: fetch (injected), verify the list, check it, read the bit
 *   issuer-trust     the issuer is one the node trusts (injected)
 *   schema           declared JsonSchema schemas the node knows (injected) validate the credential
 *
 * A failed signature does not stop the list: the remaining checks run on the unverified content so the report
 * says everything that is wrong, but `verified` is true only when every check passed. Pure: the clock, context
 * loader, key resolver, trust list, status-list fetcher and schemas are all injected; no error escapes (a thrown
 * error becomes a failed check with code VERIFIER_ERROR).
 */

import { verifyProof } from './data-integrity.ts';
import { validateCredential, validatePresentation, validityPeriod } from './data-model.ts';
import {
  DEFAULT_MAX_JWT_BYTES,
  decodeJwtUnverified,
  unwrapEnvelope,
  verifyVcJwt,
  verifyVpJwt,
} from './jose.ts';
import { validateJsonSchema } from './json-schema.ts';
import { readStatus } from './status-list.ts';
import type { ContextLoader, JsonObject, Result, VcProblem, VerificationMethodResolver } from './types.ts';
import { asArray, checkJsonBounds, holderId, isObject, issuerId, isUrl, typesOf } from './util.ts';

export type CheckName =
  | 'format'
  | 'data-model'
  | 'signature'
  | 'proof-purpose'
  | 'validity-period'
  | 'status'
  | 'issuer-trust'
  | 'schema';

export interface Check<N extends string = CheckName> {
  check: N;
  passed: boolean;
  code?: string;
  message: string;
}

export interface VerificationReport {
  verified: boolean;
  format: 'vc-jwt' | 'data-integrity' | 'enveloped-vc-jwt' | 'unknown';
  credential?: JsonObject;
  issuer?: string;
  checks: Array<Check<CheckName>>;
}

export interface VerifierDeps {
  now: Date;
  loader: ContextLoader;
  resolve: VerificationMethodResolver;
  trustedIssuers: (issuerId: string) => { name: string } | undefined;
  /**
   * Fetches a BitstringStatusListCredential (a Data Integrity secured document or an enveloped vc+jwt). The
   * verifier checks its proof with the same resolver and loader, but does not check the list's own status.
   */
  fetchStatusList: (url: string) => Promise<Result<JsonObject>>;
  /** Known JSON Schemas by id (URL). */
  schemas?: (id: string) => JsonObject | undefined;
  /** Largest accepted input, in bytes of JSON text or JWT; default 1 MiB. */
  maxBytes?: number;
}

const CHECK_ORDER: CheckName[] = [
  'format',
  'data-model',
  'signature',
  'proof-purpose',
  'validity-period',
  'status',
  'issuer-trust',
  'schema',
];

type Outcome = { passed: boolean; code?: string; message: string };
const pass = (message: string): Outcome => ({ passed: true, message });
const failed = (code: string, message: string): Outcome => ({ passed: false, code, message });
const fromProblems = (problems: VcProblem[], okMessage: string): Outcome =>
  problems.length === 0
    ? pass(okMessage)
    : failed(
        problems[0]!.code,
        problems
          .slice(0, 5)
          .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
          .join('; '),
      );

/** Runs one check, turning anything thrown into VERIFIER_ERROR. */
async function guarded(fn: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  try {
    return await fn();
  } catch (e) {
    return failed('VERIFIER_ERROR', `internal error: ${e instanceof Error ? e.message : 'unknown'}`);
  }
}

type Parsed =
  | { kind: 'jwt'; jwt: string }
  | { kind: 'object'; value: JsonObject }
  | { kind: 'error'; code: string; message: string };

/** Size limits first, then JSON parsing: a string is JSON text or a compact JWS, an object is used as is. */
function parseInput(input: unknown, maxBytes: number): Parsed {
  if (typeof input === 'string') {
    if (Buffer.byteLength(input, 'utf8') > maxBytes)
      return { kind: 'error', code: 'VC_TOO_LARGE', message: `input larger than ${maxBytes} bytes` };
    const text = input.trim();
    if (text.startsWith('{')) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { kind: 'error', code: 'VC_MALFORMED_JSON', message: 'the input is not valid JSON' };
      }
      return parseInput(value, maxBytes);
    }
    if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text)) return { kind: 'jwt', jwt: text };
    return {
      kind: 'error',
      code: 'VC_FORMAT_UNKNOWN',
      message: 'the input is neither JSON nor a compact JWS',
    };
  }
  if (!isObject(input))
    return { kind: 'error', code: 'VC_FORMAT_UNKNOWN', message: 'the input is not a JSON object' };
  // Iterative bound check before anything recursive (stringify, canonicalisation) can meet hostile nesting.
  const bounds = checkJsonBounds(input);
  if (bounds) return { kind: 'error', code: bounds.code, message: bounds.message };
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(input), 'utf8');
  } catch {
    return { kind: 'error', code: 'VC_MALFORMED_JSON', message: 'the input is not plain JSON' };
  }
  if (size > maxBytes)
    return { kind: 'error', code: 'VC_TOO_LARGE', message: `input larger than ${maxBytes} bytes` };
  return { kind: 'object', value: input };
}

function notRun(reason: string): Outcome {
  return failed('CHECK_NOT_RUN', `not run: ${reason}`);
}

/** Reads each BitstringStatusListEntry (Bitstring Status List v1.0 §3.2). */
async function checkStatus(
  credential: JsonObject,
  issuer: string | undefined,
  deps: VerifierDeps,
): Promise<Outcome> {
  const raw = credential.credentialStatus;
  if (raw === undefined) return pass('no status declared');
  const entries = asArray(raw);
  if (entries.length === 0) return failed('VC_STATUS_INVALID', 'credentialStatus is empty');
  const lists = new Map<string, Result<JsonObject>>();
  const notes: string[] = [];
  for (const [i, entry] of entries.entries()) {
    const where = Array.isArray(raw) ? `credentialStatus[${i}]` : 'credentialStatus';
    if (!isObject(entry)) return failed('VC_STATUS_INVALID', `${where} is not an object`);
    // An entry type we cannot evaluate could be a revocation we would miss: fail closed.
    if (!typesOf(entry).includes('BitstringStatusListEntry'))
      return failed(
        'STATUS_TYPE_UNSUPPORTED',
        `${where}: status type ${JSON.stringify(entry.type ?? null)} is not supported`,
      );
    const url = entry.statusListCredential;
    if (!isUrl(url)) return failed('STATUS_ENTRY_INVALID', `${where}: statusListCredential must be a URL`);

    let list = lists.get(url);
    if (!list) {
      list = await verifiedStatusList(url, issuer, deps);
      lists.set(url, list);
    }
    if (!list.ok) return failed(list.problems[0]!.code, `${where}: ${list.problems[0]!.message}`);
    const r = readStatus(entry, list.value);
    if (!r.ok) return failed(r.problems[0]!.code, `${where}: ${r.problems[0]!.message}`);
    const { purpose, status, message } = r.value;
    if (status !== 0 && purpose === 'revocation')
      return failed('STATUS_REVOKED', `${where}: the credential is revoked`);
    if (status !== 0 && purpose === 'suspension')
      return failed('STATUS_SUSPENDED', `${where}: the credential is suspended`);
    notes.push(`${purpose}: ${message ?? (status === 0 ? 'unset' : `status 0x${status.toString(16)}`)}`);
  }
  return pass(notes.join('; '));
}

/**
 * Status list documents whose signature already verified, by object identity: a caller that caches fetched
 * lists hands back the same object, and re-verifying a 16 KiB list on every credential check would dominate.
 */
const signatureVerifiedLists = new WeakMap<JsonObject, JsonObject>();

/** Fetches a status list credential and verifies it (proof, id, issuer trust, validity) — not its own status. */
async function verifiedStatusList(
  url: string,
  issuer: string | undefined,
  deps: VerifierDeps,
): Promise<Result<JsonObject>> {
  const bad = (code: string, message: string): Result<JsonObject> => ({
    ok: false,
    problems: [{ code, message }],
  });
  let fetched: Result<JsonObject>;
  try {
    fetched = await deps.fetchStatusList(url);
  } catch {
    fetched = bad('STATUS_RETRIEVAL_ERROR', `fetching ${url} failed`);
  }
  if (!fetched?.ok || !isObject(fetched.value))
    return bad('STATUS_RETRIEVAL_ERROR', `the status list ${url} could not be retrieved`);
  const doc = fetched.value;
  let listCredential: JsonObject;
  const jwt = unwrapEnvelope(doc);
  const alreadyVerified = signatureVerifiedLists.get(doc);
  if (alreadyVerified) {
    listCredential = alreadyVerified;
  } else if (jwt !== undefined) {
    const v = await verifyVcJwt(jwt, deps.resolve, { maxBytes: deps.maxBytes ?? DEFAULT_MAX_JWT_BYTES });
    if (!v.ok)
      return bad('STATUS_VERIFICATION_ERROR', `the status list signature failed (${v.problems[0]!.code})`);
    listCredential = v.value.credential;
    signatureVerifiedLists.set(doc, listCredential);
  } else {
    const bounds = checkJsonBounds(doc);
    if (bounds) return bad('STATUS_VERIFICATION_ERROR', `the status list is unusable (${bounds.code})`);
    const v = await verifyProof(doc, {
      resolve: deps.resolve,
      loader: deps.loader,
      expectedProofPurpose: 'assertionMethod',
      now: deps.now,
    });
    if (!v.ok)
      return bad('STATUS_VERIFICATION_ERROR', `the status list proof failed (${v.problems[0]!.code})`);
    listCredential = doc;
    signatureVerifiedLists.set(doc, listCredential);
  }
  // §2.2 id: when the list names itself, it must be the list we asked for (no substitution of another list).
  if (listCredential.id !== undefined && listCredential.id !== url)
    return bad(
      'STATUS_VERIFICATION_ERROR',
      `the status list at ${url} identifies itself as ${String(listCredential.id)}`,
    );
  // §3.2 note "Issuer validation is use case dependent": the list must come from the credential's issuer or
  // from an issuer this node trusts.
  const listIssuer = issuerId(listCredential);
  let trusted = listIssuer !== undefined && listIssuer === issuer;
  if (!trusted && listIssuer !== undefined) {
    try {
      trusted = deps.trustedIssuers(listIssuer) !== undefined;
    } catch {
      trusted = false;
    }
  }
  if (!trusted)
    return bad('STATUS_ISSUER_UNTRUSTED', `the status list issuer ${listIssuer ?? '(none)'} is not trusted`);
  const validity = validityPeriod(listCredential, deps.now);
  if (validity.length > 0)
    return bad(
      'STATUS_LIST_EXPIRED',
      `the status list is outside its validity period (${validity[0]!.code})`,
    );
  return { ok: true, value: listCredential };
}

function checkSchemas(credential: JsonObject, deps: VerifierDeps): Outcome {
  const raw = credential.credentialSchema;
  if (raw === undefined) return pass('no schema declared');
  const notes: string[] = [];
  for (const entry of asArray(raw)) {
    if (!isObject(entry) || typeof entry.id !== 'string')
      return failed('VC_SCHEMA_INVALID', 'credentialSchema entries need an id');
    if (!typesOf(entry).includes('JsonSchema'))
      return failed(
        'SCHEMA_UNKNOWN',
        `schema type ${JSON.stringify(entry.type ?? null)} is not supported (JsonSchema only)`,
      );
    const schema = deps.schemas?.(entry.id);
    if (!schema) return failed('SCHEMA_UNKNOWN', `schema ${entry.id} is not known to this verifier`);
    const errors = validateJsonSchema(credential, schema);
    if (errors.length > 0)
      return failed(
        'SCHEMA_INVALID',
        `${entry.id}: ${errors
          .slice(0, 5)
          .map((e) => `${e.path} ${e.message}`)
          .join('; ')}`,
      );
    notes.push(entry.id);
  }
  return pass(`valid against ${notes.join(', ')} (JSON Schema subset)`);
}

function trustOutcome(issuer: string | undefined, deps: VerifierDeps): Outcome {
  if (!issuer) return failed('VC_ISSUER_INVALID', 'the credential names no issuer');
  const trusted = deps.trustedIssuers(issuer);
  return trusted
    ? pass(`trusted issuer: ${trusted.name}`)
    : failed('ISSUER_UNTRUSTED', `${issuer} is not a trusted issuer`);
}

/**
 * VC-DI §4.6 Context Validation / VCDM 2.0 §4.3: every context URL must be one the verifier knows (a term from
 * an unknown context has no agreed meaning), whichever securing mechanism is used.
 */
function unknownContexts(doc: JsonObject, loader: ContextLoader): VcProblem[] {
  const problems: VcProblem[] = [];
  asArray(doc['@context']).forEach((c, i) => {
    if (typeof c === 'string' && loader(c) === undefined)
      problems.push({
        code: 'VC_CONTEXT_UNKNOWN',
        message: `context ${c} is not known to this verifier`,
        path: `@context[${i}]`,
      });
  });
  return problems;
}

function proofPurposes(doc: JsonObject): string[] {
  return asArray(doc.proof).map((p) =>
    isObject(p) && typeof p.proofPurpose === 'string' ? p.proofPurpose : '',
  );
}

/** Verifies a credential given as JSON text, a compact vc+jwt, a parsed object or an enveloped credential. */
export async function verifyCredential(input: unknown, deps: VerifierDeps): Promise<VerificationReport> {
  const outcomes = new Map<CheckName, Outcome>();
  let format: VerificationReport['format'] = 'unknown';
  let credential: JsonObject | undefined;
  let verifiedContent = false;
  try {
    const maxBytes = deps.maxBytes ?? DEFAULT_MAX_JWT_BYTES;
    const parsed = parseInput(input, maxBytes);
    let jwt: string | undefined;
    if (parsed.kind === 'error') outcomes.set('format', failed(parsed.code, parsed.message));
    else if (parsed.kind === 'jwt') {
      format = 'vc-jwt';
      jwt = parsed.jwt;
    } else if (typesOf(parsed.value).includes('EnvelopedVerifiableCredential')) {
      jwt = unwrapEnvelope(parsed.value);
      if (jwt === undefined)
        outcomes.set(
          'format',
          failed('VC_ENVELOPE_INVALID', 'the enveloped credential does not carry a vc+jwt data: URL'),
        );
      else format = 'enveloped-vc-jwt';
    } else if (parsed.value.proof !== undefined) {
      format = 'data-integrity';
      credential = parsed.value;
    } else {
      credential = parsed.value;
      outcomes.set(
        'format',
        failed('VC_PROOF_MISSING', 'the credential is not secured (no proof, not a JWT)'),
      );
      outcomes.set('signature', failed('VC_PROOF_MISSING', 'nothing to verify'));
      outcomes.set('proof-purpose', failed('VC_PROOF_MISSING', 'nothing to verify'));
    }
    if (!outcomes.has('format'))
      outcomes.set(
        'format',
        pass(format === 'data-integrity' ? 'Data Integrity secured credential' : `VC-JOSE-COSE ${format}`),
      );

    // signature (and the content we will check the rest against)
    if (jwt !== undefined) {
      const token = jwt;
      const r = await verifyVcJwt(token, deps.resolve, { maxBytes });
      if (r.ok) {
        credential = r.value.credential;
        verifiedContent = true;
        outcomes.set(
          'signature',
          pass(`JWS ${String(r.value.header.alg)} verified with ${r.value.verificationMethod}`),
        );
      } else {
        credential = decodeJwtUnverified(token)?.payload;
        outcomes.set('signature', fromProblems(r.problems, ''));
      }
      outcomes.set(
        'proof-purpose',
        pass('VC-JOSE-COSE: the signing key is controlled by the issuer (no proofPurpose)'),
      );
    } else if (format === 'data-integrity' && credential) {
      const doc = credential;
      const purposes = proofPurposes(doc);
      const purpose =
        purposes.every((p) => p === purposes[0]) && purposes[0] ? purposes[0] : 'assertionMethod';
      const outcome = await guarded(async () => {
        const r = await verifyProof(doc, {
          resolve: deps.resolve,
          loader: deps.loader,
          expectedProofPurpose: purpose,
          expectedController: issuerId(doc) ?? '',
          now: deps.now,
        });
        if (!r.ok) return fromProblems(r.problems, '');
        verifiedContent = true;
        return pass(
          `${r.value.proofs.length} proof(s) verified (${r.value.cryptosuite}, ${r.value.verificationMethod})`,
        );
      });
      outcomes.set('signature', outcome);
      outcomes.set(
        'proof-purpose',
        purposes.every((p) => p === 'assertionMethod')
          ? pass('assertionMethod')
          : failed(
              'DI_PROOF_PURPOSE_MISMATCH',
              `a credential proof must be assertionMethod, not ${purposes.join(', ')}`,
            ),
      );
    }

    if (credential) {
      const c = credential;
      const note = verifiedContent ? '' : ' (content not verified)';
      const issuer = issuerId(c);
      outcomes.set(
        'data-model',
        await guarded(() =>
          fromProblems(
            [...validateCredential(c), ...unknownContexts(c, deps.loader)],
            `conforms to VC Data Model 2.0${note}`,
          ),
        ),
      );
      outcomes.set(
        'validity-period',
        await guarded(() => fromProblems(validityPeriod(c, deps.now), `within its validity period${note}`)),
      );
      outcomes.set('status', await guarded(() => checkStatus(c, issuer, deps)));
      outcomes.set('issuer-trust', await guarded(() => trustOutcome(issuer, deps)));
      outcomes.set('schema', await guarded(() => checkSchemas(c, deps)));
    }
  } catch (e) {
    const name = CHECK_ORDER.find((n) => !outcomes.has(n)) ?? 'format';
    outcomes.set(
      name,
      failed('VERIFIER_ERROR', `internal error: ${e instanceof Error ? e.message : 'unknown'}`),
    );
  }
  const checks = CHECK_ORDER.map((name) => {
    const o = outcomes.get(name) ?? notRun('no credential could be read');
    const check: Check<CheckName> = { check: name, passed: o.passed, message: o.message };
    if (o.code !== undefined) check.code = o.code;
    return check;
  });
  const report: VerificationReport = { verified: checks.every((c) => c.passed), format, checks };
  if (credential) report.credential = credential;
  const issuer = credential ? issuerId(credential) : undefined;
  if (issuer) report.issuer = issuer;
  return report;
}

export type PresentationCheckName = 'format' | 'data-model' | 'signature' | 'proof-purpose' | 'credentials';

export interface PresentationReport {
  verified: boolean;
  format: 'vp-jwt' | 'data-integrity' | 'unknown';
  presentation?: JsonObject;
  holder?: string;
  checks: Array<Check<PresentationCheckName>>;
  /** One report per embedded credential, in order. */
  credentials: VerificationReport[];
}

const VP_CHECK_ORDER: PresentationCheckName[] = [
  'format',
  'data-model',
  'signature',
  'proof-purpose',
  'credentials',
];

/**
 * Verifies a presentation (VCDM 2.0 §4.13): its own proof must be an authentication proof by the holder's key,
 * bound to `challenge`/`domain` when the verifier supplies them (VC-DI §4.4; for a vp+jwt the `nonce` and `aud`
 * claims), and every embedded credential must verify on its own.
 */
export async function verifyPresentation(
  input: unknown,
  deps: VerifierDeps & { challenge?: string; domain?: string },
): Promise<PresentationReport> {
  const outcomes = new Map<PresentationCheckName, Outcome>();
  let format: PresentationReport['format'] = 'unknown';
  let presentation: JsonObject | undefined;
  const credentials: VerificationReport[] = [];
  try {
    const maxBytes = deps.maxBytes ?? DEFAULT_MAX_JWT_BYTES;
    const parsed = parseInput(input, maxBytes);
    if (parsed.kind === 'error')
      outcomes.set('format', failed(parsed.code.replace(/^VC_/, 'VP_'), parsed.message));
    else if (parsed.kind === 'jwt') {
      format = 'vp-jwt';
      outcomes.set('format', pass('VC-JOSE-COSE vp+jwt'));
      const r = await verifyVpJwt(parsed.jwt, deps.resolve, { maxBytes });
      if (r.ok) {
        presentation = r.value.credential;
        const p = presentation;
        const problems: VcProblem[] = [];
        if (deps.challenge !== undefined && p.nonce !== deps.challenge)
          problems.push({
            code: 'VP_CHALLENGE_MISMATCH',
            message: 'the nonce claim does not match the challenge',
          });
        if (deps.domain !== undefined && !asArray(p.aud).includes(deps.domain))
          problems.push({ code: 'VP_DOMAIN_MISMATCH', message: 'the aud claim does not include the domain' });
        outcomes.set('signature', fromProblems(problems, `JWS verified with ${r.value.verificationMethod}`));
      } else {
        presentation = decodeJwtUnverified(parsed.jwt)?.payload;
        outcomes.set('signature', fromProblems(r.problems, ''));
      }
      outcomes.set(
        'proof-purpose',
        pass('VC-JOSE-COSE: the signing key is controlled by the holder (no proofPurpose)'),
      );
    } else if (parsed.value.proof === undefined) {
      presentation = parsed.value;
      outcomes.set('format', failed('VP_PROOF_MISSING', 'the presentation is not secured'));
      outcomes.set('signature', failed('VP_PROOF_MISSING', 'nothing to verify'));
      outcomes.set('proof-purpose', failed('VP_PROOF_MISSING', 'nothing to verify'));
    } else {
      format = 'data-integrity';
      presentation = parsed.value;
      const doc = presentation;
      outcomes.set('format', pass('Data Integrity secured presentation'));
      const purposes = proofPurposes(doc);
      const purpose =
        purposes.every((p) => p === purposes[0]) && purposes[0] ? purposes[0] : 'authentication';
      const opts: Parameters<typeof verifyProof>[1] = {
        resolve: deps.resolve,
        loader: deps.loader,
        expectedProofPurpose: purpose,
        now: deps.now,
      };
      if (deps.challenge !== undefined) opts.challenge = deps.challenge;
      if (deps.domain !== undefined) opts.domain = deps.domain;
      const holder = holderId(doc);
      if (holder !== undefined) opts.expectedController = holder;
      outcomes.set(
        'signature',
        await guarded(async () => {
          const r = await verifyProof(doc, opts);
          return r.ok
            ? pass(`presentation proof verified (${r.value.verificationMethod})`)
            : fromProblems(r.problems, '');
        }),
      );
      outcomes.set(
        'proof-purpose',
        purposes.every((p) => p === 'authentication')
          ? pass('authentication')
          : failed(
              'DI_PROOF_PURPOSE_MISMATCH',
              `a presentation proof must be authentication, not ${purposes.join(', ')}`,
            ),
      );
    }
    if (presentation) {
      const p = presentation;
      outcomes.set(
        'data-model',
        await guarded(() =>
          fromProblems(
            [...validatePresentation(p), ...unknownContexts(p, deps.loader)],
            'conforms to VC Data Model 2.0',
          ),
        ),
      );
      const embedded = asArray(p.verifiableCredential);
      for (const c of embedded) credentials.push(await verifyCredential(c, deps));
      const bad = credentials.findIndex((r) => !r.verified);
      outcomes.set(
        'credentials',
        embedded.length === 0
          ? pass('no credentials presented')
          : bad < 0
            ? pass(`${embedded.length} credential(s) verified`)
            : failed(
                'VP_CREDENTIAL_INVALID',
                `credential ${bad}: ${credentials[bad]!.checks.find((c) => !c.passed)?.code ?? 'failed'}`,
              ),
      );
    }
  } catch (e) {
    const name = VP_CHECK_ORDER.find((n) => !outcomes.has(n)) ?? 'format';
    outcomes.set(
      name,
      failed('VERIFIER_ERROR', `internal error: ${e instanceof Error ? e.message : 'unknown'}`),
    );
  }
  const checks = VP_CHECK_ORDER.map((name) => {
    const o = outcomes.get(name) ?? notRun('no presentation could be read');
    const check: Check<PresentationCheckName> = { check: name, passed: o.passed, message: o.message };
    if (o.code !== undefined) check.code = o.code;
    return check;
  });
  const report: PresentationReport = { verified: checks.every((c) => c.passed), format, checks, credentials };
  if (presentation) report.presentation = presentation;
  const holder = presentation ? holderId(presentation) : undefined;
  if (holder) report.holder = holder;
  return report;
}
