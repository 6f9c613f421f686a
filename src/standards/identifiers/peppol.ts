/**
 * Peppol participant identifiers: `iso6523-actorid-upis::<EAS>:<identifier>`. The scheme part is compared
 * case-insensitively and written in lower case; the value part is an EAS code (ISO 6523 ICDs admitted by Peppol plus
 * the 99xx codes) and the organisation identifier, validated like ISO 6523 values. A bare `EAS:identifier` is
 * accepted and completed with the scheme.
 * Sources: Peppol Policy for use of Identifiers 4.x, §3 participant identifiers
 * (https://docs.peppol.eu/edelivery/policies/PEPPOL-EDN-Policy-for-use-of-identifiers-4.2.0-2023-06-19.pdf);
 * Peppol EAS code list (https://docs.peppol.eu/poacc/billing/3.0/codelist/eas/).
 */
import { validateIcdValue } from './iso6523.ts';
import type { IdentifierResult } from './types.ts';
import { err, invalid, valid } from './util.ts';

export const PEPPOL_PARTICIPANT_SCHEME = 'iso6523-actorid-upis';

export function validatePeppol(raw: string): IdentifierResult {
  let value = raw;
  const sep = raw.indexOf('::');
  if (sep >= 0) {
    const scheme = raw.slice(0, sep).trim();
    if (scheme.toLowerCase() !== PEPPOL_PARTICIPANT_SCHEME) {
      return invalid('peppol', null, [
        err(
          'PEPPOL_SCHEME',
          `participant identifier scheme must be '${PEPPOL_PARTICIPANT_SCHEME}', got '${scheme.slice(0, 40)}'`,
        ),
      ]);
    }
    value = raw.slice(sep + 2);
  }
  const r = validateIcdValue('peppol', value.trim(), 'peppol');
  const normalized = r.normalized === null ? null : `${PEPPOL_PARTICIPANT_SCHEME}::${r.normalized}`;
  if (!r.valid) return invalid('peppol', r.country, r.errors, normalized, r.notes, r.details);
  const notes = sep < 0 ? [...r.notes, `Scheme '${PEPPOL_PARTICIPANT_SCHEME}' was added`] : r.notes;
  return valid('peppol', r.country, normalized as string, r.checkDigit, notes, r.details);
}
