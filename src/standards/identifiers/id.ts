/**
 * Indonesia.
 *
 * NIB — Nomor Induk Berusaha, the business identification number issued by the OSS (Online Single Submission)
 * system: "a thirteen-digit random number that is secured and accompanied by an electronic signature"
 * (BKPM, https://www5.bkpm.go.id/en/publication/detail/news/how-to-obtain-a-business-identification-number-nib;
 * Government Regulation 24/2018, now GR 5/2021 and GR 28/2025 on risk-based licensing). Being random it has no
 * check digit.
 *
 * NPWP — Nomor Pokok Wajib Pajak, the taxpayer number.
 *   Legacy 15 digits, written 99.999.999.9-999.999: taxpayer type (2), serial (6), check digit (1, Luhn over the
 *   first 8 digits), tax office KPP (3), branch status (3, 000 = head office).
 *   Since 2024 (Minister of Finance Regulation PMK 112/PMK.03/2022) 16 digits: residents use their NIK (population
 *   number, 16 digits, embedded birth date, no check digit); others use '0' + the 15-digit number.
 * Sources: python-stdnum `id.npwp` and `id.nik` (https://arthurdejong.org/python-stdnum/doc/latest/stdnum.id.npwp);
 * OECD Indonesia TIN sheet (https://www.oecd.org/tax/automatic-exchange/crs-implementation-and-assistance/tax-identification-numbers/Indonesia-TIN.pdf).
 */
import { luhnCheckDigit } from './checksums.ts';
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, NO_CHECK_DIGIT_NOTE, pad, valid } from './util.ts';

const COUNTRY = 'ID';

export function validateNib(raw: string): IdentifierResult {
  const c = compact(raw, ' -.');
  if (c.error) return invalid('id-nib', COUNTRY, [err('NIB_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v)) return invalid('id-nib', COUNTRY, [err('NIB_FORMAT', 'an NIB contains digits only')]);
  if (v.length !== 13) {
    return invalid('id-nib', COUNTRY, [err('NIB_LENGTH', `expected 13 digits, got ${v.length}`)]);
  }
  return valid('id-nib', COUNTRY, v, 'none', [
    NO_CHECK_DIGIT_NOTE,
    'The NIB is a random number issued by OSS; only the register can confirm it exists',
  ]);
}

function formatNpwp15(v: string): string {
  return `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}.${v.slice(8, 9)}-${v.slice(9, 12)}.${v.slice(12, 15)}`;
}

export function validateNpwp(raw: string): IdentifierResult {
  const c = compact(raw, ' -.');
  if (c.error) return invalid('id-npwp', COUNTRY, [err('NPWP_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v)) return invalid('id-npwp', COUNTRY, [err('NPWP_FORMAT', 'an NPWP contains digits only')]);
  if (v.length !== 15 && v.length !== 16) {
    return invalid('id-npwp', COUNTRY, [err('NPWP_LENGTH', `expected 15 or 16 digits, got ${v.length}`)]);
  }
  if (v.length === 16 && v.charAt(0) !== '0') {
    // A NIK used as NPWP: check the embedded birth date (DDMMYY, women +40 on the day).
    const day = Number(v.slice(6, 8)) % 40;
    const month = Number(v.slice(8, 10));
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return invalid('id-npwp', COUNTRY, [
        err(
          'NPWP_FORMAT',
          `a 16-digit NPWP not starting with 0 is a NIK; digits 7–12 must be a birth date DDMMYY, got ${v.slice(6, 12)}`,
        ),
      ]);
    }
    return valid(
      'id-npwp',
      COUNTRY,
      v,
      'none',
      [
        '16-digit NPWP of a resident individual (NIK); a NIK has no check digit, only its birth date was checked',
      ],
      {
        format: 'NIK (16 digits)',
      },
    );
  }
  const legacy = v.length === 16 ? v.slice(1) : v;
  const details: Record<string, string> = {
    format: v.length === 16 ? '16 digits (0 + legacy 15)' : 'legacy 15 digits',
    formatted: formatNpwp15(legacy),
    taxOffice: legacy.slice(9, 12),
    branch: legacy.slice(12, 15),
  };
  const expected = luhnCheckDigit(legacy.slice(0, 8));
  const got = legacy.charCodeAt(8) - 48;
  if (expected !== got) {
    return invalid(
      'id-npwp',
      COUNTRY,
      [err('NPWP_CHECKSUM', `check digit (9th of the 15-digit number) should be ${expected}, got ${got}`)],
      v,
      [],
      details,
    );
  }
  return valid('id-npwp', COUNTRY, v, 'verified', [], details);
}

export function exampleNib(n: number): string {
  // Random-looking but deterministic: multiply by a constant coprime to 10^12 so consecutive n do not look sequential.
  return `9${pad((n * 7_919_317 + 12_345) % 1_000_000_000_000, 12)}`;
}

export function exampleNpwp(n: number): string {
  const body = `${pad(1 + (n % 3), 2)}${pad(100_000 + Math.floor(n / 3), 6)}`;
  const legacy = `${body}${luhnCheckDigit(body)}${pad(11 + (n % 89), 3)}000`;
  return n % 2 === 0 ? legacy : `0${legacy}`;
}
