/**
 * IBAN (ISO 13616) and BIC (ISO 9362) through the `ibantools` library (its country table is kept up to date with the
 * SWIFT IBAN registry; we only map its error codes to ours and add messages).
 * Sources: SWIFT IBAN Registry (https://www.swift.com/standards/data-standards/iban-international-bank-account-number);
 * ibantools docs (https://simplify.github.io/ibantools/).
 */
import {
  composeIBAN,
  countrySpecs,
  electronicFormatIBAN,
  ValidationErrorsBIC,
  ValidationErrorsIBAN,
  validateBIC,
  validateIBAN,
} from 'ibantools';
import { mod97 } from './checksums.ts';
import type { IdentifierError, IdentifierResult } from './types.ts';
import { compact, err, invalid, isUpperLetters, letters, pad, valid } from './util.ts';

const ASEAN = new Set(['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']);

export function validateIban(raw: string): IdentifierResult {
  const c = compact(raw, ' -.');
  if (c.error) return invalid('iban', null, [err('IBAN_FORMAT', c.error)]);
  // People paste "IBAN DE89 …" from letterheads; the prefix is not part of the number.
  let v =
    c.value.startsWith('IBAN') && c.value.length > 4 && !/^[0-9]/.test(c.value.slice(4))
      ? c.value.slice(4)
      : c.value;
  v = electronicFormatIBAN(v) ?? v;
  const cc = v.slice(0, 2);
  const country = isUpperLetters(cc) && cc.length === 2 ? cc : null;
  const notes: string[] = [];
  if (country && ASEAN.has(country)) {
    notes.push(
      'ASEAN economies do not use IBAN; identify the account by local account number and BIC instead',
    );
  }
  const res = validateIBAN(v);
  if (res.valid) {
    return valid('iban', country, v, 'verified', notes, {
      country: cc,
      checkDigits: v.slice(2, 4),
      bban: v.slice(4),
    });
  }
  const errors: IdentifierError[] = [];
  const spec = country ? countrySpecs[country] : undefined;
  for (const code of res.errorCodes) {
    switch (code) {
      case ValidationErrorsIBAN.NoIBANProvided:
        errors.push(err('IBAN_FORMAT', 'no IBAN given'));
        break;
      case ValidationErrorsIBAN.NoIBANCountry:
        errors.push(err('IBAN_COUNTRY', `'${cc}' is not a country that uses IBAN`));
        break;
      case ValidationErrorsIBAN.WrongBBANLength:
        errors.push(
          err(
            'IBAN_LENGTH',
            spec?.chars ? `expected ${spec.chars} characters for ${cc}, got ${v.length}` : 'wrong length',
          ),
        );
        break;
      case ValidationErrorsIBAN.WrongBBANFormat:
        errors.push(err('IBAN_FORMAT', `the account part (BBAN) does not match the ${cc} format`));
        break;
      case ValidationErrorsIBAN.ChecksumNotNumber:
        errors.push(err('IBAN_FORMAT', `characters 3–4 must be check digits, got '${v.slice(2, 4)}'`));
        break;
      case ValidationErrorsIBAN.WrongIBANChecksum: {
        const expected = pad(98 - mod97(`${v.slice(4)}${cc}00`), 2);
        errors.push(err('IBAN_CHECKSUM', `check digits should be ${expected}, got ${v.slice(2, 4)}`));
        break;
      }
      case ValidationErrorsIBAN.WrongAccountBankBranchChecksum:
        errors.push(
          err('IBAN_BBAN_CHECKSUM', `the national check digits inside the ${cc} account number are wrong`),
        );
        break;
      default:
        errors.push(err('IBAN_FORMAT', 'not a valid IBAN'));
    }
  }
  if (errors.length === 0) errors.push(err('IBAN_FORMAT', 'not a valid IBAN'));
  // A normalized form is only meaningful when the structure is right and only check digits are wrong.
  const structuralOk = errors.every((e) => e.code === 'IBAN_CHECKSUM' || e.code === 'IBAN_BBAN_CHECKSUM');
  return invalid('iban', country, errors, structuralOk ? v : null, notes);
}

export function validateBic(raw: string): IdentifierResult {
  const c = compact(raw, ' ');
  if (c.error) return invalid('bic', null, [err('BIC_FORMAT', c.error)]);
  const v = c.value;
  if (v.length !== 8 && v.length !== 11) {
    return invalid('bic', null, [err('BIC_LENGTH', `expected 8 or 11 characters, got ${v.length}`)]);
  }
  const res = validateBIC(v);
  const cc = v.slice(4, 6);
  if (!res.valid) {
    const errors = res.errorCodes.map((code) =>
      code === ValidationErrorsBIC.NoBICCountry
        ? err('BIC_COUNTRY', `'${cc}' (characters 5–6) is not a known country code`)
        : err(
            'BIC_FORMAT',
            'expected 4 letters (institution), 2 letters (country), 2 letters or digits (location), optional 3 letters or digits (branch)',
          ),
    );
    return invalid('bic', null, errors.length ? errors : [err('BIC_FORMAT', 'not a valid BIC')]);
  }
  const branch = v.length === 11 ? v.slice(8) : 'XXX';
  return valid('bic', cc, v, 'none', ['A BIC has no check digit; structure per ISO 9362 checked only'], {
    institution: v.slice(0, 4),
    country: cc,
    location: v.slice(6, 8),
    branch,
  });
}

/** Synthetic but valid German and British IBANs (countries without a national BBAN check in ibantools). */
export function exampleIban(n: number): string {
  if (n % 2 === 0) {
    return composeIBAN({ countryCode: 'DE', bban: `37040044${pad(Math.floor(n / 2), 10)}` }) ?? '';
  }
  return composeIBAN({ countryCode: 'GB', bban: `NWBK601613${pad(Math.floor(n / 2), 8)}` }) ?? '';
}

const ASEAN_LIST = ['VN', 'SG', 'TH', 'MY', 'ID', 'PH', 'BN', 'KH', 'LA', 'MM'] as const;

export function exampleBic(n: number): string {
  const cc = ASEAN_LIST[n % ASEAN_LIST.length] as string;
  const bic = `${letters(n, 4)}${cc}${letters(n % 7, 1)}X`;
  return n % 3 === 0 ? `${bic}XXX` : bic;
}
