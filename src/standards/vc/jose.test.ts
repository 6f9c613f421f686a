import { generateKeyPairSync } from 'node:crypto';
import { CompactSign, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { didKeyFromEd25519, jwkToMultikey } from './did-key.ts';
import { envelopeJwt, signVcJwt, signVpJwt, unwrapEnvelope, verifyVcJwt, verifyVpJwt } from './jose.ts';
import { ed25519RawFromKeyObject } from './keys.ts';
import { base64UrlEncode } from './multibase.ts';
import { chainResolvers, didKeyResolver, resolverFromDidDocuments } from './resolvers.ts';
import type { JsonObject, VerificationMethodResolver } from './types.ts';
import { ALUMNI_CREDENTIAL } from './vectors.ts';

function ed25519Issuer() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = ed25519RawFromKeyObject(publicKey)!;
  const did = didKeyFromEd25519(raw);
  const kid = `${did}#${did.slice(8)}`;
  return { privateKey, publicKey, did, kid, raw };
}

function p256Issuer(did = 'did:web:p256.example') {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const mb = jwkToMultikey({ kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! });
  if (!mb.ok) throw new Error('key');
  const doc = {
    id: did,
    verificationMethod: [
      { id: `${did}#k1`, type: 'Multikey', controller: did, publicKeyMultibase: mb.value },
    ],
    assertionMethod: [`${did}#k1`],
    authentication: [`${did}#k1`],
  };
  return { privateKey, publicKey, did, kid: `${did}#k1`, doc };
}

const credentialFor = (issuer: string): JsonObject => ({ ...ALUMNI_CREDENTIAL, issuer });
const code = (r: { ok: boolean; problems?: Array<{ code: string }> }) => (r.ok ? 'ok' : r.problems![0]!.code);

