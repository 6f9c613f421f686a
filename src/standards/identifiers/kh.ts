/**
 * Cambodia.
 *
 * MOC company registration number — Ministry of Commerce, Business Registration Department (Law on Commercial
 * Enterprises 2005; Law on Commercial Rules and Register). Since the online business registration system opened in
 * 2016 (Prakas 299 MOC of 29 December 2015 required every company to re-register online) entities carry a numeric
 * registration number, commonly printed as 8 digits (e.g. 00012345). Pre-2016 certificates show numbers such as
 * "Co.1234/05E" or "Co. 1234 KH/2005". The MOC publishes no specification or check digit, so we accept these
 * shapes leniently (https://www.businessregistration.moc.gov.kh/).
 *
 * GDT TIN — General Department of Taxation taxpayer identification number for enterprises: one letter for the
 * taxpayer class (L large, K medium, E small, as listed by tax-compliance references) + 3 digits + dash + 9 digits,
 * e.g. K001-901234567. No public check digit. Source: GDT (https://www.tax.gov.kh/); TIN format references such as
 * https://tin-check.com/en/cambodia/ (format only, uncertain for other letters).
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, isUpperLetters, NO_CHECK_DIGIT_NOTE, pad, valid } from './util.ts';

const COUNTRY = 'KH';
const LEGACY_MOC = /^CO\.?[0-9]{1,6}[A-Z]{0,4}(\/[0-9]{2,4}[A-Z]{0,4})?$/;

export function validateKhMoc(raw: string): IdentifierResult {
  const c = compact(raw, ' ');
  if (c.error) return invalid('kh-moc', COUNTRY, [err('KHMOC_FORMAT', c.error)]);
  const v = c.value;
  if (isDigits(v)) {
    if (v.length < 6 || v.length > 10) {
      return invalid('kh-moc', COUNTRY, [
        err('KHMOC_LENGTH', `expected 6 to 10 digits (usually 8), got ${v.length}`),
      ]);
    }
    if (/^0+$/.test(v))
      return invalid('kh-moc', COUNTRY, [err('KHMOC_FORMAT', 'the number cannot be all zeros')]);
    return valid(
      'kh-moc',
      COUNTRY,
      v,
      'none',
      [
        NO_CHECK_DIGIT_NOTE,
        'The MOC publishes no format specification; the numeric format of the online register was assumed',
      ],
      { format: 'online register' },
    );
  }
  if (v.length <= 24 && LEGACY_MOC.test(v)) {
    return valid(
      'kh-moc',
      COUNTRY,
      v,
      'none',
      [NO_CHECK_DIGIT_NOTE, 'Pre-2016 registration number; accepted on shape only'],
      { format: 'legacy (pre-2016)' },
    );
  }
  return invalid('kh-moc', COUNTRY, [
    err(
      'KHMOC_FORMAT',
      'expected a numeric MOC registration number (e.g. 00012345) or a legacy "Co.1234/05E" number',
    ),
  ]);
}

const TAXPAYER_CLASSES: Readonly<Record<string, string>> = { L: 'large', K: 'medium', E: 'small' };

export function validateKhTin(raw: string): IdentifierResult {
  const c = compact(raw, ' -');
  if (c.error) return invalid('kh-tin', COUNTRY, [err('KHTIN_FORMAT', c.error)]);
  const v = c.value;
  const letter = v.charAt(0);
  const rest = v.slice(1);
  if (!isUpperLetters(letter) || !isDigits(rest)) {
    return invalid('kh-tin', COUNTRY, [
      err('KHTIN_FORMAT', 'expected a letter, 3 digits, a dash and 9 digits, e.g. K001-901234567'),
    ]);
  }
  if (rest.length !== 12 && rest.length !== 13) {
    return invalid('kh-tin', COUNTRY, [
      err('KHTIN_LENGTH', `expected 12 digits after the letter (3 + 9), got ${rest.length}`),
    ]);
  }
  const details: Record<string, string> = {
    prefix: v.slice(0, 4),
    formatted: `${v.slice(0, 4)}-${v.slice(4)}`,
  };
  const notes = [NO_CHECK_DIGIT_NOTE];
  const cls = TAXPAYER_CLASSES[letter];
  if (cls) details.taxpayerClass = cls;
  else
    notes.push(
      `Prefix letter '${letter}' is not one of the documented classes (L, K, E); accepted on shape only`,
    );
  return valid('kh-tin', COUNTRY, v, 'none', notes, details);
}

export function exampleKhMoc(n: number): string {
  return pad(1000 + n, 8);
}

export function exampleKhTin(n: number): string {
  const letter = (['K', 'L', 'E'] as const)[n % 3];
  return `${letter}${pad((n % 9) + 1, 3)}-${pad(100_000_000 + n * 37, 9)}`;
}
