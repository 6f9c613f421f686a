/**
 * LEI — Legal Entity Identifier, ISO 17442-1:2020.
 * 20 characters: 4-character LOU prefix, 14-character entity part (both upper-case alphanumeric), 2 check digits.
 * Check: ISO 7064 MOD 97-10 — the whole code read with A=10 … Z=35 is ≡ 1 (mod 97).
 * Sources: GLEIF "ISO 17442: The LEI Code Structure" (https://www.gleif.org/en/about-lei/iso-17442-the-lei-code-structure);
 * python-stdnum `lei` module documentation (https://arthurdejong.org/python-stdnum/doc/latest/stdnum.lei).
 */
import { mod97 } from './checksums.ts';
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, isUpperAlnum, pad, valid } from './util.ts';

const SCHEME = 'lei';

/** The two check digits for an 18-character LEI body. */
export function leiCheckDigits(body18: string): string {
  return pad(98 - mod97(`${body18}00`), 2);
}

export function validateLei(raw: string): IdentifierResult {
  const c = compact(raw, ' -');
  if (c.error) return invalid(SCHEME, null, [err('LEI_FORMAT', c.error)]);
  const v = c.value;
  if (v.length !== 20) {
    return invalid(SCHEME, null, [err('LEI_LENGTH', `expected 20 characters, got ${v.length}`)]);
  }
  const body = v.slice(0, 18);
  const check = v.slice(18);
  if (!isUpperAlnum(body)) {
    return invalid(SCHEME, null, [err('LEI_FORMAT', 'characters 1–18 must be letters A–Z or digits')]);
  }
  if (!isDigits(check)) {
    return invalid(SCHEME, null, [err('LEI_FORMAT', `characters 19–20 must be digits, got '${check}'`)]);
  }
  const details = { louPrefix: v.slice(0, 4), entityPart: v.slice(4, 18), checkDigits: check };
  if (mod97(v) !== 1) {
    const expected = leiCheckDigits(body);
    return invalid(
      SCHEME,
      null,
      [err('LEI_CHECKSUM', `check digits should be ${expected}, got ${check}`)],
      v,
      [],
      details,
    );
  }
  return valid(SCHEME, null, v, 'verified', [], details);
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Real LOU prefixes (GLEIF LOU list), so examples look like real LEIs; the rest is synthetic. */
const LOU_PREFIXES = ['5493', '9845', '2138', '3157', '8945'] as const;

export function exampleLei(n: number): string {
  let x = n;
  let part = '';
  for (let i = 0; i < 14; i++) {
    // Mixed digits/letters; position-dependent offset so parts differ visibly even for small n.
    part = (ALNUM[(x + i * 7) % 36] as string) + part;
    x = Math.floor(x / 36);
  }
  const body = `${LOU_PREFIXES[n % LOU_PREFIXES.length]}${part}`;
  return body + leiCheckDigits(body);
}
