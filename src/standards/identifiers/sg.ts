/**
 * Singapore UEN — Unique Entity Number, issued since 2009 (ACRA is the UEN system administrator).
 * Three formats (ACRA, https://www.uen.gov.sg/ueninternet/faces/pages/admin/aboutUEN.jspx):
 *   A  businesses registered with ACRA      nnnnnnnnX   8 digits + check letter
 *   B  local companies registered with ACRA yyyynnnnnX  year of registration + 5 digits + check letter
 *   C  all other entities                   TyyPQnnnnX  R/S/T (18xx/19xx/20xx) + yy + entity type PQ + 4 digits + check letter
 * ACRA does not publish the check-letter algorithm; we use the weights and alphabets documented by python-stdnum's
 * `sg.uen` module (https://arthurdejong.org/python-stdnum/doc/latest/stdnum.sg.uen), which reproduces the check
 * letters of published UENs such as 00192200M, 197401143C, T01FC6132D and S16FC0121D. Entity-type indicators: the
 * UEN site's list as reproduced by python-stdnum and the OECD Singapore TIN sheet
 * (https://www.oecd.org/tax/automatic-exchange/crs-implementation-and-assistance/tax-identification-numbers/Singapore-TIN.pdf).
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, isUpperLetters, pad, valid } from './util.ts';

const SCHEME = 'sg-uen';
const COUNTRY = 'SG';

/** Entity-type indicators of format C. Names only where the public lists state them; others keep the code alone. */
export const UEN_ENTITY_TYPES: Readonly<Record<string, string>> = {
  CC: 'CC',
  CD: 'CD',
  CH: 'CH',
  CL: 'CL',
  CM: 'CM',
  CP: 'CP',
  CS: 'cooperative society',
  CX: 'CX',
  DP: 'DP',
  FB: 'FB',
  FC: 'foreign company',
  FM: 'FM',
  FN: 'FN',
  GA: 'GA',
  GB: 'GB',
  GS: 'GS',
  HS: 'HS',
  LL: 'limited liability partnership',
  LP: 'limited partnership',
  MB: 'MB',
  MC: 'MC',
  MD: 'MD',
  MH: 'MH',
  MM: 'MM',
  MQ: 'MQ',
  NB: 'NB',
  NR: 'NR',
  PA: 'PA',
  PB: 'PB',
  PF: 'public accounting firm',
  RF: 'representative office',
  RP: 'RP',
  SM: 'SM',
  SS: 'society',
  TC: 'town council',
  TU: 'trade union',
  VH: 'VH',
  XL: 'XL',
};

const ROB_WEIGHTS = [10, 4, 9, 3, 8, 2, 7, 1] as const;
const ROB_LETTERS = 'XMKECAWLJDB';
const ROC_WEIGHTS = [10, 8, 6, 4, 9, 7, 5, 3, 1] as const;
const ROC_LETTERS = 'ZKCMDNERGWH';
const OTHER_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWX0123456789';
const OTHER_WEIGHTS = [4, 3, 5, 3, 10, 2, 2, 5, 7] as const;
const CENTURY: Record<string, string> = { R: '18', S: '19', T: '20' };

function digitLetter(body: string, weights: readonly number[], alphabet: string): string {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (body.charCodeAt(i) - 48) * (weights[i] as number);
  return alphabet[sum % 11] as string;
}

/** Check letter for format C; every character of the body is indexed in the 32-symbol alphabet. */
function otherLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < OTHER_WEIGHTS.length; i++) {
    sum += OTHER_ALPHABET.indexOf(body[i] as string) * (OTHER_WEIGHTS[i] as number);
  }
  return OTHER_ALPHABET[(((sum - 5) % 11) + 11) % 11] as string;
}

/** Check letter for any UEN body (everything but the last character), or null if the body has no known format. */
export function uenCheckLetter(body: string): string | null {
  if (body.length === 8 && isDigits(body)) return digitLetter(body, ROB_WEIGHTS, ROB_LETTERS);
  if (body.length === 9 && isDigits(body)) return digitLetter(body, ROC_WEIGHTS, ROC_LETTERS);
  if (body.length === 9 && /^[RST][0-9]{2}[A-Z]{2}[0-9]{4}$/.test(body)) return otherLetter(body);
  return null;
}

