/**
 * Interoperability: every credential CrossTrust issues must verify with independent implementations, and
 * theirs with ours. VC-JOSE-COSE against `jose` alone; Data Integrity eddsa-rdfc-2022 against Digital Bazaar's
 * `@digitalbazaar/vc` + `data-integrity` + `eddsa-rdfc-2022-cryptosuite` + `ed25519-multikey` (which canonicalise
 * with the `jsonld` / `rdf-canonize` libraries, not with our code). Both sides load contexts from the same
 * bundled loader and resolve did:key locally.
 */
import { existsSync } from 'node:fs';
import { compactVerify, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { bundledContextLoader } from '../src/standards/vc/contexts.ts';
import { createProof, verifyProof } from '../src/standards/vc/data-integrity.ts';
import { resolveDidKey } from '../src/standards/vc/did-key.ts';
import { signVcJwt, verifyVcJwt } from '../src/standards/vc/jose.ts';
import { didKeyResolver } from '../src/standards/vc/resolvers.ts';
import { newIssuer } from '../src/standards/vc/test-keys.ts';
import type { JsonObject } from '../src/standards/vc/types.ts';
import { verifyCredential } from '../src/standards/vc/verify.ts';

const RDFC_READY = existsSync(new URL('../src/standards/vc/rdfc/index.ts', import.meta.url));
if (!RDFC_READY) console.log('src/standards/vc/rdfc/index.ts missing: eddsa-rdfc-2022 interop skipped');

// The Digital Bazaar packages ship no type declarations; load them untyped.
// biome-ignore lint/suspicious/noExplicitAny: untyped third-party modules
type Untyped = any;
const load = (name: string): Promise<Untyped> => import(name);

function credentialFor(issuer: string): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'urn:uuid:7d1f3b52-8a40-4a8e-b0a1-5c2f0e9d6a11',
    type: ['VerifiableCredential', 'ExampleTrustmarkCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: 'did:web:shop.example', name: 'Shop Example', trustmark: 'SafeWeb' },
  };
}

/** jsonld-style document loader over our bundled contexts plus did:key expansion. */
async function documentLoader(url: string) {
  const ctx = bundledContextLoader(url);
  if (ctx) return { contextUrl: null, documentUrl: url, document: structuredClone(ctx) };
  if (url.startsWith('did:key:')) {
    const [did, fragment] = url.split('#');
    const doc = resolveDidKey(did!);
    if (!doc.ok) throw new Error(`unresolvable ${url}`);
    if (!fragment) return { contextUrl: null, documentUrl: url, document: doc.value };
    const vm = doc.value.verificationMethod!.find((m) => m.id === url)!;
    return {
      contextUrl: null,
      documentUrl: url,
      document: { '@context': 'https://w3id.org/security/multikey/v1', ...vm },
    };
  }
  throw new Error(`document loader refuses ${url}`);
}

const deps = (issuer: string) => ({
  now: new Date('2025-06-01T00:00:00Z'),
  loader: bundledContextLoader,
  resolve: didKeyResolver,
  trustedIssuers: (id: string) => (id === issuer ? { name: 'Interop Issuer' } : undefined),
  fetchStatusList: async () => ({ ok: false as const, problems: [{ code: 'NONE', message: 'no lists' }] }),
});

describe('VC-JOSE-COSE interop with jose', () => {
  it('our vc+jwt verifies with jose compactVerify and jwtVerify', async () => {
    const me = newIssuer();
    const vc = credentialFor(me.did);
    const jwt = await signVcJwt(vc, { privateKey: me.privateKey, kid: me.vm, alg: 'EdDSA' });
    const { payload, protectedHeader } = await compactVerify(jwt, me.publicKey, { algorithms: ['EdDSA'] });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(vc);
    expect(protectedHeader).toMatchObject({ typ: 'vc+jwt', cty: 'vc', kid: me.vm });
    const viaJwt = await jwtVerify(jwt, me.publicKey, { typ: 'vc+jwt', algorithms: ['EdDSA'] });
    expect(viaJwt.payload.issuer).toBe(me.did);
  });

  it('a vc+jwt made by jose verifies with ours', async () => {
    const me = newIssuer();
    const vc = credentialFor(me.did);
    const jwt = await new SignJWT(vc)
      .setProtectedHeader({ alg: 'EdDSA', kid: me.vm, typ: 'vc+jwt', cty: 'vc' })
      .sign(me.privateKey);
    expect((await verifyVcJwt(jwt, didKeyResolver)).ok).toBe(true);
    expect((await verifyCredential(jwt, deps(me.did))).verified).toBe(true);
  });
});

describe.skipIf(!RDFC_READY)('Data Integrity eddsa-rdfc-2022 interop with @digitalbazaar/vc', () => {
  async function dbTools() {
    const [vcLib, diLib, suiteLib, multikeyLib] = await Promise.all([
      load('@digitalbazaar/vc'),
      load('@digitalbazaar/data-integrity'),
      load('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      load('@digitalbazaar/ed25519-multikey'),
    ]);
    return {
      vcLib,
      DataIntegrityProof: diLib.DataIntegrityProof,
      cryptosuite: suiteLib.cryptosuite,
      Ed25519Multikey: multikeyLib,
    };
  }

  it('our credential verifies with Digital Bazaar’s verifier', async () => {
    const { vcLib, DataIntegrityProof, cryptosuite } = await dbTools();
    const me = newIssuer();
    const signed = createProof(credentialFor(me.did), {
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: me.vm,
      proofPurpose: 'assertionMethod',
      created: '2025-05-01T08:00:00Z',
      privateKey: me.privateKey,
      loader: bundledContextLoader,
    });
    expect(signed.ok).toBe(true);
    if (!signed.ok) return;
    const result = await vcLib.verifyCredential({
      credential: structuredClone(signed.value),
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
      now: new Date('2025-06-01T00:00:00Z'),
    });
    expect(result.verified, JSON.stringify(result.error ?? result.results, null, 1)).toBe(true);

    // and a tampered copy fails there too, so the check is real
    const tampered = {
      ...structuredClone(signed.value),
      credentialSubject: { id: 'did:web:shop.example', name: 'Other' },
    };
    const bad = await vcLib.verifyCredential({
      credential: tampered,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
    });
    expect(bad.verified).toBe(false);
  });

  it('a credential issued by Digital Bazaar’s library verifies with ours', async () => {
    const { vcLib, DataIntegrityProof, cryptosuite, Ed25519Multikey } = await dbTools();
    const keyPair = await Ed25519Multikey.generate();
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
    keyPair.controller = did;
    const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
    const issued = await vcLib.issue({ credential: credentialFor(did), suite, documentLoader });
    expect(issued.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    const ours = await verifyProof(issued, { resolve: didKeyResolver, loader: bundledContextLoader });
    expect(ours.ok, JSON.stringify(ours)).toBe(true);
    const report = await verifyCredential(issued, deps(did));
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
  });
});
