/**
 * Credential verification throughput on one core: verifications per second for
 *   - baseline: a bare `crypto.verify` of an Ed25519 signature over a VC-JOSE signing input,
 *   - verifyVcJwt (full VC-JOSE-COSE check: parse, allowlist, kid → did:key resolution, controller, verify),
 *   - Data Integrity verifyProof with eddsa-rdfc-2022 (contexts in memory, warm) and eddsa-jcs-2022.
 * The resolver is the did:key resolver wrapped in `cachingResolver` and keys are imported through the bounded
 * KeyObject cache, as a long-running verifier holds them. Issue targets: VC-JOSE ≥ 0.8 × baseline, rdfc ≥ 0.2 ×
 * baseline. Prints nothing; the caller prints.
 */
import { verify as cryptoVerify } from 'node:crypto';
import { bundledContextLoader } from '../src/standards/vc/contexts.ts';
import { createProof, verifyProof } from '../src/standards/vc/data-integrity.ts';
import { signVcJwt, verifyVcJwt } from '../src/standards/vc/jose.ts';
import { base64UrlDecode } from '../src/standards/vc/multibase.ts';
import { cachingResolver, didKeyResolver } from '../src/standards/vc/resolvers.ts';
import { newIssuer } from '../src/standards/vc/test-keys.ts';
import type { JsonObject } from '../src/standards/vc/types.ts';

const DURATION_NS = 1_000_000_000n;

async function measure(
  name: string,
  op: () => Promise<boolean> | boolean,
  batch: number,
): Promise<{ name: string; opsPerSec: number }> {
  // Warm-up: JIT, key cache, resolver cache, context processing caches.
  for (let i = 0; i < batch * 4; i++) if (!(await op())) throw new Error(`${name}: verification failed`);
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < DURATION_NS) {
    for (let i = 0; i < batch; i++) if (!(await op())) throw new Error(`${name}: verification failed`);
    ops += batch;
    elapsed = process.hrtime.bigint() - start;
  }
  return { name, opsPerSec: Math.round((ops * 1e9) / Number(elapsed)) };
}

export async function benchVc(): Promise<Array<{ name: string; opsPerSec: number }>> {
  const issuer = newIssuer();
  const credential: JsonObject = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
    type: ['VerifiableCredential', 'AlumniCredential'],
    name: 'Alumni Credential',
    description: 'A minimum viable example of an Alumni Credential.',
    issuer: issuer.did,
    validFrom: '2023-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
  };
  const resolve = cachingResolver(didKeyResolver);
  const loader = bundledContextLoader;

  const jwt = await signVcJwt(credential, { privateKey: issuer.privateKey, kid: issuer.vm, alg: 'EdDSA' });
  const [h, p, s] = jwt.split('.');
  const signingInput = Buffer.from(`${h}.${p}`, 'latin1');
  const signature = base64UrlDecode(s!)!;

  const secured = (cryptosuite: 'eddsa-rdfc-2022' | 'eddsa-jcs-2022') => {
    const r = createProof(credential, {
      cryptosuite,
      verificationMethod: issuer.vm,
      proofPurpose: 'assertionMethod',
      created: '2024-01-01T00:00:00Z',
      privateKey: issuer.privateKey,
      loader,
    });
    if (!r.ok) throw new Error(`${cryptosuite}: ${JSON.stringify(r.problems)}`);
    return r.value;
  };
  const rdfc = secured('eddsa-rdfc-2022');
  const jcs = secured('eddsa-jcs-2022');

  const results: Array<{ name: string; opsPerSec: number }> = [];
  results.push(
    await measure(
      'vc:baseline-ed25519-verify',
      () => cryptoVerify(null, signingInput, issuer.publicKey, signature),
      512,
    ),
  );
  results.push(await measure('vc:verifyVcJwt', async () => (await verifyVcJwt(jwt, resolve)).ok, 256));
  results.push(
    await measure(
      'vc:verifyProof-eddsa-rdfc-2022',
      async () => (await verifyProof(rdfc, { resolve, loader })).ok,
      32,
    ),
  );
  results.push(
    await measure(
      'vc:verifyProof-eddsa-jcs-2022',
      async () => (await verifyProof(jcs, { resolve, loader })).ok,
      256,
    ),
  );
  return results;
}
