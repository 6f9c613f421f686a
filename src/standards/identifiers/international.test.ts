import { describe, expect, it } from 'vitest';
import { validateGln, validateGtin } from './gs1.ts';
import { validateBic, validateIban } from './iban.ts';
import { leiCheckDigits, validateLei } from './lei.ts';

const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

describe('LEI (ISO 17442)', () => {
  it('accepts the published vector and normalises case and spaces', () => {
    const r = validateLei('5493001KJTIIGC8Y1R12');
    expect(r).toMatchObject({ valid: true, normalized: '5493001KJTIIGC8Y1R12', checkDigit: 'verified' });
    expect(r.details).toMatchObject({ louPrefix: '5493', checkDigits: '12' });
    expect(validateLei(' 5493 001k jtii gc8y 1r12 ').normalized).toBe('5493001KJTIIGC8Y1R12');
  });

  it('reports the expected check digits', () => {
    const r = validateLei('5493001KJTIIGC8Y1R17');
    expect(codes(r)).toEqual(['LEI_CHECKSUM']);
    expect(r.errors[0]?.message).toBe('check digits should be 12, got 17');
    expect(r.normalized).toBe('5493001KJTIIGC8Y1R17');
    expect(leiCheckDigits('5493001KJTIIGC8Y1R')).toBe('12');
  });

  it('catches a transposition in the body', () => {
    expect(validateLei('5493001KJTIIGC8Y1R21').valid).toBe(false);
    expect(validateLei('4593001KJTIIGC8Y1R12').valid).toBe(false);
  });

  it('rejects wrong length, letters in the check digits and look-alike characters', () => {
    expect(codes(validateLei('5493001KJTIIGC8Y1R1'))).toEqual(['LEI_LENGTH']);
    expect(validateLei('5493001KJTIIGC8Y1R1').errors[0]?.message).toBe('expected 20 characters, got 19');
    expect(codes(validateLei('5493001KJTIIGC8Y1RAB'))).toEqual(['LEI_FORMAT']);
    expect(codes(validateLei('5493001KJTIIGC8Y1R_2'))).toEqual(['LEI_FORMAT']);
    // Cyrillic К (U+041A) instead of Latin K
    const r = validateLei('5493001\u041AJTIIGC8Y1R12');
    expect(codes(r)).toEqual(['LEI_FORMAT']);
    expect(r.errors[0]?.message).toContain('U+041A');
  });
});

describe('GTIN and GLN (GS1 mod 10)', () => {
  it('accepts all four GTIN lengths', () => {
    expect(validateGtin('96385074')).toMatchObject({ valid: true, details: { format: 'GTIN-8' } });
    expect(validateGtin('036000291452')).toMatchObject({
      valid: true,
      details: { format: 'GTIN-12', gtin14: '00036000291452' },
    });
    expect(validateGtin('4006381333931')).toMatchObject({ valid: true, checkDigit: 'verified' });
    expect(validateGtin('10012345000017')).toMatchObject({ valid: true, details: { format: 'GTIN-14' } });
    expect(validateGtin('400-6381-333931').normalized).toBe('4006381333931');
  });

  it('reports wrong check digit and length precisely', () => {
    const r = validateGtin('4006381333932');
    expect(codes(r)).toEqual(['GTIN_CHECKSUM']);
    expect(r.errors[0]?.message).toBe('check digit should be 1, got 2');
    expect(validateGtin('40063813339').errors[0]).toEqual({
      code: 'GTIN_LENGTH',
      message: 'expected 8, 12, 13 or 14 digits, got 11',
    });
    expect(codes(validateGtin('40063813339X1'))).toEqual(['GTIN_FORMAT']);
    expect(codes(validateGtin('４006381333931'))).toEqual(['GTIN_FORMAT']); // full-width 4
  });

  it('validates GLNs with Peppol PEPPOL-COMMON-R040 vectors', () => {
    expect(validateGln('9429041098400')).toMatchObject({ valid: true, checkDigit: 'verified' });
    expect(codes(validateGln('9429041098401'))).toEqual(['GLN_CHECKSUM']);
    expect(codes(validateGln('942904109840'))).toEqual(['GLN_LENGTH']);
    expect(codes(validateGln('94290410984OO'))).toEqual(['GLN_FORMAT']);
  });
});

describe('IBAN (ibantools)', () => {
  it('accepts and normalises IBANs in print format', () => {
    const r = validateIban('de89 3704 0044 0532 0130 00');
    expect(r).toMatchObject({
      valid: true,
      normalized: 'DE89370400440532013000',
      country: 'DE',
      checkDigit: 'verified',
    });
    expect(validateIban('IBAN GB82 WEST 1234 5698 7654 32').normalized).toBe('GB82WEST12345698765432');
  });

  it('maps library error codes to ours', () => {
    const bad = validateIban('DE88370400440532013000');
    expect(codes(bad)).toEqual(['IBAN_CHECKSUM']);
    expect(bad.errors[0]?.message).toBe('check digits should be 89, got 88');
    expect(codes(validateIban('XX89370400440532013000'))).toContain('IBAN_COUNTRY');
    expect(codes(validateIban('DE8937040044053201300'))).toContain('IBAN_LENGTH');
    expect(validateIban('DE8937040044053201300').errors.find((e) => e.code === 'IBAN_LENGTH')?.message).toBe(
      'expected 22 characters for DE, got 21',
    );
  });

  it('explains that ASEAN economies have no IBAN', () => {
    const r = validateIban('VN12345678901234567890');
    expect(r.valid).toBe(false);
    expect(r.notes.join(' ')).toContain('ASEAN economies do not use IBAN');
  });
});

describe('BIC (ibantools)', () => {
  it('accepts 8 and 11 character BICs and parses them', () => {
    expect(validateBic('DBSSSGSGXXX')).toMatchObject({
      valid: true,
      country: 'SG',
      checkDigit: 'none',
      details: { institution: 'DBSS', location: 'SG', branch: 'XXX' },
    });
    expect(validateBic('bftvvnvx')).toMatchObject({
      valid: true,
      normalized: 'BFTVVNVX',
      details: { branch: 'XXX' },
    });
  });

  it('rejects bad country, length and format', () => {
    expect(codes(validateBic('BFTVQQVX'))).toEqual(['BIC_COUNTRY']);
    expect(codes(validateBic('BFTVVNV'))).toEqual(['BIC_LENGTH']);
    expect(codes(validateBic('BF1VVNVX'))).toEqual(['BIC_FORMAT']);
  });
});
