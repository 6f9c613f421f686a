import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContextLoader, withContexts } from './contexts.ts';
import { type Cryptosuite, createProof } from './data-integrity.ts';
import { envelopeJwt, signVcJwt, signVpJwt } from './jose.ts';
import { didKeyResolver } from './resolvers.ts';
import { createStatusList, createStatusListCredential, setStatusBit } from './status-list.ts';
import { newIssuer, type TestIssuer } from './test-keys.ts';
import type { JsonObject, Result } from './types.ts';
import {
  type CheckName,
  type VerificationReport,
  type VerifierDeps,
  verifyCredential,
  verifyPresentation,
} from './verify.ts';

const RDFC_READY = existsSync(new URL('./rdfc/index.ts', import.meta.url));
const NOW = new Date('2025-06-01T12:00:00Z');
const LIST_URL = 'https://status.example/lists/1';
const SUSPEND_URL = 'https://status.example/lists/2';

function sign(
  doc: JsonObject,
  who: TestIssuer,
  suite: Cryptosuite = 'eddsa-jcs-2022',
  purpose: 'assertionMethod' | 'authentication' = 'assertionMethod',
  extra = {},
) {
  const r = createProof(doc, {
    cryptosuite: suite,
    verificationMethod: who.vm,
    proofPurpose: purpose,
    created: '2025-01-01T00:00:00Z',
    privateKey: who.privateKey,
    loader: bundledContextLoader,
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const issuer = newIssuer();
const stranger = newIssuer();

function statusList(purpose: string, setIndex?: number, signer = issuer, url = LIST_URL) {
  const list = createStatusList();
  if (setIndex !== undefined) setStatusBit(list, setIndex, true);
  return sign(
    createStatusListCredential({
      id: url,
      issuer: signer.did,
      statusPurpose: purpose,
      list,
      validFrom: '2025-01-01T00:00:00Z',
    }),
    signer,
  );
}

function credential(extra: JsonObject = {}): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'urn:uuid:3f8a2c1e-0b7d-4c5e-9a6f-1d2e3f4a5b6c',
    type: ['VerifiableCredential', 'TrustmarkCredential'],
    issuer: issuer.did,
    validFrom: '2025-01-01T00:00:00Z',
    validUntil: '2026-01-01T00:00:00Z',
    credentialSubject: { id: 'did:web:shop.example', trustmark: 'SafeWeb' },
    credentialStatus: [
      {
        id: `${LIST_URL}#5`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '5',
        statusListCredential: LIST_URL,
      },
      {
        id: `${SUSPEND_URL}#7`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'suspension',
        statusListIndex: '7',
        statusListCredential: SUSPEND_URL,
      },
    ],
    ...extra,
  };
}

function deps(overrides: Partial<VerifierDeps> = {}, lists: Record<string, JsonObject> = {}): VerifierDeps {
  const served: Record<string, JsonObject> = {
    [LIST_URL]: statusList('revocation'),
    [SUSPEND_URL]: statusList('suspension', undefined, issuer, SUSPEND_URL),
    ...lists,
  };
  return {
    now: NOW,
    loader: bundledContextLoader,
    resolve: didKeyResolver,
    trustedIssuers: (id) => (id === issuer.did ? { name: 'Test Authority' } : undefined),
    fetchStatusList: async (url): Promise<Result<JsonObject>> =>
      served[url]
        ? { ok: true, value: served[url]! }
        : { ok: false, problems: [{ code: 'HTTP_404', message: 'not found' }] },
    ...overrides,
  };
}

const check = (
  r: { checks: Array<{ check: string; passed: boolean; code?: string }> },
  name: CheckName | string,
) => r.checks.find((c) => c.check === name)!;
const failures = (r: VerificationReport) =>
  r.checks.filter((c) => !c.passed).map((c) => `${c.check}:${c.code}`);

describe('verifyCredential checklist', () => {
  it('a good Data Integrity credential passes every check, each listed', async () => {
    const r = await verifyCredential(sign(credential(), issuer), deps());
    expect(failures(r)).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.format).toBe('data-integrity');
    expect(r.issuer).toBe(issuer.did);
    expect(r.checks.map((c) => c.check)).toEqual([
      'format',
      'data-model',
      'signature',
      'proof-purpose',
      'validity-period',
      'status',
      'issuer-trust',
      'schema',
    ]);
    expect(check(r, 'issuer-trust')).toMatchObject({
      passed: true,
      message: 'trusted issuer: Test Authority',
    });
    expect(check(r, 'schema')).toMatchObject({ passed: true, message: 'no schema declared' });
  });

  it('accepts JSON text, a vc+jwt and an enveloped vc+jwt', async () => {
    expect((await verifyCredential(JSON.stringify(sign(credential(), issuer)), deps())).verified).toBe(true);
    const jwt = await signVcJwt(credential(), {
      privateKey: issuer.privateKey,
      kid: issuer.vm,
      alg: 'EdDSA',
    });
    const viaJwt = await verifyCredential(jwt, deps());
    expect(failures(viaJwt)).toEqual([]);
    expect(viaJwt.format).toBe('vc-jwt');
    const enveloped = await verifyCredential(envelopeJwt(jwt), deps());
    expect(enveloped).toMatchObject({ verified: true, format: 'enveloped-vc-jwt' });
  });

  it('a tampered credential fails the signature but still reports the other checks', async () => {
    const signed = sign(credential(), issuer);
    const r = await verifyCredential(
      { ...signed, credentialSubject: { id: 'did:web:fake.example', trustmark: 'SafeWeb' } },
      deps(),
    );
    expect(r.verified).toBe(false);
    expect(failures(r)).toEqual(['signature:DI_SIGNATURE_INVALID']);
    expect(check(r, 'data-model').passed).toBe(true);
    expect(check(r, 'status').passed).toBe(true);
    const jwt = await signVcJwt(credential(), {
      privateKey: issuer.privateKey,
      kid: issuer.vm,
      alg: 'EdDSA',
    });
    const [h, , s] = jwt.split('.');
    const forged = Buffer.from(JSON.stringify(credential({ validUntil: '2099-01-01T00:00:00Z' }))).toString(
      'base64url',
    );
    expect(failures(await verifyCredential(`${h}.${forged}.${s}`, deps()))).toEqual([
      'signature:JOSE_SIGNATURE_INVALID',
    ]);
  });

  it('wrong key, unresolvable DID, unknown issuer', async () => {
    const byStranger = createProof(credential(), {
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: issuer.vm,
      proofPurpose: 'assertionMethod',
      created: '2025-01-01T00:00:00Z',
      privateKey: stranger.privateKey,
      loader: bundledContextLoader,
    });
    expect(byStranger.ok && failures(await verifyCredential(byStranger.value, deps()))).toEqual([
      'signature:DI_SIGNATURE_INVALID',
    ]);
    const gone = sign(credential({ issuer: 'did:web:gone.example' }), {
      ...issuer,
      vm: 'did:web:gone.example#k1',
    });
    expect(failures(await verifyCredential(gone, deps()))).toContain('signature:DI_KEY_UNRESOLVED');
    const untrusted = sign(
      credential({ issuer: stranger.did, credentialStatus: undefined } as never),
      stranger,
    );
    expect(failures(await verifyCredential(untrusted, deps()))).toEqual(['issuer-trust:ISSUER_UNTRUSTED']);
  });

  it('expired and not yet valid', async () => {
    const expired = sign(credential({ validUntil: '2025-03-01T00:00:00Z' }), issuer);
    expect(failures(await verifyCredential(expired, deps()))).toEqual(['validity-period:VC_EXPIRED']);
    const future = sign(credential({ validFrom: '2025-12-01T00:00:00Z' }), issuer);
    expect(failures(await verifyCredential(future, deps()))).toEqual(['validity-period:VC_NOT_YET_VALID']);
  });

  it('revoked and suspended', async () => {
    const vc = sign(credential(), issuer);
    const revoked = await verifyCredential(vc, deps({}, { [LIST_URL]: statusList('revocation', 5) }));
    expect(failures(revoked)).toEqual(['status:STATUS_REVOKED']);
    const otherBit = await verifyCredential(vc, deps({}, { [LIST_URL]: statusList('revocation', 6) }));
    expect(otherBit.verified).toBe(true);
    const suspended = await verifyCredential(
      vc,
      deps({}, { [SUSPEND_URL]: statusList('suspension', 7, issuer, SUSPEND_URL) }),
    );
    expect(failures(suspended)).toEqual(['status:STATUS_SUSPENDED']);
  });

  it('status lists that cannot be trusted', async () => {
    const vc = sign(credential(), issuer);
    const code = async (d: VerifierDeps) => check(await verifyCredential(vc, d), 'status').code;
    expect(
      await code(
        deps({ fetchStatusList: async () => ({ ok: false, problems: [{ code: 'X', message: 'down' }] }) }),
      ),
    ).toBe('STATUS_RETRIEVAL_ERROR');
    expect(
      await code(
        deps({
          fetchStatusList: async () => {
            throw new Error('socket hang up');
          },
        }),
      ),
    ).toBe('STATUS_RETRIEVAL_ERROR');
    const tampered = { ...statusList('revocation', 5), validUntil: '2099-01-01T00:00:00Z' };
    expect(await code(deps({}, { [LIST_URL]: tampered }))).toBe('STATUS_VERIFICATION_ERROR');
    expect(await code(deps({}, { [LIST_URL]: statusList('revocation', undefined, stranger) }))).toBe(
      'STATUS_ISSUER_UNTRUSTED',
    );
    expect(await code(deps({}, { [LIST_URL]: statusList('suspension') }))).toBe('STATUS_VERIFICATION_ERROR');
    expect(
      await code(
        deps({}, { [LIST_URL]: statusList('revocation', undefined, issuer, 'https://status.example/other') }),
      ),
    ).toBe('STATUS_VERIFICATION_ERROR');
    const unknownType = sign(
      credential({ credentialStatus: { id: 'https://x.example/s', type: 'StatusList2021Entry' } }),
      issuer,
    );
    expect(check(await verifyCredential(unknownType, deps()), 'status').code).toBe('STATUS_TYPE_UNSUPPORTED');
  });

  it('schemas: known and valid, known and invalid, unknown', async () => {
    const schemaId = 'https://schemas.example/trustmark.json';
    const schema = {
      type: 'object',
      required: ['credentialSubject'],
      properties: {
        credentialSubject: {
          type: 'object',
          required: ['trustmark'],
          properties: { trustmark: { enum: ['SafeWeb'] } },
        },
      },
    };
    const withSchema = (subject: JsonObject) =>
      sign(
        credential({ credentialSubject: subject, credentialSchema: { id: schemaId, type: 'JsonSchema' } }),
        issuer,
      );
    const d = deps({ schemas: (id) => (id === schemaId ? schema : undefined) });
    expect(
      (await verifyCredential(withSchema({ id: 'did:web:shop.example', trustmark: 'SafeWeb' }), d)).verified,
    ).toBe(true);
    expect(
      failures(await verifyCredential(withSchema({ id: 'did:web:shop.example', trustmark: 'Other' }), d)),
    ).toEqual(['schema:SCHEMA_INVALID']);
    expect(
      failures(
        await verifyCredential(withSchema({ id: 'did:web:shop.example', trustmark: 'SafeWeb' }), deps()),
      ),
    ).toEqual(['schema:SCHEMA_UNKNOWN']);
  });

  it('unknown context', async () => {
    const doc = sign(
      credential({ '@context': ['https://www.w3.org/ns/credentials/v2', 'https://unknown.example/ctx/v1'] }),
      issuer,
    );
    expect(failures(await verifyCredential(doc, deps()))).toEqual(['data-model:VC_CONTEXT_UNKNOWN']);
    const mine = withContexts({
      'https://unknown.example/ctx/v1': {
        '@context': { trustmark: 'https://unknown.example/vocab#trustmark' },
      },
    });
    expect((await verifyCredential(doc, deps({ loader: mine }))).verified).toBe(true);
  });

  it('hostile input: 2 MB, garbage, deep nesting, unsecured, throwing deps — never throws', async () => {
    const big = JSON.stringify(credential({ padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(check(await verifyCredential(big, deps()), 'format').code).toBe('VC_TOO_LARGE');
    expect(check(await verifyCredential(JSON.parse(big), deps()), 'format').code).toBe('VC_TOO_LARGE');
    for (const garbage of [
      '',
      'hello',
      '{',
      '{"a":',
      '[1,2]',
      'a.b',
      '\u0000\u0001',
      'x.y.z',
      42,
      null,
      undefined,
      [],
      () => 1,
    ]) {
      const r = await verifyCredential(garbage, deps());
      expect(r.verified).toBe(false);
      expect(r.checks).toHaveLength(8);
    }
    expect(check(await verifyCredential('{"a":', deps()), 'format').code).toBe('VC_MALFORMED_JSON');
    expect(check(await verifyCredential('hello', deps()), 'format').code).toBe('VC_FORMAT_UNKNOWN');
    expect(check(await verifyCredential('x.y.z', deps()), 'signature').code).toBe('JOSE_MALFORMED');
    const deepText = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepParsed = await verifyCredential(`{"a":${deepText}}`, deps());
    expect(['VC_TOO_DEEP', 'VC_MALFORMED_JSON']).toContain(check(deepParsed, 'format').code);
    let deep: JsonObject = {};
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    expect(check(await verifyCredential({ ...credential(), deep }, deps()), 'format').code).toBe(
      'VC_TOO_DEEP',
    );
    const unsecured = await verifyCredential(credential(), deps());
    expect(check(unsecured, 'format').code).toBe('VC_PROOF_MISSING');
    const boom = await verifyCredential(
      sign(credential(), issuer),
      deps({
        trustedIssuers: () => {
          throw new Error('db down');
        },
      }),
    );
    expect(check(boom, 'issuer-trust').code).toBe('VERIFIER_ERROR');
    const cyclic: JsonObject = { ...credential(), proof: {} };
    (cyclic as Record<string, unknown>).self = cyclic;
    expect((await verifyCredential(cyclic, deps())).verified).toBe(false);
  });

  it.skipIf(!RDFC_READY)('eddsa-rdfc-2022 credentials verify too', async () => {
    const r = await verifyCredential(sign(credential(), issuer, 'eddsa-rdfc-2022'), deps());
    expect(failures(r)).toEqual([]);
  });
});

describe('verifyPresentation', () => {
  const holder = newIssuer();
  const vp = (creds: JsonObject[]): JsonObject => ({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder: holder.did,
    verifiableCredential: creds,
  });

  it('verifies an authentication proof bound to the challenge, and each credential', async () => {
    const presented = sign(vp([sign(credential(), issuer)]), holder, 'eddsa-jcs-2022', 'authentication', {
      challenge: 'n-123',
      domain: 'verifier.example',
    });
    const r = await verifyPresentation(presented, {
      ...deps(),
      challenge: 'n-123',
      domain: 'verifier.example',
    });
    expect(r.checks.filter((c) => !c.passed)).toEqual([]);
    expect(r).toMatchObject({ verified: true, format: 'data-integrity', holder: holder.did });
    expect(r.credentials).toHaveLength(1);
    expect(r.credentials[0]!.verified).toBe(true);

    const replay = await verifyPresentation(presented, { ...deps(), challenge: 'other' });
    expect(check(replay, 'signature').code).toBe('DI_CHALLENGE_MISMATCH');
    const asAssertion = sign(vp([]), holder, 'eddsa-jcs-2022', 'assertionMethod');
    expect(check(await verifyPresentation(asAssertion, deps()), 'proof-purpose').code).toBe(
      'DI_PROOF_PURPOSE_MISMATCH',
    );
    const revoked = sign(vp([sign(credential(), issuer)]), holder, 'eddsa-jcs-2022', 'authentication');
    const rr = await verifyPresentation(revoked, deps({}, { [LIST_URL]: statusList('revocation', 5) }));
    expect(check(rr, 'credentials').code).toBe('VP_CREDENTIAL_INVALID');
    const stolen = sign(vp([]), stranger, 'eddsa-jcs-2022', 'authentication');
    expect(check(await verifyPresentation(stolen, deps()), 'signature').code).toBe('DI_CONTROLLER_MISMATCH');
  });

  it('vp+jwt with nonce and enveloped credentials', async () => {
    const vcJwt = await signVcJwt(credential(), {
      privateKey: issuer.privateKey,
      kid: issuer.vm,
      alg: 'EdDSA',
    });
    const jwt = await signVpJwt(
      { ...vp([envelopeJwt(vcJwt)]), nonce: 'n-1', aud: 'verifier.example' },
      { privateKey: holder.privateKey, kid: holder.vm, alg: 'EdDSA' },
    );
    const r = await verifyPresentation(jwt, { ...deps(), challenge: 'n-1', domain: 'verifier.example' });
    expect(r.checks.filter((c) => !c.passed)).toEqual([]);
    expect(r.credentials[0]!.format).toBe('enveloped-vc-jwt');
    expect(check(await verifyPresentation(jwt, { ...deps(), challenge: 'n-2' }), 'signature').code).toBe(
      'VP_CHALLENGE_MISMATCH',
    );
    const garbage = await verifyPresentation('garbage', deps());
    expect(garbage.verified).toBe(false);
    expect(garbage.checks).toHaveLength(5);
  });
});
