/**
 * Test corpus for the differential tests: VC 2.0 credentials and presentations in many shapes, DID documents, a
 * status list credential, W3C specification examples, inline and scoped contexts, JSON-LD features, and blank node
 * heavy graphs. Every document here must canonicalize byte for byte like jsonld.js (safe mode) does.
 *
 * Data only; used by `canonize.test.ts` and `bench/rdfc.ts`.
 */
import type { JsonObject } from '../types.ts';

export const VC2 = 'https://www.w3.org/ns/credentials/v2';
export const EXAMPLES = 'https://www.w3.org/ns/credentials/examples/v2';
export const DI = 'https://w3id.org/security/data-integrity/v2';
export const MULTIKEY = 'https://w3id.org/security/multikey/v1';
export const DID = 'https://www.w3.org/ns/did/v1';
export const STATUS = 'https://www.w3.org/ns/credentials/status/v1';

/** The examples context as published by the VC 2.0 specification. */
export const EXAMPLES_CONTEXT: JsonObject = {
  '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' },
};

const ISSUER = 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
const VM = `${ISSUER}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2`;

const proof = (extra: JsonObject = {}): JsonObject => ({
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-rdfc-2022',
  created: '2023-02-24T23:36:38Z',
  verificationMethod: VM,
  proofPurpose: 'assertionMethod',
  proofValue: 'z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme',
  ...extra,
});

const statusEntry: JsonObject = {
  id: 'https://example.com/credentials/status/3#94567',
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: '94567',
  statusListCredential: 'https://example.com/credentials/status/3',
};

/** A typical credential with a Data Integrity proof: what the benchmark measures. */
export const TYPICAL_CREDENTIAL: JsonObject = {
  '@context': [VC2, EXAMPLES],
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'ExampleAlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: ISSUER,
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
  credentialStatus: statusEntry,
  proof: proof(),
};

function withoutProof(doc: JsonObject): JsonObject {
  const { proof: _omitted, ...rest } = doc;
  return rest;
}

