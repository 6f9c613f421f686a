/**
 * Viet Nam MST — Mã số thuế, the tax code that is also the enterprise code (Law on Enterprises 2020, art. 29:
 * "the enterprise code is also its tax code").
 * Structure: 10 digits N1…N10 where N10 is a check digit over N1…N9, optionally followed by a 3-digit number
 * (001–999) for a dependent unit (branch), usually written after a dash: 0101243150-001.
 * Check digit: weights 31, 29, 23, 19, 17, 13, 7, 5, 3 on N1…N9; check = 10 − (sum mod 11). When sum mod 11 is 0 the
 * result would be 10, so no valid code has that prefix.
 * Sources: Prime Minister's Decision 75/1998/QĐ-TTg and Circular 80/2004/TT-BTC (tax code structure, check digit),
 * Circular 105/2020/TT-BTC (tax registration); python-stdnum `vn.mst`
 * (https://arthurdejong.org/python-stdnum/doc/latest/stdnum.vn.mst). Since Circular 86/2024/TT-BTC individuals and
 * household businesses use their 12-digit personal identification number as tax code; that is not an enterprise
 * code and is reported as such.
 */
import { weightedSum } from './checksums.ts';
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, pad, valid } from './util.ts';

const SCHEME = 'vn-mst';
const COUNTRY = 'VN';
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Check digit for the first 9 digits, or null when (sum mod 11) = 0 makes the prefix unusable. */
export function mstCheckDigit(first9: string): number | null {
  const r = weightedSum(first9, WEIGHTS) % 11;
  return r === 0 ? null : 10 - r;
}

export function validateMst(raw: string): IdentifierResult {
  const c = compact(raw, ' -.');
  if (c.error) return invalid(SCHEME, COUNTRY, [err('MST_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v)) return invalid(SCHEME, COUNTRY, [err('MST_FORMAT', 'a tax code contains digits only')]);
  if (v.length === 12) {
    return invalid(SCHEME, COUNTRY, [
      err(
        'MST_LENGTH',
        'expected 10 digits (or 13 with a branch), got 12 — a 12-digit number is a personal identification number, used as tax code by individuals, not an enterprise code',
      ),
    ]);
  }
  if (v.length !== 10 && v.length !== 13) {
    return invalid(SCHEME, COUNTRY, [
      err('MST_LENGTH', `expected 10 digits (or 13 with a 3-digit branch suffix), got ${v.length}`),
    ]);
  }
  const base = v.slice(0, 10);
  const details: Record<string, string> = { enterpriseCode: base };
  if (v.length === 13) {
    details.branch = v.slice(10);
    details.formatted = `${base}-${details.branch}`;
  }
  if (base.slice(2, 9) === '0000000') {
    return invalid(SCHEME, COUNTRY, [err('MST_FORMAT', 'digits 3–9 (sequence number) cannot all be 0')]);
  }
  if (details.branch === '000') {
    return invalid(
      SCHEME,
      COUNTRY,
      [err('MST_BRANCH', 'branch suffix must be 001–999, got 000')],
      null,
      [],
      details,
    );
  }
  const expected = mstCheckDigit(base);
  const got = base.charCodeAt(9) - 48;
  if (expected === null) {
    return invalid(
      SCHEME,
      COUNTRY,
      [
        err(
          'MST_CHECKSUM',
          `no valid tax code starts with ${base.slice(0, 9)} (its check digit would be 10)`,
        ),
      ],
      v,
      [],
      details,
    );
  }
  if (expected !== got) {
    return invalid(
      SCHEME,
      COUNTRY,
      [err('MST_CHECKSUM', `check digit should be ${expected}, got ${got}`)],
      v,
      [],
      details,
    );
  }
  return valid(SCHEME, COUNTRY, v, 'verified', [], details);
}

/**
 * Each n owns the two 9-digit prefixes 2k, 2k+1 (k from n): consecutive prefixes differ by 3 in the weighted sum,
 * so at most one of them has sum ≡ 0 (mod 11) and the first usable one is taken. Every fourth example is a branch.
 */
export function exampleMst(n: number): string {
  const provinces = ['01', '03', '02', '04', '05', '06'] as const;
  const province = provinces[n % provinces.length] as string;
  const seq = 1_000_000 + Math.floor(n / provinces.length) * 2;
  let prefix = `${province}${pad(seq, 7)}`;
  let check = mstCheckDigit(prefix);
  if (check === null) {
    prefix = `${province}${pad(seq + 1, 7)}`;
    check = mstCheckDigit(prefix) as number;
  }
  const code = `${prefix}${check}`;
  return n % 4 === 3 ? `${code}-${pad((n % 999) + 1, 3)}` : code;
}
