import type { JsonObject } from '../../standards/vc/types.ts';

/**
 * The JSON-LD context and JSON Schemas of the credentials a CrossTrust node issues. The context URL is meant to be
 * a permanent identifier (w3id.org redirect) and every node also serves the same document at
 * /contexts/crosstrust/v1, but verifiers must not need the network: the context ships with the code.
 */
export const CROSSTRUST_CONTEXT_URL = 'https://w3id.org/crosstrust/v1';
const ns = 'https://w3id.org/crosstrust#';
const xsd = 'http://www.w3.org/2001/XMLSchema#';

export const CROSSTRUST_CONTEXT: JsonObject = {
  '@context': {
    '@protected': true,
    BusinessIdentityCredential: `${ns}BusinessIdentityCredential`,
    TrustmarkCredential: `${ns}TrustmarkCredential`,
    Business: `${ns}Business`,
    Website: `${ns}Website`,
    legalName: 'https://schema.org/legalName',
    legalNameLatin: `${ns}legalNameLatin`,
    ubin: { '@id': `${ns}ubin`, '@type': '@id' },
    homeEconomy: `${ns}homeEconomy`,
    identifiers: { '@id': `${ns}identifier`, '@container': '@set' },
    identifierScheme: `${ns}identifierScheme`,
    identifierValue: `${ns}identifierValue`,
    lei: 'https://schema.org/leiCode',
    domains: { '@id': `${ns}domain`, '@container': '@set' },
    did: { '@id': `${ns}did`, '@type': '@id' },
    website: `${ns}website`,
    holder: { '@id': `${ns}holder`, '@type': '@id' },
    trustmarkScheme: `${ns}trustmarkScheme`,
    trustmarkSchemeVersion: `${ns}trustmarkSchemeVersion`,
    criteriaMet: { '@id': `${ns}criterionMet`, '@container': '@set' },
    assessmentDate: { '@id': `${ns}assessmentDate`, '@type': `${xsd}dateTime` },
    operator: { '@id': `${ns}operator`, '@type': '@id' },
  },
};

const identifier = {
  type: 'object',
  required: ['identifierScheme', 'identifierValue'],
  properties: { identifierScheme: { type: 'string' }, identifierValue: { type: 'string' } },
};

const credentialEnvelope = (type: string, subject: JsonObject): JsonObject => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['@context', 'type', 'issuer', 'validFrom', 'credentialSubject'],
  properties: {
    type: { type: 'array', items: { type: 'string' }, contains: { const: type } },
    validFrom: { type: 'string', format: 'date-time' },
    validUntil: { type: 'string', format: 'date-time' },
    credentialSubject: subject,
  },
});

/** JSON Schemas by the URL they are published under (relative to the node's public URL). */
export const CREDENTIAL_SCHEMAS: Record<string, { path: string; type: string; schema: JsonObject }> = {
  BusinessIdentityCredential: {
    path: '/schemas/business-identity/v1.json',
    type: 'BusinessIdentityCredential',
    schema: credentialEnvelope('BusinessIdentityCredential', {
      type: 'object',
      required: ['id', 'legalName', 'ubin', 'homeEconomy', 'identifiers'],
      properties: {
        id: { type: 'string' },
        legalName: { type: 'string', minLength: 1 },
        legalNameLatin: { type: 'string' },
        ubin: { type: 'string', pattern: '^urn:ubin:[a-z]{2}:[a-z]+:.+$' },
        homeEconomy: { type: 'string', pattern: '^[A-Z]{2}$' },
        identifiers: { type: 'array', items: identifier, minItems: 1 },
        lei: { type: 'string', pattern: '^[0-9A-Z]{18}[0-9]{2}$' },
        domains: { type: 'array', items: { type: 'string' } },
        did: { type: 'string' },
      },
    }),
  },
  TrustmarkCredential: {
    path: '/schemas/trustmark/v1.json',
    type: 'TrustmarkCredential',
    schema: credentialEnvelope('TrustmarkCredential', {
      type: 'object',
      required: [
        'id',
        'website',
        'trustmarkScheme',
        'trustmarkSchemeVersion',
        'criteriaMet',
        'assessmentDate',
      ],
      properties: {
        id: { type: 'string' },
        website: { type: 'string' },
        holder: { type: 'string' },
        trustmarkScheme: { type: 'string' },
        trustmarkSchemeVersion: { type: 'string' },
        criteriaMet: { type: 'array', items: { type: 'string' } },
        assessmentDate: { type: 'string', format: 'date-time' },
        operator: { type: 'string' },
      },
    }),
  },
};
