import { describe, expect, it } from 'vitest';
import { validateCredential, validateEnvelope, validatePresentation, validityPeriod } from './data-model.ts';
import type { JsonObject } from './types.ts';
import { parseDateTime } from './util.ts';
import { ALUMNI_CREDENTIAL, STATUS_ENTRY_EXAMPLE, STATUS_LIST_EXAMPLE } from './vectors.ts';

const codes = (vc: unknown) => validateCredential(vc).map((p) => p.code);
const withProp = (k: string, v: unknown): JsonObject => ({ ...ALUMNI_CREDENTIAL, [k]: v }) as JsonObject;

describe('VC Data Model 2.0 checks', () => {
  it('accepts the spec examples', () => {
    expect(validateCredential(ALUMNI_CREDENTIAL)).toEqual([]);
    expect(validateCredential(STATUS_ENTRY_EXAMPLE)).toEqual([]);
    expect(validateCredential(STATUS_LIST_EXAMPLE)).toEqual([]);
  });

  it('@context: v2 first', () => {
    expect(codes(withProp('@context', ['https://www.w3.org/2018/credentials/v1']))).toContain(
      'VC_CONTEXT_MISSING',
    );
    expect(codes(withProp('@context', undefined))).toContain('VC_CONTEXT_MISSING');
    expect(codes(withProp('@context', 'https://www.w3.org/ns/credentials/v2'))).toEqual([]);
    expect(codes(withProp('@context', ['https://www.w3.org/ns/credentials/v2', 42]))).toContain(
      'VC_CONTEXT_INVALID',
    );
  });

  it('type, issuer, subject, id', () => {
    expect(codes(withProp('type', 'AlumniCredential'))).toContain('VC_TYPE_MISSING');
    expect(codes(withProp('type', [1]))).toContain('VC_TYPE_MISSING');
    expect(codes(withProp('issuer', undefined))).toContain('VC_ISSUER_MISSING');
    expect(codes(withProp('issuer', 'not a url'))).toContain('VC_ISSUER_INVALID');
    expect(codes(withProp('issuer', { name: 'No id' }))).toContain('VC_ISSUER_INVALID');
    expect(codes(withProp('issuer', { id: 'did:example:1', name: 'Example' }))).toEqual([]);
    expect(codes(withProp('credentialSubject', undefined))).toContain('VC_SUBJECT_MISSING');
    expect(codes(withProp('credentialSubject', []))).toContain('VC_SUBJECT_MISSING');
    expect(codes(withProp('credentialSubject', ['x']))).toContain('VC_SUBJECT_INVALID');
    expect(codes(withProp('credentialSubject', {}))).toContain('VC_SUBJECT_INVALID');
    expect(codes(withProp('credentialSubject', { id: 'nope nope' }))).toContain('VC_SUBJECT_INVALID');
    expect(codes(withProp('id', 'just text'))).toContain('VC_ID_INVALID');
    expect(codes(withProp('name', 5))).toContain('VC_TEXT_INVALID');
    expect(codes(withProp('name', [{ '@value': 'Nom', '@language': 'fr' }]))).toEqual([]);
    expect(codes(null)).toEqual(['VC_NOT_OBJECT']);
    expect(codes([ALUMNI_CREDENTIAL])).toEqual(['VC_NOT_OBJECT']);
  });

  it('validFrom / validUntil are dateTimeStamps with a timezone', () => {
    expect(codes(withProp('validFrom', '2023-01-01T00:00:00'))).toContain('VC_DATE_INVALID');
    expect(codes(withProp('validFrom', '2023-02-30T00:00:00Z'))).toContain('VC_DATE_INVALID');
    expect(codes(withProp('validFrom', '2023-01-01'))).toContain('VC_DATE_INVALID');
    expect(codes(withProp('validFrom', 1672531200))).toContain('VC_DATE_INVALID');
    expect(codes(withProp('validFrom', '2023-01-01T00:00:00.123+05:30'))).toEqual([]);
    expect(codes({ ...ALUMNI_CREDENTIAL, validUntil: '2022-01-01T00:00:00Z' })).toContain('VC_DATE_INVALID');
    expect(parseDateTime('2024-02-29T24:00:00Z')).toBe(Date.UTC(2024, 2, 1));
    expect(parseDateTime('2023-02-29T00:00:00Z')).toBeUndefined();
    expect(parseDateTime('2023-01-01T00:00:00-14:00')).toBe(Date.UTC(2023, 0, 1, 14));
    expect(parseDateTime('2023-01-01T00:00:00+14:30')).toBeUndefined();
  });

  it('credentialStatus entries', () => {
    const entry = (STATUS_ENTRY_EXAMPLE.credentialStatus as JsonObject[])[0]!;
    const c = (e: unknown) => codes({ ...STATUS_ENTRY_EXAMPLE, credentialStatus: e });
    expect(c({ ...entry, statusListIndex: 94567 })).toContain('VC_STATUS_INVALID');
    expect(c({ ...entry, statusListIndex: '-1' })).toContain('VC_STATUS_INVALID');
    expect(c({ ...entry, statusListIndex: '007' })).toContain('VC_STATUS_INVALID');
    expect(c({ ...entry, statusPurpose: undefined })).toContain('VC_STATUS_INVALID');
    expect(c({ ...entry, statusListCredential: 'nowhere' })).toContain('VC_STATUS_INVALID');
    expect(c({ ...entry, type: undefined })).toContain('VC_STATUS_INVALID');
    expect(c({ ...entry, statusSize: 2 })).toContain('VC_STATUS_INVALID');
    const msgs = [0, 1, 2, 3].map((i) => ({ status: `0x${i}`, message: `m${i}` }));
    expect(c({ ...entry, statusPurpose: 'message', statusSize: 2, statusMessage: msgs })).toEqual([]);
    expect(c({ id: 'https://example.com/s', type: 'SomeOtherStatus' })).toEqual([]);
  });

  it('schema, evidence, termsOfUse, refreshService shapes', () => {
    expect(codes(withProp('credentialSchema', { type: 'JsonSchema' }))).toContain('VC_SCHEMA_INVALID');
    expect(codes(withProp('credentialSchema', { id: 'https://example.org/schema.json' }))).toContain(
      'VC_SCHEMA_INVALID',
    );
    expect(
      codes(withProp('credentialSchema', [{ id: 'https://example.org/s.json', type: 'JsonSchema' }])),
    ).toEqual([]);
    expect(codes(withProp('evidence', [{ id: 'https://example.org/e/1' }]))).toContain('VC_EVIDENCE_INVALID');
    expect(codes(withProp('evidence', { type: ['Evidence'] }))).toEqual([]);
    expect(codes(withProp('termsOfUse', 'no'))).toContain('VC_TERMS_OF_USE_INVALID');
    expect(codes(withProp('refreshService', { url: 'https://x' }))).toContain('VC_REFRESH_SERVICE_INVALID');
  });

  it('presentations and enveloped credentials', () => {
    const vp = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      holder: 'did:example:holder',
      verifiableCredential: [
        ALUMNI_CREDENTIAL,
        {
          '@context': 'https://www.w3.org/ns/credentials/v2',
          type: 'EnvelopedVerifiableCredential',
          id: 'data:application/vc+jwt,a.b.c',
        },
      ],
    };
    expect(validatePresentation(vp)).toEqual([]);
    expect(validatePresentation({ ...vp, type: 'VerifiableCredential' }).map((p) => p.code)).toContain(
      'VP_TYPE_MISSING',
    );
    expect(validatePresentation({ ...vp, holder: 'x y' }).map((p) => p.code)).toContain('VP_HOLDER_INVALID');
    const nested = validatePresentation({
      ...vp,
      verifiableCredential: [{ ...ALUMNI_CREDENTIAL, issuer: 7 }],
    });
    expect(nested[0]).toMatchObject({ code: 'VC_ISSUER_INVALID', path: 'verifiableCredential[0].issuer' });
    expect(
      validateEnvelope({ ...(vp.verifiableCredential[1] as object), id: 'https://x' }).map((p) => p.code),
    ).toContain('VC_ENVELOPE_INVALID');
  });

  it('validityPeriod against the caller clock', () => {
    const vc = { ...ALUMNI_CREDENTIAL, validUntil: '2030-01-01T00:00:00Z' };
    expect(validityPeriod(vc, new Date('2024-06-01T00:00:00Z'))).toEqual([]);
    expect(validityPeriod(vc, new Date('2022-06-01T00:00:00Z')).map((p) => p.code)).toEqual([
      'VC_NOT_YET_VALID',
    ]);
    expect(validityPeriod(vc, new Date('2031-06-01T00:00:00Z')).map((p) => p.code)).toEqual(['VC_EXPIRED']);
    expect(validityPeriod({ ...vc, exp: 1 }, new Date('2024-06-01T00:00:00Z')).map((p) => p.code)).toEqual([
      'VC_EXPIRED',
    ]);
    expect(validityPeriod(vc, new Date(Number.NaN)).map((p) => p.code)).toEqual(['VC_DATE_INVALID']);
  });
});
