import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContextLoader } from './contexts.ts';
import { createProof, hashData, verifyProof } from './data-integrity.ts';
import { jwkToMultikey } from './did-key.ts';
import { base58Encode } from './multibase.ts';
import { chainResolvers, didKeyResolver, resolverFromDidDocuments } from './resolvers.ts';
import { newIssuer, specIssuer } from './test-keys.ts';
import type { JsonObject, Result } from './types.ts';
import {
  ALUMNI_CREDENTIAL,
  DI_CREATED,
  DI_EDDSA_DID,
  DI_EDDSA_VM,
  JCS_VECTOR,
  RDFC_VECTOR,
} from './vectors.ts';

// The RDFC canoniser is written in parallel (src/standards/vc/rdfc/); its tests run once it exists.
const RDFC_READY = existsSync(new URL('./rdfc/index.ts', import.meta.url));
if (!RDFC_READY) console.log('rdfc/index.ts not present yet: eddsa-rdfc-2022 tests skipped');

const loader = bundledContextLoader;
const resolve = didKeyResolver;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.problems[0]!.code);
const withoutProof = (doc: JsonObject) => {
  const { proof: _p, ...rest } = doc;
  return rest as JsonObject;
};

describe('eddsa-jcs-2022: VC-DI-EdDSA Appendix B.3 test vector', () => {
  const issuer = specIssuer();
  const proofOptions = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: DI_CREATED,
    verificationMethod: DI_EDDSA_VM,
    proofPurpose: 'assertionMethod',
    '@context': ALUMNI_CREDENTIAL['@context']!,
  };

  it('the spec key pair is the did:key of the vector', () => {
    expect(issuer.did).toBe(DI_EDDSA_DID);
  });

  it('reproduces the canonical forms and hashes (Examples 31–36)', () => {
    const r = hashData('eddsa-jcs-2022', ALUMNI_CREDENTIAL, proofOptions, loader);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.canonicalDocument).toBe(JCS_VECTOR.canonicalDocument);
    expect(sha(r.value.canonicalDocument)).toBe(JCS_VECTOR.documentHash);
    expect(r.value.canonicalProofConfig).toBe(JCS_VECTOR.canonicalProofConfig);
    expect(sha(r.value.canonicalProofConfig)).toBe(JCS_VECTOR.proofConfigHash);
    expect(r.value.hash.toString('hex')).toBe(JCS_VECTOR.proofConfigHash + JCS_VECTOR.documentHash);
  });

  it('reproduces the signature and proofValue exactly (Examples 37–39)', () => {
    const r = createProof(ALUMNI_CREDENTIAL, {
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: DI_EDDSA_VM,
      proofPurpose: 'assertionMethod',
      created: DI_CREATED,
      privateKey: issuer.privateKey,
      loader,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const proof = r.value.proof as JsonObject;
    expect(proof).toEqual({ ...proofOptions, proofValue: JCS_VECTOR.proofValue });
    expect(Buffer.from(base58Encode(Buffer.from(JCS_VECTOR.signatureHex, 'hex')))).toEqual(
      Buffer.from(JCS_VECTOR.proofValue.slice(1)),
    );
    expect(withoutProof(r.value)).toEqual(ALUMNI_CREDENTIAL);
  });

  it('verifies the spec’s signed credential, and refuses it when the key is not the issuer’s', async () => {
    const signed = { ...ALUMNI_CREDENTIAL, proof: { ...proofOptions, proofValue: JCS_VECTOR.proofValue } };
    const ok = await verifyProof(signed, { resolve, loader, expectedController: DI_EDDSA_DID });
    expect(ok).toMatchObject({
      ok: true,
      value: { cryptosuite: 'eddsa-jcs-2022', verificationMethod: DI_EDDSA_VM, created: DI_CREATED },
    });
    // The vector's issuer is https://vc.example/issuers/5678 but its key is a did:key: not the issuer's key.
    expect(code(await verifyProof(signed, { resolve, loader }))).toBe('DI_CONTROLLER_MISMATCH');
  });
});

