/**
 * Brunei Darussalam — registration numbers of the Registry of Companies and Business Names (ROCBN, Ministry of
 * Finance and Economy), also used as the tax identification number of entities:
 *   P   + 8 digits  business names (sole proprietorships and partnerships)
 *   RC  + 8 digits  local private and public companies
 *   RFC + 8 digits  branches of foreign companies
 * often written with a slash or dash after the prefix (RC/00004866). No check digit is published.
 * Sources: OECD Brunei Darussalam TIN sheet
 * (https://www.oecd.org/tax/automatic-exchange/crs-implementation-and-assistance/tax-identification-numbers/Brunei-darussalam-TIN%20.pdf);
 * python-stdnum `bn.rocbn` (https://arthurdejong.org/python-stdnum/doc/latest/stdnum.bn.rocbn).
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, NO_CHECK_DIGIT_NOTE, pad, valid } from './util.ts';

const SCHEME = 'bn-roc';
const COUNTRY = 'BN';

const PREFIXES: readonly (readonly [string, string])[] = [
  ['RFC', 'foreign company branch'],
  ['RC', 'company'],
  ['P', 'business name (sole proprietorship or partnership)'],
];

export function validateRocbn(raw: string): IdentifierResult {
  const c = compact(raw, ' -/');
  if (c.error) return invalid(SCHEME, COUNTRY, [err('ROCBN_FORMAT', c.error)]);
  const v = c.value;
  for (const [prefix, entityType] of PREFIXES) {
    if (!v.startsWith(prefix)) continue;
    const num = v.slice(prefix.length);
    if (!isDigits(num)) {
      return invalid(SCHEME, COUNTRY, [err('ROCBN_FORMAT', `expected 8 digits after '${prefix}'`)]);
    }
    if (num.length !== 8) {
      return invalid(SCHEME, COUNTRY, [
        err('ROCBN_LENGTH', `expected 8 digits after '${prefix}', got ${num.length}`),
      ]);
    }
    return valid(SCHEME, COUNTRY, v, 'none', [NO_CHECK_DIGIT_NOTE], {
      prefix,
      entityType,
      formatted: `${prefix}/${num}`,
    });
  }
  return invalid(SCHEME, COUNTRY, [
    err('ROCBN_FORMAT', 'expected prefix P, RC or RFC followed by 8 digits, e.g. RC00004866'),
  ]);
}

export function exampleRocbn(n: number): string {
  const prefix = (['RC', 'P', 'RC', 'RFC'] as const)[n % 4];
  return `${prefix}${pad(1000 + n, 8)}`;
}