export function validateUen(raw: string): IdentifierResult {
  const c = compact(raw, ' ');
  if (c.error) return invalid(SCHEME, COUNTRY, [err('UEN_FORMAT', c.error)]);
  const v = c.value;
  if (v.length !== 9 && v.length !== 10) {
    return invalid(SCHEME, COUNTRY, [err('UEN_LENGTH', `expected 9 or 10 characters, got ${v.length}`)]);
  }
  const body = v.slice(0, -1);
  const got = v.slice(-1);
  let details: Record<string, string>;
  let expected: string;
  const notes: string[] = [];
  if (v.length === 9) {
    if (!isDigits(body) || !isUpperLetters(got)) {
      return invalid(SCHEME, COUNTRY, [
        err('UEN_FORMAT', 'a 9-character UEN (business, format A) is 8 digits followed by a check letter'),
      ]);
    }
    details = { format: 'A', entityType: 'business' };
    expected = digitLetter(body, ROB_WEIGHTS, ROB_LETTERS);
  } else if (isDigits(v.slice(0, 1))) {
    if (!isDigits(body) || !isUpperLetters(got)) {
      return invalid(SCHEME, COUNTRY, [
        err(
          'UEN_FORMAT',
          'a 10-character UEN starting with a digit (local company, format B) is 9 digits followed by a check letter',
        ),
      ]);
    }
    const year = Number(v.slice(0, 4));
    if (year < 1800) {
      return invalid(SCHEME, COUNTRY, [
        err('UEN_FORMAT', `digits 1–4 must be the year of registration, got ${v.slice(0, 4)}`),
      ]);
    }
    details = { format: 'B', entityType: 'local company', year: v.slice(0, 4) };
    expected = digitLetter(body, ROC_WEIGHTS, ROC_LETTERS);
    // Without a clock we cannot reject future years; callers holding a date may compare details.year themselves.
  } else {
    const century = CENTURY[v.charAt(0)];
    if (!century) {
      return invalid(SCHEME, COUNTRY, [
        err(
          'UEN_FORMAT',
          `a 10-character UEN starting with a letter (format C) must start with R, S or T, got '${v.charAt(0)}'`,
        ),
      ]);
    }
    const type = v.slice(3, 5);
    if (
      !isDigits(v.slice(1, 3)) ||
      !isUpperLetters(type) ||
      !isDigits(v.slice(5, 9)) ||
      !isUpperLetters(got)
    ) {
      return invalid(SCHEME, COUNTRY, [
        err(
          'UEN_FORMAT',
          'format C is R/S/T, 2-digit year, 2-letter entity type, 4 digits and a check letter',
        ),
      ]);
    }
    const typeName = UEN_ENTITY_TYPES[type];
    if (!typeName) {
      return invalid(SCHEME, COUNTRY, [
        err('UEN_ENTITY_TYPE', `'${type}' is not an entity-type indicator on the UEN list`),
      ]);
    }
    details = { format: 'C', entityType: type, year: `${century}${v.slice(1, 3)}` };
    if (typeName !== type) details.entityTypeName = typeName;
    expected = otherLetter(body);
  }
  if (expected !== got) {
    return invalid(
      SCHEME,
      COUNTRY,
      [err('UEN_CHECK_LETTER', `check letter should be ${expected}, got ${got}`)],
      v,
      notes,
      details,
    );
  }
  return valid(SCHEME, COUNTRY, v, 'verified', notes, details);
}

const TYPE_CODES = Object.keys(UEN_ENTITY_TYPES);

export function exampleUen(n: number): string {
  const k = Math.floor(n / 3);
  switch (n % 3) {
    case 0: {
      const body = pad(53_000_000 + (k % 47_000_000), 8);
      return body + digitLetter(body, ROB_WEIGHTS, ROB_LETTERS);
    }
    case 1: {
      const body = `${2000 + (k % 25)}${pad(Math.floor(k / 25) % 100_000, 5)}`;
      return body + digitLetter(body, ROC_WEIGHTS, ROC_LETTERS);
    }
    default: {
      const type = TYPE_CODES[k % TYPE_CODES.length] as string;
      const rest = Math.floor(k / TYPE_CODES.length);
      const body = `T${pad(10 + (rest % 15), 2)}${type}${pad(Math.floor(rest / 15) % 10_000, 4)}`;
      return body + otherLetter(body);
    }
  }
}