describe('VC-JOSE-COSE', () => {
  const ed = ed25519Issuer();
  const ec = p256Issuer();
  const resolve = chainResolvers(didKeyResolver, resolverFromDidDocuments([ec.doc]));

  it('signs with the §3.1.1 header and verifies (EdDSA)', async () => {
    const vc = credentialFor(ed.did);
    const jwt = await signVcJwt(vc, { privateKey: ed.privateKey, kid: ed.kid, alg: 'EdDSA' });
    const header = JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString());
    expect(header).toEqual({ alg: 'EdDSA', kid: ed.kid, typ: 'vc+jwt', cty: 'vc' });
    // the payload is the credential itself, no `vc` claim
    expect(JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString())).toEqual(vc);
    const r = await verifyVcJwt(jwt, resolve);
    expect(r).toMatchObject({ ok: true, value: { credential: vc, verificationMethod: ed.kid } });
  });

  it('verifies ES256 with a did:web key from a fetched document', async () => {
    const jwt = await signVcJwt(credentialFor(ec.did), {
      privateKey: ec.privateKey,
      kid: ec.kid,
      alg: 'ES256',
    });
    expect(code(await verifyVcJwt(jwt, resolve))).toBe('ok');
  });

  it('resolves a relative kid against the issuer', async () => {
    const jwt = await signVcJwt(credentialFor(ec.did), {
      privateKey: ec.privateKey,
      kid: '#k1',
      alg: 'ES256',
    });
    const r = await verifyVcJwt(jwt, resolve);
    expect(r.ok && r.value.verificationMethod).toBe(ec.kid);
  });

  it('rejects a tampered payload', async () => {
    const jwt = await signVcJwt(credentialFor(ed.did), {
      privateKey: ed.privateKey,
      kid: ed.kid,
      alg: 'EdDSA',
    });
    const [h, , s] = jwt.split('.');
    const forged = base64UrlEncode(
      new TextEncoder().encode(JSON.stringify({ ...credentialFor(ed.did), name: 'Forged' })),
    );
    expect(code(await verifyVcJwt(`${h}.${forged}.${s}`, resolve))).toBe('JOSE_SIGNATURE_INVALID');
    const sig = Buffer.from(s!, 'base64url');
    sig[0]! ^= 1;
    expect(code(await verifyVcJwt(`${h}.${jwt.split('.')[1]}.${sig.toString('base64url')}`, resolve))).toBe(
      'JOSE_SIGNATURE_INVALID',
    );
  });

  it('rejects a signature by the wrong key', async () => {
    const other = ed25519Issuer();
    // claims ed's kid but is signed by other's key
    const jwt = await signVcJwt(credentialFor(ed.did), {
      privateKey: other.privateKey,
      kid: ed.kid,
      alg: 'EdDSA',
    });
    expect(code(await verifyVcJwt(jwt, resolve))).toBe('JOSE_SIGNATURE_INVALID');
  });

  it('rejects alg none', async () => {
    const unsecured = new UnsecuredJWT(credentialFor(ed.did)).encode();
    expect(code(await verifyVcJwt(unsecured, resolve))).toBe('JOSE_ALG_NOT_ALLOWED');
    // with a signature segment appended anyway, and a kid
    const h = base64UrlEncode(new TextEncoder().encode(JSON.stringify({ alg: 'none', kid: ed.kid })));
    const p = unsecured.split('.')[1];
    expect(code(await verifyVcJwt(`${h}.${p}.AAAA`, resolve))).toBe('JOSE_ALG_NOT_ALLOWED');
  });

  it('rejects HS256 keyed with the public key (algorithm confusion)', async () => {
    for (const secret of [
      ed.raw,
      new TextEncoder().encode(JSON.stringify(ed.publicKey.export({ format: 'jwk' }))),
    ]) {
      const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(credentialFor(ed.did))))
        .setProtectedHeader({ alg: 'HS256', kid: ed.kid, typ: 'vc+jwt' })
        .sign(secret);
      expect(code(await verifyVcJwt(jwt, resolve))).toBe('JOSE_ALG_NOT_ALLOWED');
    }
  });

  it('rejects an allowed alg that does not match the key type', async () => {
    // ES256 header, kid pointing at an Ed25519 key
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(credentialFor(ed.did))))
      .setProtectedHeader({ alg: 'ES256', kid: ed.kid })
      .sign(ec.privateKey);
    expect(code(await verifyVcJwt(jwt, resolve))).toBe('JOSE_ALG_NOT_ALLOWED');
    const rs = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsJwt = await new CompactSign(new TextEncoder().encode('{}'))
      .setProtectedHeader({ alg: 'RS256', kid: ed.kid })
      .sign(rs.privateKey);
    expect(code(await verifyVcJwt(rsJwt, resolve))).toBe('JOSE_ALG_NOT_ALLOWED');
  });

  it('rejects a kid of another DID, a missing kid and an unresolvable one', async () => {
    const other = ed25519Issuer();
    const jwt = await signVcJwt(credentialFor(ed.did), {
      privateKey: other.privateKey,
      kid: other.kid,
      alg: 'EdDSA',
    });
    expect(code(await verifyVcJwt(jwt, resolve))).toBe('JOSE_ISSUER_MISMATCH');
    const noKid = await new CompactSign(new TextEncoder().encode(JSON.stringify(credentialFor(ed.did))))
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(ed.privateKey);
    expect(code(await verifyVcJwt(noKid, resolve))).toBe('JOSE_KID_MISSING');
    const unknown = await signVcJwt(credentialFor('did:web:gone.example'), {
      privateKey: ed.privateKey,
      kid: 'did:web:gone.example#k1',
      alg: 'EdDSA',
    });
    expect(code(await verifyVcJwt(unknown, resolve))).toBe('JOSE_KEY_UNRESOLVED');
    const throwing: VerificationMethodResolver = async () => {
      throw new Error('network down');
    };
    expect(code(await verifyVcJwt(unknown, throwing))).toBe('JOSE_KEY_UNRESOLVED');
    const httpsKid = await signVcJwt(credentialFor(ed.did), {
      privateKey: ed.privateKey,
      kid: 'https://x.example/k',
      alg: 'EdDSA',
    });
    expect(code(await verifyVcJwt(httpsKid, resolve))).toBe('JOSE_KID_INVALID');
  });

  it('checks typ, crit and iss', async () => {
    const sign = (header: Record<string, unknown>, payload: JsonObject = credentialFor(ed.did)) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'EdDSA', kid: ed.kid, ...header })
        .sign(ed.privateKey);
    expect(code(await verifyVcJwt(await sign({ typ: 'JWT' }), resolve))).toBe('JOSE_TYP_INVALID');
    expect(code(await verifyVcJwt(await sign({ typ: 'vc+ld+jwt' }), resolve))).toBe('ok');
    expect(code(await verifyVcJwt(await sign({}), resolve))).toBe('ok');
    expect(
      code(await verifyVcJwt(await sign({}, { ...credentialFor(ed.did), iss: 'did:example:else' }), resolve)),
    ).toBe('JOSE_ISSUER_MISMATCH');
    const critJwt = await new CompactSign(new TextEncoder().encode('{}'))
      .setProtectedHeader({ alg: 'EdDSA', kid: ed.kid, crit: ['exp'], exp: 1 } as never)
      .sign(ed.privateKey)
      .catch(() => undefined);
    if (critJwt) expect(code(await verifyVcJwt(critJwt, resolve))).toBe('JOSE_MALFORMED');
  });

  it('refuses oversized and garbage input without throwing', async () => {
    expect(code(await verifyVcJwt('a'.repeat(2 * 1024 * 1024), resolve))).toBe('JOSE_TOO_LARGE');
    expect(code(await verifyVcJwt('a.b.c'.repeat(10), resolve, { maxBytes: 20 }))).toBe('JOSE_TOO_LARGE');
    for (const garbage of [
      '',
      '...',
      'a.b',
      'a.b.c.d',
      '!!.!!.!!',
      'eyJ.eyJ.x',
      '\u0000',
      `${'e'.repeat(100)}..`,
    ])
      expect(code(await verifyVcJwt(garbage, resolve)), garbage).toBe('JOSE_MALFORMED');
    expect(code(await verifyVcJwt(42 as never, resolve))).toBe('JOSE_MALFORMED');
    const arrayPayload = `${base64UrlEncode(new TextEncoder().encode('{"alg":"EdDSA","kid":"x"}'))}.${base64UrlEncode(new TextEncoder().encode('[1]'))}.AAAA`;
    expect(code(await verifyVcJwt(arrayPayload, resolve))).toBe('JOSE_MALFORMED');
  });

  it('presentations: vp+jwt whose key the holder controls', async () => {
    const vp = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: 'VerifiablePresentation',
      holder: ed.did,
    };
    const jwt = await signVpJwt(vp, { privateKey: ed.privateKey, kid: ed.kid, alg: 'EdDSA' });
    expect(code(await verifyVpJwt(jwt, resolve))).toBe('ok');
    expect(code(await verifyVcJwt(jwt, resolve))).toBe('JOSE_TYP_INVALID');
    const other = ed25519Issuer();
    const stolen = await signVpJwt(vp, { privateKey: other.privateKey, kid: other.kid, alg: 'EdDSA' });
    expect(code(await verifyVpJwt(stolen, resolve))).toBe('JOSE_ISSUER_MISMATCH');
  });

  it('envelopes: VCDM §4.13.1 and the UNTP form', () => {
    const env = envelopeJwt('aaa.bbb.ccc');
    expect(env).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'data:application/vc+jwt,aaa.bbb.ccc',
      type: 'EnvelopedVerifiableCredential',
    });
    expect(unwrapEnvelope(env)).toBe('aaa.bbb.ccc');
    const untp = {
      '@context': 'https://www.w3.org/ns/credentials/v2',
      type: 'EnvelopedVerifiableCredential',
    };
    expect(unwrapEnvelope({ ...untp, id: 'data:application/vc+ld+json+jwt;aaa.bbb.ccc' })).toBe(
      'aaa.bbb.ccc',
    );
    expect(unwrapEnvelope({ ...untp, id: 'data:application/vc+ld+json+jwt,aaa.bbb.ccc' })).toBe(
      'aaa.bbb.ccc',
    );
    expect(unwrapEnvelope({ ...untp, id: 'data:application/vc-ld+jwt,aaa.bbb.ccc' })).toBe('aaa.bbb.ccc');
    expect(unwrapEnvelope({ ...untp, id: 'data:text/plain,aaa.bbb.ccc' })).toBeUndefined();
    expect(unwrapEnvelope({ ...untp, id: 'data:application/vc+jwt;base64,YWFh' })).toBeUndefined();
    expect(unwrapEnvelope({ ...untp, id: 'data:application/vc+jwt,not a jwt' })).toBeUndefined();
    expect(
      unwrapEnvelope({ ...untp, type: 'VerifiableCredential', id: 'data:application/vc+jwt,a.b.c' }),
    ).toBeUndefined();
    expect(unwrapEnvelope('data:application/vc+jwt,a.b.c')).toBeUndefined();
  });
});
