/**
 * GS1 keys: GTIN (trade items, 8/12/13/14 digits) and GLN (locations and parties, 13 digits).
 * Both end in a GS1 mod-10 check digit. Sources: GS1 General Specifications §3.3.2 (GTIN), §3.3.4 (GLN) and §7.9.1
 * (check digit); GS1 check-digit calculator https://www.gs1.org/services/check-digit-calculator.
 */
import { gs1CheckDigit } from './checksums.ts';
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, pad, valid } from './util.ts';

const GTIN_LENGTHS: Record<number, string> = { 8: 'GTIN-8', 12: 'GTIN-12', 13: 'GTIN-13', 14: 'GTIN-14' };

export function validateGtin(raw: string): IdentifierResult {
  const c = compact(raw, ' -');
  if (c.error) return invalid('gtin', null, [err('GTIN_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v)) return invalid('gtin', null, [err('GTIN_FORMAT', 'a GTIN contains digits only')]);
  const format = GTIN_LENGTHS[v.length];
  if (!format) {
    return invalid('gtin', null, [err('GTIN_LENGTH', `expected 8, 12, 13 or 14 digits, got ${v.length}`)]);
  }
  const expected = gs1CheckDigit(v.slice(0, -1));
  const got = v.charCodeAt(v.length - 1) - 48;
  // GTIN-14 is the common container: any GTIN is padded with leading zeros to 14 digits in databases and EPCIS.
  const details = { format, gtin14: v.padStart(14, '0') };
  if (expected !== got) {
    return invalid(
      'gtin',
      null,
      [err('GTIN_CHECKSUM', `check digit should be ${expected}, got ${got}`)],
      v,
      [],
      details,
    );
  }
  return valid('gtin', null, v, 'verified', [], details);
}

/** Core GLN check, shared with ISO 6523 ICD 0088 (EAN Location Code) — same rule as Peppol PEPPOL-COMMON-R040. */
export function validateGln(raw: string): IdentifierResult {
  const c = compact(raw, ' -');
  if (c.error) return invalid('gln', null, [err('GLN_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v)) return invalid('gln', null, [err('GLN_FORMAT', 'a GLN contains digits only')]);
  if (v.length !== 13) {
    return invalid('gln', null, [err('GLN_LENGTH', `expected 13 digits, got ${v.length}`)]);
  }
  const expected = gs1CheckDigit(v.slice(0, 12));
  const got = v.charCodeAt(12) - 48;
  if (expected !== got) {
    return invalid('gln', null, [err('GLN_CHECKSUM', `check digit should be ${expected}, got ${got}`)], v);
  }
  return valid('gln', null, v, 'verified');
}

export function withGs1Check(body: string): string {
  return body + String(gs1CheckDigit(body));
}

/** GS1 prefixes of ASEAN member organisations (893 Viet Nam, 885 Thailand, 888 Singapore, 955 Malaysia, 899 Indonesia, 480 Philippines). */
const ASEAN_GS1_PREFIXES = ['893', '885', '888', '955', '899', '480'] as const;

export function exampleGtin(n: number): string {
  const k = Math.floor(n / 4);
  const prefix = ASEAN_GS1_PREFIXES[k % ASEAN_GS1_PREFIXES.length] as string;
  switch (n % 4) {
    case 0:
      return withGs1Check(`${prefix}${pad(k, 9)}`); // GTIN-13
    case 1:
      return withGs1Check(`1${prefix}${pad(k, 9)}`); // GTIN-14, packaging level 1
    case 2:
      return withGs1Check(`0${pad(k, 10)}`); // GTIN-12 (UPC-A)
    default:
      return withGs1Check(`9${pad(k % 1_000_000, 6)}`); // GTIN-8
  }
}

export function exampleGln(n: number): string {
  const prefix = ASEAN_GS1_PREFIXES[n % ASEAN_GS1_PREFIXES.length] as string;
  return withGs1Check(`${prefix}${pad(n, 9)}`);
}
