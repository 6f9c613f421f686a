/**
 * Myanmar — company registration number of the Directorate of Investment and Company Administration (DICA).
 * Since the Myanmar Companies Law 2017 came into force on 1 August 2018, companies are registered (and existing
 * companies were re-registered) on the MyCO online registry, which issues a 9-digit company registration number.
 * Under the Myanmar Companies Act 1914 numbers were written as a sequence and the fiscal year, e.g. "1234/2014-2015"
 * or "123 FC of 2012-2013" (FC = foreign company); MyCO keeps the old number for companies not yet re-registered.
 * No check digit is published for either.
 * Sources: Myanmar Companies (Electronic Registry System and Miscellaneous Matters) Regulations 2018; DICA MyCO
 * (https://www.myco.dica.gov.mm/); Allen & Gledhill note on MyCO re-registration (2018).
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, NO_CHECK_DIGIT_NOTE, pad, valid } from './util.ts';

const SCHEME = 'mm-dica';
const COUNTRY = 'MM';
// Sequence, optional FC, "OF" or "/", fiscal year yyyy-yyyy (spaces already removed). No nested quantifiers.
const LEGACY = /^([0-9]{1,6})(FC)?(?:OF|\/)([0-9]{4})-([0-9]{4})$/;

export function validateDica(raw: string): IdentifierResult {
  const c = compact(raw, ' ');
  if (c.error) return invalid(SCHEME, COUNTRY, [err('DICA_FORMAT', c.error)]);
  const v = c.value;
  if (isDigits(v)) {
    if (v.length !== 9) {
      return invalid(SCHEME, COUNTRY, [
        err('DICA_LENGTH', `expected 9 digits (MyCO registration number), got ${v.length}`),
      ]);
    }
    return valid(SCHEME, COUNTRY, v, 'none', [NO_CHECK_DIGIT_NOTE], { format: 'MyCO (since 2018)' });
  }
  const m = v.length <= 24 ? LEGACY.exec(v) : null;
  if (m) {
    const [, seq, fc, y1, y2] = m as unknown as [string, string, string | undefined, string, string];
    if (Number(y2) !== Number(y1) + 1) {
      return invalid(SCHEME, COUNTRY, [
        err('DICA_FORMAT', `the fiscal year must be two consecutive years, got ${y1}-${y2}`),
      ]);
    }
    const normalized = `${seq}${fc ? 'FC' : ''}/${y1}-${y2}`;
    const details: Record<string, string> = {
      format: 'legacy (Companies Act 1914)',
      fiscalYear: `${y1}-${y2}`,
    };
    if (fc) details.entityType = 'foreign company';
    return valid(
      SCHEME,
      COUNTRY,
      normalized,
      'none',
      [
        NO_CHECK_DIGIT_NOTE,
        'Pre-MyCO registration number; companies re-registered on MyCO since 2018 have a 9-digit number',
      ],
      details,
    );
  }
  return invalid(SCHEME, COUNTRY, [
    err('DICA_FORMAT', 'expected a 9-digit MyCO number or a legacy number such as 1234/2014-2015'),
  ]);
}

export function exampleDica(n: number): string {
  return pad(100_000_000 + ((n * 104_729) % 900_000_000), 9);
}
