/**
 * Lao PDR — enterprise registration / taxpayer identification number.
 * Since the enterprise-registration reform (MOIC Decision 0023/MOIC.DERM of 9 January 2019, in force 1 February 2019;
 * MOIC notice of 29 January 2020) an enterprise receives its Enterprise Registration Certificate together with its
 * taxpayer identification number (TIN), which then serves as the enterprise's identifier.
 * The TIN is defined by Prime Minister's Decree 354/PM of 5 October 2007 on Taxpayer Identification Number,
 * art. 4: four parts, the first an eight-digit sequence number and the second a single "monitoring" digit that
 * lets a computer detect mistyped numbers, followed by further parts. The monitoring-digit algorithm is not
 * published, and we could not confirm the length of the later parts, so we accept 9 to 15 digits (8 + 1 + up to 6)
 * and check the format only.
 * Sources: Decree 354/PM (https://laotradeportal.gov.la/en-gb/site/display/1735); ECCIL summary of the 2020 MOIC
 * notice (https://eccil.org/uncategorized/new-procedures-to-start-a-new-business-in-lao-pdr/).
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, pad, valid } from './util.ts';

const SCHEME = 'la-erc';
const COUNTRY = 'LA';

export function validateLaErc(raw: string): IdentifierResult {
  const c = compact(raw, ' -./');
  if (c.error) return invalid(SCHEME, COUNTRY, [err('LAERC_FORMAT', c.error)]);
  const v = c.value;
  if (!isDigits(v))
    return invalid(SCHEME, COUNTRY, [
      err('LAERC_FORMAT', 'a Lao enterprise/tax number contains digits only'),
    ]);
  if (v.length < 9 || v.length > 15) {
    return invalid(SCHEME, COUNTRY, [
      err(
        'LAERC_LENGTH',
        `expected 9 to 15 digits (8-digit sequence, monitoring digit, further parts), got ${v.length}`,
      ),
    ]);
  }
  if (v.slice(0, 8) === '00000000') {
    return invalid(SCHEME, COUNTRY, [err('LAERC_FORMAT', 'the 8-digit sequence number cannot be 00000000')]);
  }
  const details: Record<string, string> = { sequence: v.slice(0, 8), monitoringDigit: v.charAt(8) };
  if (v.length > 9) details.suffix = v.slice(9);
  return valid(
    SCHEME,
    COUNTRY,
    v,
    'none',
    [
      'The TIN has a monitoring digit (Decree 354/PM) but its algorithm is not public; format checked only',
      'The length of the parts after the monitoring digit could not be confirmed; 9 to 15 digits are accepted',
    ],
    details,
  );
}

export function exampleLaErc(n: number): string {
  return `${pad(10_000 + n, 8)}${n % 10}000`;
}