describe.skipIf(!RDFC_READY)('eddsa-rdfc-2022: VC-DI-EdDSA Appendix B.1 test vector', () => {
  const issuer = specIssuer();
  const proofOptions = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: DI_CREATED,
    verificationMethod: DI_EDDSA_VM,
    proofPurpose: 'assertionMethod',
    '@context': ALUMNI_CREDENTIAL['@context']!,
  };

  it('reproduces the canonical N-Quads and hashes (Examples 9–14)', () => {
    const r = hashData('eddsa-rdfc-2022', ALUMNI_CREDENTIAL, proofOptions, loader);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.value.canonicalDocument).toBe(RDFC_VECTOR.canonicalDocument);
    expect(sha(r.value.canonicalDocument)).toBe(RDFC_VECTOR.documentHash);
    expect(r.value.canonicalProofConfig).toBe(RDFC_VECTOR.canonicalProofConfig);
    expect(sha(r.value.canonicalProofConfig)).toBe(RDFC_VECTOR.proofConfigHash);
  });

  it('reproduces the proofValue exactly (Examples 15–17) and verifies it', async () => {
    const r = createProof(ALUMNI_CREDENTIAL, {
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: DI_EDDSA_VM,
      proofPurpose: 'assertionMethod',
      created: DI_CREATED,
      privateKey: issuer.privateKey,
      loader,
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const { '@context': _c, ...rdfcProof } = proofOptions;
    expect(r.value.proof).toEqual({ ...rdfcProof, proofValue: RDFC_VECTOR.proofValue });
    expect(Buffer.from(base58Encode(Buffer.from(RDFC_VECTOR.signatureHex, 'hex'))).toString()).toBe(
      RDFC_VECTOR.proofValue.slice(1),
    );
    expect(code(await verifyProof(r.value, { resolve, loader, expectedController: DI_EDDSA_DID }))).toBe(
      'ok',
    );
  });

  it('fails on a tampered credential, an unknown context, and without Data Integrity terms', async () => {
    const me = newIssuer();
    const vc: JsonObject = { ...ALUMNI_CREDENTIAL, issuer: me.did };
    const signed = createProof(vc, {
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: me.vm,
      proofPurpose: 'assertionMethod',
      created: DI_CREATED,
      privateKey: me.privateKey,
      loader,
    });
    if (!signed.ok) throw new Error(JSON.stringify(signed.problems));
    expect(code(await verifyProof(signed.value, { resolve, loader }))).toBe('ok');
    const tampered = {
      ...signed.value,
      credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'Another School' },
    };
    expect(code(await verifyProof(tampered, { resolve, loader }))).toBe('DI_SIGNATURE_INVALID');
    const unknownCtx = {
      ...signed.value,
      '@context': [...(vc['@context'] as string[]), 'https://unknown.example/ctx'],
    };
    const r = await verifyProof(unknownCtx, { resolve, loader });
    expect(r.ok).toBe(false);
    const noDi = { ...signed.value, '@context': ['https://www.w3.org/ns/did/v1'] };
    expect(code(await verifyProof(noDi, { resolve, loader }))).toBe('DI_CONTEXT_MISMATCH');
  });
});

