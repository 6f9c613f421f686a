import { describe, expect, it } from 'vitest';
import { didKeyFromEd25519, jwkToMultikey, multikeyToJwk, resolveDidKey } from './did-key.ts';
import { ed25519PrivateKeyFromSeed, ed25519RawFromKeyObject } from './keys.ts';
import {
  base58Decode,
  base58Encode,
  base64UrlDecode,
  MULTICODEC,
  multibaseDecode,
  multicodecUnwrap,
  varintDecode,
  varintEncode,
} from './multibase.ts';
import { didKeyResolver, keyFromDidDocument, resolverFromDidDocuments } from './resolvers.ts';
import { DI_EDDSA_KEY, DID_KEY_ED25519_VECTORS, DID_KEY_P256_VECTORS } from './vectors.ts';

const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

describe('base58btc and base64url', () => {
  it('encodes and decodes known values, with leading zeros', () => {
    expect(base58Encode(new TextEncoder().encode('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U');
    expect(base58Encode(hex('0000287fb4cd'))).toBe('11233QC4');
    expect(Buffer.from(base58Decode('11233QC4')!).toString('hex')).toBe('0000287fb4cd');
    expect(base58Encode(new Uint8Array())).toBe('');
    expect(base58Decode('')).toEqual(new Uint8Array());
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from(
        { length: n % 70 },
        (_, i) => (i * 37 + n * 11) & (n % 3 === 0 && i < 3 ? 0 : 0xff),
      );
      expect(base58Decode(base58Encode(bytes))).toEqual(bytes);
    }
  });

  it('refuses characters outside the alphabets', () => {
    expect(base58Decode('0OIl')).toBeUndefined();
    expect(base58Decode('abc def')).toBeUndefined();
    expect(base58Decode('é')).toBeUndefined();
    expect(base58Decode('1'.repeat(5000))).toBeUndefined();
    expect(base64UrlDecode('ab+/')).toBeUndefined();
    expect(base64UrlDecode('abc=')).toBeUndefined();
    expect(base64UrlDecode('abcde')).toBeUndefined();
    expect(base64UrlDecode('AB')).toBeUndefined(); // non-zero trailing bits: a second spelling of "AA"
    expect(base64UrlDecode('AA')).toEqual(new Uint8Array([0]));
    expect(multibaseDecode('mAAAA')).toBeUndefined();
    expect(multibaseDecode('')).toBeUndefined();
  });

  it('multicodec varints: ed25519-pub is ed01, p256-pub is 8024', () => {
    expect(Buffer.from(varintEncode(MULTICODEC.ed25519Pub)).toString('hex')).toBe('ed01');
    expect(Buffer.from(varintEncode(MULTICODEC.p256Pub)).toString('hex')).toBe('8024');
    expect(Buffer.from(varintEncode(MULTICODEC.ed25519Priv)).toString('hex')).toBe('8026');
    expect(varintDecode(hex('ed01'))).toEqual({ value: 0xed, length: 2 });
    expect(varintDecode(hex('ed80'))).toBeUndefined();
    expect(varintDecode(hex('ed8000'))).toBeUndefined();
  });
});

describe('did:key', () => {
  it('reproduces the did:key Ed25519 test vectors from their seeds', () => {
    for (const v of DID_KEY_ED25519_VECTORS) {
      const raw = ed25519RawFromKeyObject(ed25519PrivateKeyFromSeed(hex(v.seed)))!;
      expect(base58Encode(raw)).toBe(v.publicKeyBase58);
      expect(didKeyFromEd25519(raw)).toBe(v.did);
    }
  });

  it('reproduces the VC-DI-EdDSA key pair: the secret key multibase derives the public key multibase', () => {
    const secret = multicodecUnwrap(multibaseDecode(DI_EDDSA_KEY.secretKeyMultibase)!.bytes)!;
    expect(secret.code).toBe(MULTICODEC.ed25519Priv);
    const raw = ed25519RawFromKeyObject(ed25519PrivateKeyFromSeed(secret.data))!;
    expect(didKeyFromEd25519(raw)).toBe(`did:key:${DI_EDDSA_KEY.publicKeyMultibase}`);
  });

  it('expands P-256 did:keys to the JWKs of the nist-curves vectors, and back', () => {
    for (const v of DID_KEY_P256_VECTORS) {
      const mb = v.did.slice('did:key:'.length);
      const jwk = multikeyToJwk(mb);
      expect(jwk).toEqual({ ok: true, value: { kty: 'EC', crv: 'P-256', x: v.x, y: v.y } });
      expect(jwkToMultikey({ kty: 'EC', crv: 'P-256', x: v.x, y: v.y })).toEqual({ ok: true, value: mb });
    }
  });

  it('resolves a did:key into a Multikey DID document', () => {
    const did = DID_KEY_ED25519_VECTORS[0].did;
    const mb = did.slice(8);
    const r = resolveDidKey(did);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const vmId = `${did}#${mb}`;
    expect(r.value.id).toBe(did);
    expect(r.value.verificationMethod).toEqual([
      { id: vmId, type: 'Multikey', controller: did, publicKeyMultibase: mb },
    ]);
    expect(r.value.assertionMethod).toEqual([vmId]);
    expect(r.value.authentication).toEqual([vmId]);
  });

  it('the did:key resolver returns the key with its relationships', async () => {
    const did = DID_KEY_ED25519_VECTORS[1].did;
    const key = await didKeyResolver(`${did}#${did.slice(8)}`);
    expect(key).toMatchObject({
      controller: did,
      type: 'Multikey',
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519' },
    });
    expect((key as { relationships?: string[] }).relationships).toContain('assertionMethod');
    expect(await didKeyResolver(`${did}#other`)).toBeUndefined();
    expect(await didKeyResolver('did:key:zgarbage#x')).toBeUndefined();
  });

  it('refuses malformed keys and DIDs with their own codes', () => {
    const code = (r: { ok: boolean; problems?: Array<{ code: string }> }) =>
      r.ok ? 'ok' : r.problems![0]!.code;
    expect(code(resolveDidKey('did:web:example.com'))).toBe('DID_INVALID');
    expect(code(resolveDidKey('did:key:z6Mk#frag'))).toBe('DID_INVALID');
    expect(code(multikeyToJwk('u7QE'))).toBe('KEY_MALFORMED');
    // an Ed25519 multicodec prefix with 31 key bytes
    expect(
      code(multikeyToJwk(`z${base58Encode(Uint8Array.from([0xed, 0x01, ...new Uint8Array(31).fill(7)]))}`)),
    ).toBe('KEY_MALFORMED');
    expect(code(multikeyToJwk(DI_EDDSA_KEY.secretKeyMultibase))).toBe('KEY_PRIVATE_MATERIAL');
    expect(code(multikeyToJwk('z'.repeat(500)))).toBe('KEY_MALFORMED');
    // secp256k1 (0xe7): well-formed but unsupported
    expect(
      code(
        multikeyToJwk(`z${base58Encode(Uint8Array.from([0xe7, 0x01, 2, ...new Uint8Array(32).fill(1)]))}`),
      ),
    ).toBe('KEY_UNSUPPORTED');
    // a P-256 x coordinate with no point on the curve
    const bad = Uint8Array.from([0x80, 0x24, 2, ...new Uint8Array(32).fill(0xff)]);
    expect(code(multikeyToJwk(`z${base58Encode(bad)}`))).toBe('KEY_MALFORMED');
    expect(code(jwkToMultikey({ kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }))).toBe('KEY_MALFORMED');
    expect(code(jwkToMultikey({ kty: 'OKP', crv: 'Ed25519', x: 'x', d: 'y' } as never))).toBe(
      'KEY_PRIVATE_MATERIAL',
    );
  });

  it('finds relative methods in fetched DID documents', async () => {
    const mb = DI_EDDSA_KEY.publicKeyMultibase;
    const doc = {
      id: 'did:web:example.com',
      verificationMethod: [
        { id: '#key-1', type: 'Multikey', controller: 'did:web:example.com', publicKeyMultibase: mb },
      ],
      assertionMethod: ['#key-1'],
    };
    const key = keyFromDidDocument(doc, 'did:web:example.com#key-1');
    expect(key).toMatchObject({
      id: 'did:web:example.com#key-1',
      controller: 'did:web:example.com',
      relationships: ['assertionMethod'],
    });
    const resolve = resolverFromDidDocuments([doc]);
    expect(await resolve('did:web:example.com#key-1')).toBeDefined();
    expect(await resolve('did:web:other.example#key-1')).toBeUndefined();
  });
});
