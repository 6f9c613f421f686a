/**
 * Thailand 13-digit taxpayer identification number. Juristic persons use the juristic-person registration number
 * issued by the Department of Business Development (first digit 0); individuals use their 13-digit personal
 * identification number (first digit 1–8). Both end in the same check digit:
 *   check = (11 − (Σ d_i × (14 − i) for i = 1…12) mod 11) mod 10.
 * Sources: Revenue Department, 13-digit TIN (https://www.rd.go.th/english/6045.html); DBD, juristic person
 * registration number (https://www.dbd.go.th/download/pdf_kc/s09/busin_2542-48.pdf); python-stdnum `th.tin`,
 * `th.moa`, `th.pin` (https://arthurdejong.org/python-stdnum/doc/latest/stdnum.th.tin).
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, pad, valid } from './util.ts';

const SCHEME = 'th-tin';
const COUNTRY = 'TH';

export function thTinCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

export function validateThTin(raw: string): IdentifierResult {
  const c = compact(raw, ' -');
  if (c.error) return invalid(SCHEME, COUNTRY, [err('THTIN_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v)) return invalid(SCHEME, COUNTRY, [err('THTIN_FORMAT', 'a Thai TIN contains digits only')]);
  if (v.length !== 13) {
    return invalid(SCHEME, COUNTRY, [err('THTIN_LENGTH', `expected 13 digits, got ${v.length}`)]);
  }
  const juristic = v.charAt(0) === '0';
  const details: Record<string, string> = {
    holder: juristic ? 'juristic person' : 'individual',
    formatted: juristic
      ? `${v.slice(0, 1)}-${v.slice(1, 3)}-${v.slice(3, 4)}-${v.slice(4, 7)}-${v.slice(7, 12)}-${v.slice(12)}`
      : `${v.slice(0, 1)}-${v.slice(1, 5)}-${v.slice(5, 10)}-${v.slice(10, 12)}-${v.slice(12)}`,
  };
  const expected = thTinCheckDigit(v);
  const got = v.charCodeAt(12) - 48;
  if (expected !== got) {
    return invalid(
      SCHEME,
      COUNTRY,
      [err('THTIN_CHECKSUM', `check digit should be ${expected}, got ${got}`)],
      v,
      [],
      details,
    );
  }
  const notes = juristic
    ? []
    : ['This is an individual’s personal identification number, not a juristic person'];
  return valid(SCHEME, COUNTRY, v, 'verified', notes, details);
}

/** Juristic-person numbers: 0 + office 10 (Bangkok) + entity type digit + 3-digit B.E. year + 5-digit sequence. */
export function exampleThTin(n: number): string {
  const kinds = ['5', '3', '2'] as const;
  const kind = kinds[n % kinds.length] as string;
  const k = Math.floor(n / kinds.length);
  const body = `010${kind}${pad(550 + (k % 18), 3)}${pad(Math.floor(k / 18) % 100_000, 5)}`;
  return body + String(thTinCheckDigit(body));
}
