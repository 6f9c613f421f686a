/**
 * Philippines.
 *
 * TIN — BIR Taxpayer Identification Number: 9 digits, the 9th a check digit whose algorithm the BIR does not
 * publish, then for business taxpayers a branch code (3 digits, 000 = head office; a 5-digit branch code is also
 * seen in newer BIR systems and accepted here),
 * written 123-456-789-000. Sources: BIR TIN description via NTRC (https://www.ntrc.gov.ph/images/journal/j20141112a.pdf);
 * python-stdnum `ph.tin` (https://arthurdejong.org/python-stdnum/doc/latest/stdnum.ph.tin).
 *
 * SEC registration number — Securities and Exchange Commission company registration number (Revised Corporation
 * Code, R.A. 11232). Current numbers are a 2-letter entity prefix + year + serial, e.g. CS201912345 (CS stock
 * corporation, CN non-stock corporation); older numbers vary (A199812345, AS094-008612, PW-277, purely numeric).
 * The SEC publishes no formal specification and no check digit, so we accept those shapes leniently.
 * Source: SEC company registration system (https://www.sec.gov.ph/); uncertainty noted in results.
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, isUpperLetters, NO_CHECK_DIGIT_NOTE, pad, valid } from './util.ts';

const COUNTRY = 'PH';

export function validatePhTin(raw: string): IdentifierResult {
  const c = compact(raw, ' -');
  if (c.error) return invalid('ph-tin', COUNTRY, [err('PHTIN_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v)) return invalid('ph-tin', COUNTRY, [err('PHTIN_FORMAT', 'a TIN contains digits only')]);
  if (v.length !== 9 && v.length !== 12 && v.length !== 14) {
    return invalid('ph-tin', COUNTRY, [
      err(
        'PHTIN_LENGTH',
        `expected 9 digits, optionally followed by a 3- or 5-digit branch code, got ${v.length}`,
      ),
    ]);
  }
  if (v.slice(0, 9) === '000000000') {
    return invalid('ph-tin', COUNTRY, [err('PHTIN_FORMAT', 'the first 9 digits cannot all be 0')]);
  }
  const details: Record<string, string> = { tin: v.slice(0, 9) };
  if (v.length > 9) details.branch = v.slice(9);
  details.formatted = [
    v.slice(0, 3),
    v.slice(3, 6),
    v.slice(6, 9),
    ...(v.length > 9 ? [v.slice(9)] : []),
  ].join('-');
  return valid(
    'ph-tin',
    COUNTRY,
    v,
    'none',
    ['The 9th digit is a check digit but the BIR does not publish its algorithm; format checked only'],
    details,
  );
}

const SEC_PREFIXES: Readonly<Record<string, string>> = {
  CS: 'stock corporation',
  CN: 'non-stock corporation',
};

export function validatePhSec(raw: string): IdentifierResult {
  const c = compact(raw, ' -');
  if (c.error) return invalid('ph-sec', COUNTRY, [err('PHSEC_FORMAT', c.error)]);
  const v = c.value;
  if (v.length < 3 || v.length > 16) {
    return invalid('ph-sec', COUNTRY, [err('PHSEC_LENGTH', `expected 3 to 16 characters, got ${v.length}`)]);
  }
  // Split leading letters from the rest; legacy 'ASO94…' uses the letter O where a 0 is meant, so allow up to 3.
  let i = 0;
  while (i < v.length && i < 4 && isUpperLetters(v.charAt(i))) i++;
  const prefix = v.slice(0, i);
  const digits = v.slice(i);
  if (prefix.length > 3 || !isDigits(digits) || digits.length < 3) {
    return invalid('ph-sec', COUNTRY, [
      err('PHSEC_FORMAT', 'expected up to 3 letters followed by at least 3 digits, e.g. CS201912345'),
    ]);
  }
  const details: Record<string, string> = { format: 'legacy' };
  if (prefix) details.prefix = prefix;
  const entity = SEC_PREFIXES[prefix];
  if (entity && digits.length === 9 && /^(19|20)[0-9]{2}/.test(digits)) {
    details.format = 'current';
    details.entityType = entity;
    details.year = digits.slice(0, 4);
  }
  const notes = [NO_CHECK_DIGIT_NOTE];
  if (details.format === 'legacy')
    notes.push('Older SEC numbers have no single documented format; accepted on shape only');
  return valid('ph-sec', COUNTRY, v, 'none', notes, details);
}

export function examplePhTin(n: number): string {
  const tin = pad(100_000_000 + ((n * 7_351) % 900_000_000), 9);
  return n % 2 === 0 ? `${tin.slice(0, 3)}-${tin.slice(3, 6)}-${tin.slice(6)}-000` : tin;
}

export function examplePhSec(n: number): string {
  const prefix = n % 5 === 4 ? 'CN' : 'CS';
  return `${prefix}${2010 + (n % 15)}${pad(Math.floor(n / 15) + 1, 5)}`;
}