describe('Data Integrity proofs: failures have their own codes', () => {
  const me = newIssuer();
  const vc: JsonObject = { ...ALUMNI_CREDENTIAL, issuer: me.did };
  const sign = (doc: JsonObject = vc, extra: Partial<Parameters<typeof createProof>[1]> = {}) => {
    const r = createProof(doc, {
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: me.vm,
      proofPurpose: 'assertionMethod',
      created: '2024-05-01T10:00:00Z',
      privateKey: me.privateKey,
      loader,
      ...extra,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value;
  };

  it('round trip', async () => {
    const signed = sign();
    expect(await verifyProof(signed, { resolve, loader })).toMatchObject({
      ok: true,
      value: { proofPurpose: 'assertionMethod' },
    });
  });

  it('tampered payload, wrong key, bad proofValue', async () => {
    const signed = sign();
    expect(code(await verifyProof({ ...signed, name: 'Forged' }, { resolve, loader }))).toBe(
      'DI_SIGNATURE_INVALID',
    );
    const proof = signed.proof as JsonObject;
    expect(
      code(
        await verifyProof(
          { ...signed, proof: { ...proof, created: '2024-05-01T10:00:01Z' } },
          { resolve, loader },
        ),
      ),
    ).toBe('DI_SIGNATURE_INVALID');
    const other = newIssuer();
    const byOther = createProof(vc, {
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: me.vm,
      proofPurpose: 'assertionMethod',
      created: '2024-05-01T10:00:00Z',
      privateKey: other.privateKey,
      loader,
    });
    expect(byOther.ok && code(await verifyProof(byOther.value, { resolve, loader }))).toBe(
      'DI_SIGNATURE_INVALID',
    );
    for (const proofValue of ['uAAAA', 'z0OIl', 'z1111', 42])
      expect(
        code(await verifyProof({ ...signed, proof: { ...proof, proofValue } }, { resolve, loader })),
      ).toBe('DI_PROOF_MALFORMED');
  });

  it('missing proof, unsupported suites, purposes, resolution and controllers', async () => {
    const signed = sign();
    const proof = signed.proof as JsonObject;
    const v = (doc: JsonObject, extra = {}) => verifyProof(doc, { resolve, loader, ...extra });
    expect(code(await v(vc))).toBe('DI_PROOF_MISSING');
    expect(code(await v({ ...vc, proof: [] }))).toBe('DI_PROOF_MISSING');
    expect(code(await v({ ...signed, proof: { ...proof, cryptosuite: 'ecdsa-rdfc-2019' } }))).toBe(
      'DI_CRYPTOSUITE_UNSUPPORTED',
    );
    expect(code(await v({ ...signed, proof: { ...proof, type: 'Ed25519Signature2020' } }))).toBe(
      'DI_CRYPTOSUITE_UNSUPPORTED',
    );
    expect(code(await v({ ...signed, proof: 'x' }))).toBe('DI_PROOF_MALFORMED');
    expect(code(await v(signed, { expectedProofPurpose: 'authentication' }))).toBe(
      'DI_PROOF_PURPOSE_MISMATCH',
    );
    const unknownVm = sign(vc, { verificationMethod: 'did:web:gone.example#k1' });
    expect(code(await v(unknownVm))).toBe('DI_KEY_UNRESOLVED');
    const otherIssuer = { ...vc, issuer: 'did:web:example.com' };
    expect(code(await v(sign(otherIssuer)))).toBe('DI_CONTROLLER_MISMATCH');
    // a P-256 key cannot verify an eddsa proof
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const mb = jwkToMultikey({ kty: 'EC', crv: 'P-256', x: ec.x!, y: ec.y! });
    const did = 'did:web:p256.example';
    const ecResolve = chainResolvers(
      resolve,
      resolverFromDidDocuments([
        {
          id: did,
          verificationMethod: [
            { id: `${did}#k`, type: 'Multikey', controller: did, publicKeyMultibase: mb.ok ? mb.value : '' },
          ],
        },
      ]),
    );
    const ecSigned = sign({ ...vc, issuer: did }, { verificationMethod: `${did}#k` });
    expect(code(await verifyProof(ecSigned, { resolve: ecResolve, loader }))).toBe('DI_KEY_TYPE_INVALID');
  });

  it('jcs: the document @context must start with the proof @context', async () => {
    const signed = sign();
    const moved = { ...signed, '@context': ['https://www.w3.org/ns/credentials/v2'] };
    expect(code(await verifyProof(moved, { resolve, loader }))).toBe('DI_CONTEXT_MISMATCH');
    // appending a context after signing is allowed by §3.3.2 step 4 (it is replaced by the proof's before hashing)
    const appended = {
      ...signed,
      '@context': [...(signed['@context'] as string[]), 'https://www.w3.org/ns/did/v1'],
    };
    expect(code(await verifyProof(appended, { resolve, loader }))).toBe('ok');
  });

  it('challenge, domain and expiry', async () => {
    const signed = sign(vc, {
      challenge: 'abc',
      domain: 'verifier.example',
      expires: '2025-01-01T00:00:00Z',
    });
    const v = (extra: object) => verifyProof(signed, { resolve, loader, ...extra });
    expect(
      code(await v({ challenge: 'abc', domain: 'verifier.example', now: new Date('2024-06-01T00:00:00Z') })),
    ).toBe('ok');
    expect(code(await v({ challenge: 'xyz' }))).toBe('DI_CHALLENGE_MISMATCH');
    expect(code(await v({ domain: 'evil.example' }))).toBe('DI_DOMAIN_MISMATCH');
    expect(code(await v({ now: new Date('2025-06-01T00:00:00Z') }))).toBe('DI_PROOF_EXPIRED');
    expect(code(await verifyProof(sign(), { resolve, loader, challenge: 'abc' }))).toBe(
      'DI_CHALLENGE_MISMATCH',
    );
  });

  it('proof sets and chains: every proof must verify', async () => {
    const second = newIssuer();
    const once = sign(vc, { id: 'urn:uuid:proof-1' });
    const twice = createProof(once, {
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: second.vm,
      proofPurpose: 'assertionMethod',
      created: '2024-05-02T10:00:00Z',
      privateKey: second.privateKey,
      loader,
      previousProof: 'urn:uuid:proof-1',
    });
    if (!twice.ok) throw new Error('sign');
    expect(Array.isArray(twice.value.proof)).toBe(true);
    // the second key is not the issuer's: name it as the expected controller of neither → mismatch
    expect(code(await verifyProof(twice.value, { resolve, loader }))).toBe('DI_CONTROLLER_MISMATCH');
    const set = createProof(once, {
      cryptosuite: 'eddsa-jcs-2022',
      verificationMethod: me.vm,
      proofPurpose: 'assertionMethod',
      created: '2024-05-03T10:00:00Z',
      privateKey: me.privateKey,
      loader,
      previousProof: 'urn:uuid:proof-1',
    });
    if (!set.ok) throw new Error('sign');
    const ok = await verifyProof(set.value, { resolve, loader });
    expect(ok.ok && ok.value.proofs).toHaveLength(2);
    const proofs = set.value.proof as JsonObject[];
    const broken: JsonObject = {
      ...set.value,
      proof: [proofs[0]!, { ...proofs[1]!, proofValue: proofs[0]!.proofValue! }],
    };
    expect(code(await verifyProof(broken, { resolve, loader }))).toBe('DI_SIGNATURE_INVALID');
    const dangling = { ...set.value, proof: [proofs[1]!] };
    expect(code(await verifyProof(dangling, { resolve, loader }))).toBe('DI_PROOF_MALFORMED');
  });

  it('bad inputs never throw', async () => {
    let deep: JsonObject = { x: 1 };
    for (let i = 0; i < 5000; i++) deep = { x: deep };
    expect(code(await verifyProof({ ...sign(), deep }, { resolve, loader }))).toBe('VC_TOO_DEEP');
    expect(code(await verifyProof(null as never, { resolve, loader }))).toBe('DI_DOCUMENT_INVALID');
    const throwing = async () => {
      throw new Error('boom');
    };
    expect(code(await verifyProof(sign(), { resolve: throwing, loader }))).toBe('DI_KEY_UNRESOLVED');
    const bad = (extra: object) =>
      createProof(vc, {
        cryptosuite: 'eddsa-jcs-2022',
        verificationMethod: me.vm,
        proofPurpose: 'assertionMethod',
        created: '2024-05-01T10:00:00Z',
        privateKey: me.privateKey,
        loader,
        ...extra,
      });
    expect(code(bad({ created: 'yesterday' }))).toBe('DI_PROOF_MALFORMED');
    expect(code(bad({ cryptosuite: 'bbs-2023' }))).toBe('DI_CRYPTOSUITE_UNSUPPORTED');
    expect(code(bad({ privateKey: me.publicKey }))).toBe('DI_KEY_INVALID');
    expect(code(bad({ verificationMethod: 'not a url' }))).toBe('DI_PROOF_MALFORMED');
    expect(code(bad({ previousProof: 'urn:none' }))).toBe('DI_PROOF_MALFORMED');
    expect(
      code(
        createProof({ ...vc, n: Number.NaN } as never, {
          cryptosuite: 'eddsa-jcs-2022',
          verificationMethod: me.vm,
          proofPurpose: 'assertionMethod',
          created: '2024-05-01T10:00:00Z',
          privateKey: me.privateKey,
          loader,
        }),
      ),
    ).toBe('JCS_INVALID_NUMBER');
  });
});