export const CORPUS: Record<string, JsonObject> = {
  'vc2 spec example: university degree': {
    '@context': [VC2, EXAMPLES],
    id: 'http://university.example/credentials/3732',
    type: ['VerifiableCredential', 'ExampleDegreeCredential'],
    issuer: 'https://university.example/issuers/14',
    validFrom: '2010-01-01T19:23:24Z',
    credentialSubject: {
      id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
      degree: { type: 'ExampleBachelorDegree', name: 'Bachelor of Science and Arts' },
    },
  },
  'typical credential with status and proof': TYPICAL_CREDENTIAL,
  'credential without proof (document to sign)': withoutProof(TYPICAL_CREDENTIAL),
  'proof configuration alone (eddsa-rdfc-2022 proof options)': {
    '@context': [VC2, EXAMPLES],
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2023-02-24T23:36:38Z',
    verificationMethod: VM,
    proofPurpose: 'assertionMethod',
  },
  'proof configuration with data-integrity context': {
    '@context': DI,
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2024-05-01T10:00:00Z',
    verificationMethod: VM,
    proofPurpose: 'assertionMethod',
  },
  'credential with validUntil, issuer object and language values': {
    '@context': [VC2, EXAMPLES],
    id: 'urn:uuid:1',
    type: ['VerifiableCredential', 'ExampleCredential'],
    issuer: {
      id: 'did:example:issuer',
      name: [
        { '@value': 'Example University', '@language': 'en' },
        { '@value': 'Université Exemple', '@language': 'fr' },
      ],
      description: { '@value': 'Một trường đại học', '@language': 'vi' },
    },
    validFrom: '2024-01-01T00:00:00Z',
    validUntil: '2029-12-31T23:59:59Z',
    credentialSubject: { id: 'did:example:s', name: 'Nguyễn Văn A' },
  },
  'credential with credentialSchema (JsonSchema) and evidence': {
    '@context': [VC2, EXAMPLES],
    id: 'urn:uuid:2',
    type: ['VerifiableCredential', 'ExampleCredential'],
    issuer: ISSUER,
    validFrom: '2024-01-01T00:00:00Z',
    credentialSchema: [
      { id: 'https://example.org/examples/degree.json', type: 'JsonSchema' },
      { id: 'https://example.org/examples/alumni.json', type: 'JsonSchema' },
    ],
    evidence: [
      { id: 'https://example.edu/evidence/f2aeec97', type: ['Evidence'], evidenceDocument: 'Transcript' },
    ],
    credentialSubject: { id: 'did:example:s', degree: 'BSc' },
  },
  'JsonSchemaCredential with @json jsonSchema': {
    '@context': [VC2],
    id: 'https://example.com/credentials/3734',
    type: ['VerifiableCredential', 'JsonSchemaCredential'],
    issuer: 'https://example.com/issuers/14',
    validFrom: '2010-01-01T19:23:24Z',
    credentialSchema: {
      id: 'https://www.w3.org/ns/credentials/json-schema/v2.json',
      type: 'JsonSchema',
      digestSRI: 'sha384-S57yQDg1MTzF56Oi9DbSQ14u7jBy0RDdx0YbeV7shwhCS88G8SCXeFq82PafhCrW',
    },
    credentialSubject: {
      id: 'https://example.com/schemas/email.json',
      type: 'JsonSchema',
      jsonSchema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://example.com/schemas/email.json',
        title: 'EmailCredential',
        type: 'object',
        properties: { emailAddress: { type: 'string', format: 'email', é: [1, 2.5, true, null, 1e21] } },
        required: ['emailAddress'],
      },
    },
  },
  'credential with termsOfUse, refreshService, relatedResource': {
    '@context': [VC2, EXAMPLES],
    id: 'urn:uuid:3',
    type: ['VerifiableCredential'],
    issuer: ISSUER,
    validFrom: '2024-01-01T00:00:00Z',
    termsOfUse: {
      type: 'ExamplePolicy',
      id: 'https://example.com/policies/credential/4',
      profile: 'https://example.com/profiles/credential',
    },
    refreshService: {
      type: 'ExampleRefreshService',
      url: 'https://university.example/workflows/refresh-degree',
    },
    relatedResource: [
      {
        id: 'https://www.w3.org/2018/credentials/v2',
        digestSRI: 'sha384-Ch9rO4t9u8ItwFG9SKSeAl1Bz9pNk4CMTXVM7nvRZT9ZEHZeHL6HGgkmYqDB5HIr',
        mediaType: 'application/ld+json',
      },
      {
        id: 'https://example.com/image.png',
        digestMultibase: 'uEiBZlVztZpfWHgPyslVv6-UwirFoQoRvW1htfx963sknNA',
      },
    ],
    credentialSubject: { id: 'did:example:s' },
  },
  'credential with several subjects and numbers/booleans': {
    '@context': [VC2, EXAMPLES],
    id: 'urn:uuid:4',
    type: ['VerifiableCredential', 'ExampleCredential'],
    issuer: ISSUER,
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: [
      {
        id: 'did:example:a',
        age: 33,
        score: 98.6,
        verified: true,
        ratio: 0.000001,
        big: 1e21,
        negative: -12,
      },
      { id: 'did:example:b', age: 0, score: -0.5, verified: false, count: 9007199254740991 },
    ],
  },
  'credential with anonymous subject': {
    '@context': [VC2, EXAMPLES],
    type: ['VerifiableCredential'],
    issuer: ISSUER,
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { givenName: 'Alice', address: { street: '1 Main St', city: 'Hanoi', country: 'VN' } },
    proof: proof(),
  },
  'credential with proof chain (array of proofs, previousProof)': {
    '@context': [VC2, EXAMPLES],
    id: 'urn:uuid:5',
    type: ['VerifiableCredential'],
    issuer: ISSUER,
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:s', memberOf: 'Club' },
    proof: [
      proof({ id: 'urn:uuid:proof-1' }),
      proof({ id: 'urn:uuid:proof-2', previousProof: 'urn:uuid:proof-1', created: '2024-02-01T00:00:00Z' }),
    ],
  },
  'credential with two anonymous proofs': {
    '@context': [VC2],
    id: 'urn:uuid:6',
    type: ['VerifiableCredential'],
    issuer: ISSUER,
    credentialSubject: { id: 'did:example:s' },
    proof: [proof(), proof({ created: '2024-02-01T00:00:00Z' })],
  },
  'proof with challenge, domain, nonce, expires': {
    '@context': [VC2],
    id: 'urn:uuid:7',
    type: 'VerifiableCredential',
    issuer: ISSUER,
    credentialSubject: { id: 'did:example:s' },
    proof: proof({
      proofPurpose: 'authentication',
      challenge: '1f44d55f-f161-4938-a659-f8026467f126',
      domain: ['https://example.com', 'https://example.org'],
      nonce: 'abc',
      expires: '2030-01-01T00:00:00Z',
    }),
  },
  'presentation with embedded credential and proof': {
    '@context': [VC2, EXAMPLES],
    id: 'urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5',
    type: ['VerifiablePresentation', 'ExamplePresentation'],
    holder: 'did:example:holder',
    verifiableCredential: [
      {
        '@context': [VC2, EXAMPLES],
        id: 'http://university.example/credentials/1872',
        type: ['VerifiableCredential', 'ExampleAlumniCredential'],
        issuer: 'https://university.example/issuers/565049',
        validFrom: '2010-01-01T19:23:24Z',
        credentialSubject: {
          id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
          alumniOf: { id: 'did:example:c276e12ec21ebfeb1f712ebc6f1', name: 'Example University' },
        },
        proof: proof(),
      },
    ],
    proof: proof({ proofPurpose: 'authentication', challenge: 'c0ae1c8e', domain: 'example.org' }),
  },
  'presentation with two embedded credentials': {
    '@context': [VC2],
    type: 'VerifiablePresentation',
    verifiableCredential: [
      {
        '@context': [VC2, EXAMPLES],
        type: 'VerifiableCredential',
        issuer: ISSUER,
        credentialSubject: { id: 'did:example:a', x: 1 },
      },
      {
        '@context': [VC2, EXAMPLES],
        type: 'VerifiableCredential',
        issuer: ISSUER,
        credentialSubject: { id: 'did:example:b', x: 2 },
      },
    ],
  },
  'presentation without credentials, holder object': {
    '@context': [VC2],
    type: 'VerifiablePresentation',
    holder: { id: 'did:example:holder', name: 'Holder' },
    termsOfUse: { type: 'https://example.org/HolderPolicy', id: 'https://example.org/policies/1' },
  },
  'enveloped verifiable credential': {
    '@context': [VC2],
    type: 'VerifiablePresentation',
    verifiableCredential: [
      {
        '@context': VC2,
        id: 'data:application/vc+jwt,eyJraWQiOiJFeEhrQk1XOWZtYmt2VjI2',
        type: 'EnvelopedVerifiableCredential',
      },
    ],
  },
  BitstringStatusListCredential: {
    '@context': [VC2],
    id: 'https://example.com/credentials/status/3',
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: 'did:example:12345',
    validFrom: '2021-04-05T14:27:40Z',
    credentialSubject: {
      id: 'https://example.com/status/3#list',
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA',
      ttl: 500,
    },
    proof: proof(),
  },
  'status list entry with statusMessage and statusSize (status/v1 context)': {
    '@context': [VC2, STATUS],
    id: 'urn:uuid:8',
    type: 'VerifiableCredential',
    issuer: ISSUER,
    credentialSubject: { id: 'did:example:s' },
    credentialStatus: [
      { ...statusEntry },
      {
        id: 'https://example.com/credentials/status/8#12',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'message',
        statusListIndex: '12',
        statusSize: 2,
        statusListCredential: 'https://example.com/credentials/status/8',
        statusMessage: [
          { status: '0x0', message: 'pending_review' },
          { status: '0x1', message: 'accepted' },
        ],
        statusReference: 'https://example.org/status-dictionary/',
      },
    ],
  },
  'DID document with Multikey verification methods': {
    '@context': [DID, MULTIKEY],
    id: 'did:web:example.com',
    alsoKnownAs: ['https://example.com/'],
    controller: 'did:web:example.com',
    verificationMethod: [
      {
        id: 'did:web:example.com#key-1',
        type: 'Multikey',
        controller: 'did:web:example.com',
        publicKeyMultibase: 'z6MkmM42vxfqZQsv4ehtTjFFxQ4sQKS2w6WR7emozFAn5cxu',
      },
      {
        id: 'did:web:example.com#key-2',
        type: 'Multikey',
        controller: 'did:web:example.com',
        publicKeyMultibase: 'zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv',
        expires: '2030-01-01T00:00:00Z',
      },
    ],
    authentication: ['did:web:example.com#key-1'],
    assertionMethod: ['did:web:example.com#key-1', 'did:web:example.com#key-2'],
    capabilityDelegation: ['did:web:example.com#key-1'],
    capabilityInvocation: ['did:web:example.com#key-1'],
    keyAgreement: [
      {
        id: 'did:web:example.com#key-3',
        type: 'Multikey',
        controller: 'did:web:example.com',
        publicKeyMultibase: 'z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc',
      },
    ],
    service: [
      {
        id: 'did:web:example.com#linked-domain',
        type: 'https://identity.foundation/.well-known/resources/did-configuration/#LinkedDomains',
        serviceEndpoint: 'https://example.com',
      },
    ],
  },
  'did:key document (Multikey, embedded key in several relations)': {
    '@context': [DID, MULTIKEY],
    id: ISSUER,
    verificationMethod: [
      {
        id: VM,
        type: 'Multikey',
        controller: ISSUER,
        publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
      },
    ],
    authentication: [VM],
    assertionMethod: [VM],
  },
  'Multikey alone': {
    '@context': MULTIKEY,
    id: 'https://controller.example/123#key-0',
    type: 'Multikey',
    controller: 'https://controller.example/123',
    publicKeyMultibase: 'z6MkmM42vxfqZQsv4ehtTjFFxQ4sQKS2w6WR7emozFAn5cxu',
    revoked: '2024-01-01T00:00:00Z',
  },
  'inline context: simple terms, coercion, vocab': {
    '@context': [
      VC2,
      {
        '@vocab': 'https://crosstrust.example/vocab#',
        ct: 'https://crosstrust.example/vocab#',
        xsd: 'http://www.w3.org/2001/XMLSchema#',
        registeredOn: { '@id': 'ct:registeredOn', '@type': 'xsd:date' },
        website: { '@id': 'ct:website', '@type': '@id' },
        category: { '@id': 'ct:category', '@type': '@vocab' },
        Retailer: 'ct:Retailer',
      },
    ],
    id: 'urn:uuid:9',
    type: ['VerifiableCredential', 'ct:BusinessCredential'],
    issuer: 'did:web:crosstrust.example',
    validFrom: '2024-03-01T00:00:00Z',
    credentialSubject: {
      id: 'did:web:shop.example.vn',
      legalName: 'Cửa hàng Ví dụ',
      registeredOn: '2019-05-20',
      website: 'https://shop.example.vn/',
      category: 'Retailer',
      ct: 'not a prefix use',
      'ct:employees': 12,
    },
  },
  'custom context with nested property-scoped contexts': {
    '@context': [
      VC2,
      {
        address: {
          '@id': 'https://schema.org/address',
          '@context': {
            '@vocab': 'https://schema.org/',
            geo: {
              '@id': 'https://schema.org/geo',
              '@context': { lat: 'https://schema.org/latitude', lon: 'https://schema.org/longitude' },
            },
          },
        },
        legalName: 'https://schema.org/legalName',
      },
    ],
    type: 'VerifiableCredential',
    issuer: ISSUER,
    credentialSubject: {
      id: 'did:example:org',
      legalName: 'Org',
      address: { streetAddress: '2 Le Loi', addressCountry: 'VN', geo: { lat: 10.7769, lon: 106.7009 } },
    },
  },
  'type-scoped context (non-propagated) on a custom type': {
    '@context': [
      VC2,
      {
        Invoice: {
          '@id': 'https://crosstrust.example/Invoice',
          '@context': {
            total: {
              '@id': 'https://crosstrust.example/total',
              '@type': 'http://www.w3.org/2001/XMLSchema#decimal',
            },
            seller: { '@id': 'https://crosstrust.example/seller', '@type': '@id' },
          },
        },
        '@vocab': 'https://crosstrust.example/other#',
      },
    ],
    type: 'VerifiableCredential',
    issuer: ISSUER,
    credentialSubject: {
      id: 'did:example:s',
      invoice: { type: 'Invoice', total: '12.50', seller: 'did:example:seller', line: { total: 3 } },
    },
  },
  'type-scoped context with @propagate true': {
    '@context': {
      '@vocab': 'http://example.org/vocab#',
      Outer: {
        '@id': 'http://example.org/Outer',
        '@context': { '@propagate': true, v: { '@id': 'http://example.org/scoped#v', '@type': '@id' } },
      },
    },
    '@id': 'http://example.org/a',
    '@type': 'Outer',
    v: 'http://example.org/x',
    child: { v: 'http://example.org/y', grandchild: { v: 'http://example.org/z' } },
  },
  'protected context redefined identically': {
    '@context': [
      VC2,
      {
        name: 'https://schema.org/name',
        id: '@id',
        description: { '@id': 'https://schema.org/description' },
      },
    ],
    type: 'VerifiableCredential',
    issuer: { id: ISSUER, name: 'Issuer', description: 'Same definitions as the VC context' },
    credentialSubject: { id: 'did:example:s', name: 'Subject' },
  },
  'JSON literal values': {
    '@context': {
      '@vocab': 'http://example.org/',
      data: { '@id': 'http://example.org/data', '@type': '@json' },
    },
    '@id': 'http://example.org/s',
    data: { z: [1, 2.5, { b: null, a: 'é\u2028"\\' }], a: true, '\u00e9': 1e-7, n: -0 },
    other: { '@value': ['x', 1], '@type': '@json' },
    scalarJson: { '@value': 'just a string', '@type': '@json' },
  },
  'language map, default language, term language': {
    '@context': {
      '@vocab': 'http://example.org/',
      '@language': 'en',
      label: { '@id': 'http://example.org/label', '@container': '@language' },
      code: { '@id': 'http://example.org/code', '@language': null },
      vi: { '@id': 'http://example.org/vi', '@language': 'VI' },
    },
    '@id': 'http://example.org/s',
    label: { 'en-US': 'Color', 'en-GB': 'Colour', fr: ['Couleur', 'Teinte'], '@none': 'neutral' },
    title: 'A title',
    code: 'X-1',
    vi: 'màu sắc',
    plain: { '@value': 'explicit', '@language': 'de-CH' },
  },
  'lists and nested lists': {
    '@context': {
      '@vocab': 'http://example.org/',
      steps: { '@id': 'http://example.org/steps', '@container': '@list' },
      matrix: { '@id': 'http://example.org/matrix', '@container': '@list' },
    },
    '@id': 'http://example.org/s',
    steps: ['one', { '@id': 'http://example.org/two' }, 3, { name: 'four' }],
    matrix: [
      [1, 2],
      [3, [4, 5]],
    ],
    empty: { '@list': [] },
    inline: { '@list': ['a', ['b', 'c']] },
  },
  'set and index containers': {
    '@context': {
      '@vocab': 'http://example.org/',
      tags: { '@id': 'http://example.org/tags', '@container': '@set' },
      byLang: { '@id': 'http://example.org/byLang', '@container': '@index' },
    },
    '@id': 'http://example.org/s',
    tags: ['a', 'b', 'a'],
    byLang: { first: 'x', second: { '@id': 'http://example.org/t', q: 1 }, '@none': 'z' },
    wrapped: { '@set': [1, 2] },
  },
  '@nest, @reverse and @included': {
    '@context': {
      '@vocab': 'http://example.org/',
      meta: '@nest',
      version: { '@id': 'http://example.org/version', '@nest': 'meta' },
      knownBy: { '@reverse': 'http://example.org/knows' },
    },
    '@id': 'http://example.org/s',
    meta: { version: '1.0', author: 'A' },
    knownBy: [{ '@id': 'http://example.org/t' }, { name: 'anonymous friend' }],
    '@reverse': { 'http://example.org/likes': { '@id': 'http://example.org/u' } },
    '@included': [{ '@id': 'http://example.org/other', label: 'included node' }],
  },
  'named graphs with @graph and @id': {
    '@context': { '@vocab': 'http://example.org/' },
    '@graph': [
      { '@id': 'http://example.org/g1', '@graph': [{ '@id': 'http://example.org/a', p: 1 }], madeBy: 'x' },
      { '@id': 'http://example.org/b', p: { '@graph': { '@id': 'http://example.org/c', q: 2 } } },
    ],
  },
  'base IRI and relative references': {
    '@context': {
      '@vocab': 'http://example.org/vocab#',
      '@base': 'http://example.com/a/b/c?q#f',
      link: { '@type': '@id' },
    },
    '@id': '../d',
    link: ['e', '/f', '?x', '#y', '//host/i', './g/../k', ''],
    '@type': 'Thing',
  },
  'compact IRIs, absolute IRIs as keys, keyword aliases': {
    '@context': {
      ex: 'http://example.org/',
      schema: 'https://schema.org/',
      identifier: '@id',
      kind: '@type',
      'ex:special': { '@type': '@id' },
      'http://example.org/absoluteTerm': { '@type': 'http://www.w3.org/2001/XMLSchema#integer' },
    },
    identifier: 'ex:s',
    kind: ['schema:Person', 'ex:Thing'],
    'schema:name': 'Ada',
    'ex:special': 'ex:target',
    'http://example.org/absoluteTerm': '42',
    'urn:example:prop': 'value',
  },
  'blank node identifiers in the document': {
    '@context': { '@vocab': 'http://example.org/' },
    '@graph': [
      { '@id': '_:alice', name: 'Alice', knows: { '@id': '_:bob' } },
      { '@id': '_:bob', name: 'Bob', knows: { '@id': '_:alice' } },
      { '@id': '_:carol', '@type': 'Person', name: 'Carol' },
    ],
  },
  'isomorphic anonymous nodes (N-degree: identical evidence)': {
    '@context': [VC2, EXAMPLES],
    type: 'VerifiableCredential',
    issuer: ISSUER,
    credentialSubject: { id: 'did:example:s' },
    evidence: [
      { type: 'DocumentVerification', verifier: 'did:example:v', evidenceDocument: 'Passport' },
      { type: 'DocumentVerification', verifier: 'did:example:v', evidenceDocument: 'Passport' },
      { type: 'DocumentVerification', verifier: 'did:example:v', evidenceDocument: 'DriversLicense' },
    ],
  },
  'symmetric anonymous pair pointing at each other': {
    '@context': { '@vocab': 'http://example.org/' },
    '@id': 'http://example.org/root',
    pair: [
      { '@id': '_:x', name: 'twin', sibling: { '@id': '_:y' } },
      { '@id': '_:y', name: 'twin', sibling: { '@id': '_:x' } },
    ],
  },
  'blank node ring of four': {
    '@context': { '@vocab': 'http://example.org/' },
    '@id': 'http://example.org/root',
    member: [
      { '@id': '_:a', next: { '@id': '_:b' } },
      { '@id': '_:b', next: { '@id': '_:c' } },
      { '@id': '_:c', next: { '@id': '_:d' } },
      { '@id': '_:d', next: { '@id': '_:a' } },
    ],
  },
  'two disjoint isomorphic blank node chains': {
    '@context': { '@vocab': 'http://example.org/' },
    '@graph': [
      { '@id': 'http://example.org/s', has: [{ '@id': '_:a1' }, { '@id': '_:b1' }] },
      { '@id': '_:a1', child: { '@id': '_:a2', leaf: 'x' } },
      { '@id': '_:b1', child: { '@id': '_:b2', leaf: 'x' } },
    ],
  },
  'special characters in literals and IRIs': {
    '@context': { '@vocab': 'http://example.org/' },
    '@id': 'http://example.org/s?q=1&r=%20#frag',
    text: 'line1\nline2\ttab "quoted" back\\slash \u0000\u0001\u001f\u007f\u0008\u000c\r',
    unicode: 'ấ 日本語 🙂 \u00a0',
    iri: { '@id': 'http://example.org/ünicode/路径' },
  },
  'typed literals and datatype coercion': {
    '@context': {
      '@vocab': 'http://example.org/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      when: { '@id': 'http://example.org/when', '@type': 'xsd:dateTime' },
      amount: { '@id': 'http://example.org/amount', '@type': 'xsd:decimal' },
      ratio: { '@id': 'http://example.org/ratio', '@type': 'xsd:double' },
      count: { '@id': 'http://example.org/count', '@type': 'xsd:integer' },
      flag: { '@id': 'http://example.org/flag', '@type': 'xsd:boolean' },
      any: { '@id': 'http://example.org/any', '@type': '@none' },
    },
    '@id': 'http://example.org/s',
    when: '2024-01-01T00:00:00Z',
    amount: ['12.50', 7],
    ratio: [1, 2.5, '3.0E0'],
    count: [5, 5.5],
    flag: [true, 'false'],
    any: ['x', 1],
    custom: { '@value': 'abc', '@type': 'http://example.org/myType' },
    n: [1.5e300, -1.5e-300, 123456789.123, 0.1, 1e20, -1e21],
  },
  'top-level @graph with several credentials': {
    '@context': [VC2, EXAMPLES],
    '@graph': [
      {
        id: 'urn:uuid:g1',
        type: 'VerifiableCredential',
        issuer: ISSUER,
        credentialSubject: { id: 'did:example:a', n: 1 },
      },
      {
        id: 'urn:uuid:g2',
        type: 'VerifiableCredential',
        issuer: ISSUER,
        credentialSubject: { id: 'did:example:b', n: 2 },
      },
    ],
  },
  'same node described in two places': {
    '@context': [VC2, EXAMPLES],
    id: 'urn:uuid:10',
    type: 'VerifiableCredential',
    issuer: { id: 'did:example:org', name: 'Org' },
    credentialSubject: {
      id: 'did:example:s',
      worksFor: { id: 'did:example:org', name: 'Org', country: 'VN' },
    },
  },
  'undefined-terms context (v2 @vocab fallback)': {
    '@context': [VC2, 'https://www.w3.org/ns/credentials/undefined-terms/v2'],
    type: 'VerifiableCredential',
    issuer: ISSUER,
    credentialSubject: { id: 'did:example:s', unknownProperty: 'kept under the undefined-term vocabulary' },
  },
  'VC 1.1 (credentials/v1) credential': {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      { ex: 'https://example.org/ex#', degree: 'ex:degree' },
    ],
    id: 'http://example.edu/credentials/1872',
    type: ['VerifiableCredential'],
    issuer: 'https://example.edu/issuers/565049',
    issuanceDate: '2010-01-01T19:23:24Z',
    credentialSubject: { id: 'did:example:ebfeb1f712ebc6f1c276e12ec21', degree: 'BSc' },
  },
  'array @context mixing URL and inline, @type as array with duplicates': {
    '@context': [VC2, { Badge: 'https://example.org/Badge' }, EXAMPLES],
    type: ['VerifiableCredential', 'Badge', 'Badge'],
    issuer: ISSUER,
    credentialSubject: { id: 'did:example:s', achievement: { type: 'Achievement', name: ['A', 'A', 'B'] } },
  },
  'credential with holder-bound confidenceMethod and renderMethod': {
    '@context': [VC2, EXAMPLES],
    type: 'VerifiableCredential',
    issuer: ISSUER,
    credentialSubject: { id: 'did:example:s' },
    confidenceMethod: { type: 'ExampleConfidenceMethod', id: 'did:example:s#key-1' },
    renderMethod: { type: 'ExampleRenderMethod', template: 'https://example.com/template.svg' },
  },
};
