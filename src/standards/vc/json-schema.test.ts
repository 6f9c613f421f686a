import { describe, expect, it } from 'vitest';
import { validateJsonSchema } from './json-schema.ts';
import { ALUMNI_CREDENTIAL } from './vectors.ts';

const schema = {
  type: 'object',
  required: ['credentialSubject', 'validFrom'],
  properties: {
    validFrom: { type: 'string', format: 'date-time' },
    type: { type: 'array', items: { type: 'string' }, minItems: 2 },
    credentialSubject: {
      type: 'object',
      required: ['alumniOf'],
      properties: {
        id: { type: 'string', pattern: '^did:' },
        alumniOf: { enum: ['The School of Examples', 'Another School'] },
      },
      additionalProperties: false,
    },
    name: { const: 'Alumni Credential' },
  },
};

describe('JSON Schema subset', () => {
  it('accepts a matching credential', () => {
    expect(validateJsonSchema(ALUMNI_CREDENTIAL, schema)).toEqual([]);
  });

  it('reports each supported keyword with a JSON Pointer', () => {
    const bad = {
      ...ALUMNI_CREDENTIAL,
      validFrom: 'yesterday',
      type: ['VerifiableCredential'],
      name: 'Other',
      credentialSubject: { id: 'https://x', alumniOf: 'Nowhere', extra: 1 },
    };
    const errors = validateJsonSchema(bad, schema);
    const at = (p: string) => errors.filter((e) => e.path === p).map((e) => e.message);
    expect(at('/validFrom')).toEqual(['must be an RFC 3339 date-time']);
    expect(at('/type')[0]).toMatch(/at least 2/);
    expect(at('/name')[0]).toMatch(/must equal/);
    expect(at('/credentialSubject/id')[0]).toMatch(/must match/);
    expect(at('/credentialSubject/alumniOf')[0]).toMatch(/one of/);
    expect(at('/credentialSubject/extra')).toEqual(['is not allowed']);
    expect(validateJsonSchema({}, schema).map((e) => e.message)).toContain(
      'must have property credentialSubject',
    );
    expect(validateJsonSchema(5, { type: 'string' })[0]!.message).toBe('must be of type string');
    expect(validateJsonSchema(5, { type: 'number' })).toEqual([]);
    expect(validateJsonSchema(5.5, { type: 'integer' })).toHaveLength(1);
    expect(validateJsonSchema('ab', { minLength: 3 })).toHaveLength(1);
  });

  it('never throws on hostile schemas', () => {
    expect(validateJsonSchema('x', { pattern: '(' })[0]!.message).toMatch(/not a valid regular expression/);
    expect(validateJsonSchema('x', false)).toHaveLength(1);
    expect(validateJsonSchema({ a: 1 }, null)).toEqual([]);
    let deep: unknown = 1;
    let s: unknown = { type: 'number' };
    for (let i = 0; i < 200; i++) {
      deep = { a: deep };
      s = { properties: { a: s } };
    }
    expect(validateJsonSchema(deep, s)[0]!.message).toBe('too deeply nested');
  });
});
