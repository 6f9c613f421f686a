import { describe, expect, it } from 'vitest';
import { checkDidDocument, didWebToUrl, urlToDidWeb } from './did-web.ts';
import { DI_EDDSA_KEY } from './vectors.ts';

const url = (did: string) => {
  const r = didWebToUrl(did);
  return r.ok ? r.value : r.problems[0]!.code;
};

describe('did:web', () => {
  it('maps DIDs to document URLs (did:web spec §3.2 examples)', () => {
    expect(url('did:web:w3c-ccg.github.io')).toBe('https://w3c-ccg.github.io/.well-known/did.json');
    expect(url('did:web:w3c-ccg.github.io:user:alice')).toBe('https://w3c-ccg.github.io/user/alice/did.json');
    expect(url('did:web:example.com%3A3000:user:alice')).toBe('https://example.com:3000/user/alice/did.json');
    expect(url('did:web:example.com')).toBe('https://example.com/.well-known/did.json');
    expect(url('did:web:Example.COM')).toBe('https://example.com/.well-known/did.json');
  });

  it('refuses what is not a did:web DID', () => {
    for (const bad of [
      'did:key:z6Mk',
      'did:web:',
      'did:web:example.com#key-1',
      'did:web:example.com/path',
      'did:web:192.168.0.1',
      'did:web:-bad-.example',
      'did:web:example.com%3A99999',
      'did:web:example.com%3Aabc',
      'did:web:example.com:..:etc',
      'did:web:example.com:a%2Fb',
      'did:web:example.com::x',
      `did:web:${'a'.repeat(3000)}`,
    ])
      expect(url(bad), bad).toBe('DID_INVALID');
  });

  it('builds DIDs from origins and paths', () => {
    expect(urlToDidWeb('https://example.com')).toBe('did:web:example.com');
    expect(urlToDidWeb('https://example.com:8443', '/user/alice')).toBe(
      'did:web:example.com%3A8443:user:alice',
    );
    expect(urlToDidWeb('http://example.com')).toBe('');
    expect(urlToDidWeb('not a url')).toBe('');
    expect(url(urlToDidWeb('https://example.com:8443', '/user/alice'))).toBe(
      'https://example.com:8443/user/alice/did.json',
    );
  });

  it('checks fetched DID documents', () => {
    const did = 'did:web:example.com';
    const good = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [
        {
          id: `${did}#key-1`,
          type: 'Multikey',
          controller: did,
          publicKeyMultibase: DI_EDDSA_KEY.publicKeyMultibase,
        },
      ],
      assertionMethod: ['#key-1'],
      authentication: [`${did}#key-1`],
    };
    expect(checkDidDocument(good, did).ok).toBe(true);
    const code = (doc: unknown) => {
      const r = checkDidDocument(doc, did);
      return r.ok ? 'ok' : r.problems[0]!.code;
    };
    expect(code({ ...good, id: 'did:web:evil.example' })).toBe('DID_ID_MISMATCH');
    expect(code('nope')).toBe('DID_DOCUMENT_INVALID');
    expect(code({ ...good, assertionMethod: ['#missing'] })).toBe('DID_METHOD_INVALID');
    expect(
      code({
        ...good,
        verificationMethod: [
          { ...good.verificationMethod[0], publicKeyMultibase: DI_EDDSA_KEY.secretKeyMultibase },
        ],
      }),
    ).toBe('KEY_PRIVATE_MATERIAL');
    expect(
      code({ ...good, verificationMethod: [{ ...good.verificationMethod[0], secretKeyMultibase: 'z1' }] }),
    ).toBe('KEY_PRIVATE_MATERIAL');
    expect(
      code({
        ...good,
        verificationMethod: [
          { id: '#key-1', type: 'JsonWebKey', controller: did, publicKeyJwk: { kty: 'RSA' } },
        ],
      }),
    ).toBe('KEY_UNSUPPORTED');
    expect(
      code({
        ...good,
        verificationMethod: [
          {
            id: 'did:web:evil.example#k',
            type: 'Multikey',
            controller: did,
            publicKeyMultibase: DI_EDDSA_KEY.publicKeyMultibase,
          },
        ],
      }),
    ).toBe('DID_METHOD_INVALID');
  });
});
