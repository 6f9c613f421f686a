import { describe, expect, it } from 'vitest';
import { buildUbin, PRIMARY_SCHEME_BY_COUNTRY, parseUbin, validateUbin } from './ubin.ts';

const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

describe('PRIMARY_SCHEME_BY_COUNTRY', () => {
  it('covers exactly the ten ASEAN economies and is frozen', () => {
    expect(Object.keys(PRIMARY_SCHEME_BY_COUNTRY).sort()).toEqual([
      'BN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'VN',
    ]);
    expect(PRIMARY_SCHEME_BY_COUNTRY.VN).toBe('vn-mst');
    expect(PRIMARY_SCHEME_BY_COUNTRY.PH).toBe('ph-sec');
    expect(Object.isFrozen(PRIMARY_SCHEME_BY_COUNTRY)).toBe(true);
  });
});

describe('buildUbin', () => {
  it('builds canonical URNs from any spelling of the primary scheme', () => {
    expect(buildUbin('VN', 'vn-mst', '0101243150')).toEqual({ ok: true, ubin: 'urn:ubin:vn:mst:0101243150' });
    expect(buildUbin('vn', 'VN:MST', '0101-243-150')).toEqual({
      ok: true,
      ubin: 'urn:ubin:vn:mst:0101243150',
    });
    expect(buildUbin('SG', 'uen', '197401143c')).toEqual({ ok: true, ubin: 'urn:ubin:sg:uen:197401143C' });
    expect(buildUbin('MY', 'my-ssm', '201901000005')).toEqual({
      ok: true,
      ubin: 'urn:ubin:my:ssm:201901000005',
    });
  });

  it('refuses non-ASEAN countries, secondary schemes and invalid national ids', () => {
    const cn = buildUbin('CN', 'vn-mst', '0101243150');
    expect(cn.ok).toBe(false);
    if (!cn.ok) expect(codes(cn)).toEqual(['UBIN_COUNTRY']);
    const tin = buildUbin('ID', 'id-npwp', '013121660091000');
    if (!tin.ok) expect(codes(tin)).toEqual(['UBIN_SCHEME']);
    else expect.fail('secondary scheme accepted');
    const bad = buildUbin('VN', 'vn-mst', '0101243151');
    if (!bad.ok) expect(codes(bad)).toEqual(['MST_CHECKSUM']);
    else expect.fail('bad check digit accepted');
    const notString = buildUbin(1 as unknown as string, 'x', 'y');
    expect(notString.ok).toBe(false);
  });
});

describe('parseUbin', () => {
  it('parses canonical and case-variant URNs', () => {
    expect(parseUbin('urn:ubin:sg:uen:197401143C')).toEqual({
      valid: true,
      country: 'SG',
      scheme: 'sg-uen',
      nationalId: '197401143C',
      errors: [],
    });
    expect(parseUbin('URN:UBIN:VN:MST:0101243150')).toMatchObject({
      valid: true,
      country: 'VN',
      nationalId: '0101243150',
    });
  });

  it('reports the failing part', () => {
    expect(codes(parseUbin('urn:isbn:vn:mst:0101243150'))).toEqual(['UBIN_FORMAT']);
    expect(codes(parseUbin('urn:ubin:vn:mst'))).toEqual(['UBIN_FORMAT']);
    expect(codes(parseUbin('urn:ubin:cn:uscc:91110000600037341L'))).toEqual(['UBIN_COUNTRY']);
    expect(codes(parseUbin('urn:ubin:vn:tin:0101243150'))).toEqual(['UBIN_SCHEME']);
    expect(parseUbin('urn:ubin:vn:mst:0101243151')).toMatchObject({
      valid: false,
      country: 'VN',
      scheme: 'vn-mst',
    });
    expect(codes(parseUbin('urn:ubin:vn:mst:'))).toEqual(['UBIN_FORMAT']);
    expect(codes(parseUbin(42 as unknown as string))).toEqual(['UBIN_FORMAT']);
    expect(codes(parseUbin('x'.repeat(300)))).toEqual(['VALUE_TOO_LONG']);
  });

  it('round-trips through validateUbin', () => {
    const r = validateUbin('urn:ubin:TH:tin:0-99-4-000-61772-1');
    expect(r).toMatchObject({
      valid: true,
      normalized: 'urn:ubin:th:tin:0994000617721',
      country: 'TH',
      checkDigit: 'verified',
    });
    expect(r.notes.join(' ')).toContain('CrossTrust');
  });
});
