import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ICD_COUNT, icdName, peppolEasName } from './icd.ts';
import { validateIcdValue, validateIso6523 } from './iso6523.ts';
import { validatePeppol } from './peppol.ts';

const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

describe('ICD table', () => {
  it('knows the codes used in ASEAN e-invoicing and Peppol', () => {
    expect(ICD_COUNT).toBeGreaterThan(200);
    expect(icdName('0088')).toBe('EAN Location Code');
    expect(icdName('0195')).toContain('Singapore');
    expect(icdName('0230')).toContain('Malaysia');
    expect(icdName('0199')).toBe('Legal Entity Identifier (LEI)');
    expect(icdName('9930')).toBeUndefined(); // EAS-only code, not an ICD
    expect(peppolEasName('9930')).toBe('Germany VAT number');
    expect(peppolEasName('0004')).toBeUndefined(); // ICD but not an EAS code
  });
});

describe('iso6523', () => {
  it('validates GLNs under 0088 and LEIs under 0199', () => {
    expect(validateIso6523('0088:9429041098400')).toMatchObject({
      valid: true,
      normalized: '0088:9429041098400',
      checkDigit: 'verified',
      details: { icd: '0088', icdName: 'EAN Location Code' },
    });
    expect(codes(validateIso6523('0088:9429041098401'))).toEqual(['GLN_CHECKSUM']);
    expect(validateIso6523('0199:5493001kjtiigc8y1r12').normalized).toBe('0199:5493001KJTIIGC8Y1R12');
    expect(codes(validateIso6523('0199:5493001KJTIIGC8Y1R13'))).toEqual(['LEI_CHECKSUM']);
  });

  it('validates Singapore 0195 identifiers as UENs', () => {
    expect(validateIso6523('0195:SGUEN197401143C')).toMatchObject({
      valid: true,
      country: 'SG',
      checkDigit: 'verified',
    });
    expect(codes(validateIso6523('0195:SGUEN197401143D'))).toEqual(['UEN_CHECK_LETTER']);
    expect(codes(validateIso6523('0195:197401143C'))).toEqual(['ICD_FORMAT']);
  });

  it('validates D-U-N-S, Norwegian, Belgian and Australian numbers', () => {
    expect(validateIso6523('0060:123456789')).toMatchObject({ valid: true, checkDigit: 'none' });
    expect(codes(validateIso6523('0060:12345678'))).toEqual(['DUNS_FORMAT']);
    expect(validateIso6523('0192:987654325')).toMatchObject({ valid: true, country: 'NO' });
    expect(codes(validateIso6523('0192:987654321'))).toEqual(['NO_ORGNR_CHECKSUM']);
    expect(validateIso6523('0208:0739484052').valid).toBe(true);
    expect(codes(validateIso6523('0208:0739484059'))).toEqual(['BE_ENTERPRISE_CHECKSUM']);
    expect(validateIso6523('0151:51824753556').valid).toBe(true);
    expect(codes(validateIso6523('0151:51824753550'))).toEqual(['ABN_CHECKSUM']);
  });

  it('accepts other registered ICDs leniently and rejects unknown or malformed codes', () => {
    expect(validateIso6523('0002:FR23342')).toMatchObject({ valid: true, checkDigit: 'none' });
    expect(validateIso6523('0230:C2584563222')).toMatchObject({ valid: true, country: 'MY' });
    expect(codes(validateIso6523('0000:12345'))).toEqual(['ICD_UNKNOWN']);
    expect(codes(validateIso6523('9930:DE123456789'))).toEqual(['ICD_UNKNOWN']);
    expect(codes(validateIso6523('88:9429041098400'))).toEqual(['ICD_FORMAT']);
    expect(codes(validateIso6523('9429041098400'))).toEqual(['ICD_FORMAT']);
    expect(codes(validateIso6523('0088:'))).toEqual(['ICD_FORMAT']);
    expect(codes(validateIso6523('0002:FR 23342'))).toEqual(['ICD_FORMAT']);
  });
});

describe('peppol', () => {
  it('normalises the scheme and validates the value', () => {
    expect(validatePeppol('ISO6523-ACTORID-UPIS::0088:9429041098400')).toMatchObject({
      valid: true,
      normalized: 'iso6523-actorid-upis::0088:9429041098400',
    });
    const bare = validatePeppol('0195:SGUEN197401143C');
    expect(bare).toMatchObject({ valid: true, normalized: 'iso6523-actorid-upis::0195:SGUEN197401143C' });
    expect(bare.notes.join(' ')).toContain('was added');
    expect(validatePeppol('iso6523-actorid-upis::9930:DE123456789').valid).toBe(true);
  });

  it('rejects other schemes, non-EAS codes and bad identifiers', () => {
    expect(codes(validatePeppol('busdox-actorid-upis::0088:9429041098400'))).toEqual(['PEPPOL_SCHEME']);
    expect(codes(validatePeppol('iso6523-actorid-upis::0004:12345'))).toEqual(['PEPPOL_EAS']);
    expect(codes(validatePeppol('iso6523-actorid-upis::0088:9429041098401'))).toEqual(['GLN_CHECKSUM']);
    expect(codes(validatePeppol('iso6523-actorid-upis::9429041098400'))).toEqual(['PEPPOL_FORMAT']);
  });

  it('keeps the code-list view consistent: every EAS code in the ICD range is an ICD', () => {
    for (let i = 1; i < 300; i++) {
      const code = String(i).padStart(4, '0');
      if (peppolEasName(code)) expect(icdName(code)).toBeDefined();
    }
    expect(validateIcdValue('x', '0088:9429041098400', 'peppol').scheme).toBe('x');
  });
});

// Official Peppol unit tests for the ICD rules (../shared is the spec folder beside the repository).
const UNIT = fileURLToPath(
  new URL('../../../../shared/standards/peppol-bis-3/unit-UBL-PEPPOL/', import.meta.url),
);
const RULES: readonly (readonly [string, string])[] = [
  ['PEPPOL-COMMON-R040.xml', '0088'],
  ['PEPPOL-COMMON-R043.xml', '0208'],
  ['PEPPOL-COMMON-R050.xml', '0151'],
];

describe.skipIf(!existsSync(UNIT))('Peppol BIS 3 unit tests (../shared)', () => {
  for (const [file, icd] of RULES) {
    it(`agrees with ${file}`, () => {
      const xml = readFileSync(UNIT + file, 'utf8');
      const tests = xml.split('<test>').slice(1);
      expect(tests.length).toBeGreaterThan(0);
      for (const t of tests) {
        const expectSuccess = t.includes('<success>');
        const re = new RegExp(`schemeID="${icd}"\\s*>([^<]*)<`, 'g');
        const values = [...t.matchAll(re)].map((m) => m[1] as string);
        expect(values.length).toBeGreaterThan(0);
        const allValid = values.every((v) => validateIso6523(`${icd}:${v}`).valid);
        expect(allValid, `${file}: ${values.join(', ')}`).toBe(expectSuccess);
      }
    });
  }
});
