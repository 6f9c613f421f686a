import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, luhnCheckDigit, mod97, weightedSum } from './checksums.ts';

describe('gs1CheckDigit', () => {
  it('matches published GS1 examples', () => {
    // GS1 "how to calculate a check digit manually": GTIN-13 629104150021 → 3
    expect(gs1CheckDigit('629104150021')).toBe(3);
    expect(gs1CheckDigit('400638133393')).toBe(1); // EAN-13 4006381333931
    expect(gs1CheckDigit('03600029145')).toBe(2); // UPC-A 036000291452
    expect(gs1CheckDigit('942904109840')).toBe(0); // Peppol R040 GLN
  });
});

describe('luhnCheckDigit', () => {
  it('matches the ISO/IEC 7812 example and common card numbers', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3); // 79927398713
    expect(luhnCheckDigit('411111111111111')).toBe(1); // 4111111111111111
    expect(luhnCheckDigit('01312166')).toBe(0); // NPWP 01.312.166.0-091.000
  });
});

describe('mod97', () => {
  it('treats letters as 10..35 and reduces piecewise', () => {
    expect(mod97('97')).toBe(0);
    expect(mod97('98')).toBe(1);
    expect(mod97('A')).toBe(10);
    expect(mod97('5493001KJTIIGC8Y1R12')).toBe(1);
    // IBAN DE89 3704 0044 0532 0130 00 rearranged: BBAN + 'DE' + check digits
    expect(mod97('370400440532013000DE89')).toBe(1);
  });
});

describe('weightedSum', () => {
  it('weights digits from the left', () => {
    expect(weightedSum('010124315', [31, 29, 23, 19, 17, 13, 7, 5, 3])).toBe(175);
    expect(weightedSum('12', [1])).toBe(1);
  });
});
