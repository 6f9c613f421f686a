/**
 * Malaysia SSM registration number (Suruhanjaya Syarikat Malaysia / Companies Commission of Malaysia).
 * New format since 11 October 2019, given to every entity (older entities received one too, shown beside the old
 * number, e.g. "201901000005 (1312525-A)"): 12 digits = year of registration (4) + entity type (2) + running
 * number (6). Entity types: 01 local company, 02 foreign company, 03 business, 04 local LLP, 05 foreign LLP,
 * 06 LLP for professional practice. No check digit.
 * Legacy formats (still printed): company number "1312525-A" (up to 7 digits + check letter), business (ROB)
 * number such as "JM0123456-X" or "001234567-A", LLP number "LLP0012345-LCA". SSM does not publish the legacy
 * check-letter algorithm, so legacy numbers are checked for format only.
 * Sources: SSM announcement on the new registration number format
 * (https://www.ssm.com.my/Lists/Announcement/AnnouncementDetails.aspx?ID=134), as quoted by company-secretarial
 * guides (e.g. https://mishu.my/blog/company-incorporation-and-formation/what-is-a-company-number/).
 */
import type { IdentifierResult } from './types.ts';
import { compact, err, invalid, isDigits, isUpperLetters, NO_CHECK_DIGIT_NOTE, pad, valid } from './util.ts';

const SCHEME = 'my-ssm';
const COUNTRY = 'MY';

export const SSM_ENTITY_TYPES: Readonly<Record<string, string>> = {
  '01': 'local company',
  '02': 'foreign company',
  '03': 'business',
  '04': 'local limited liability partnership',
  '05': 'foreign limited liability partnership',
  '06': 'limited liability partnership for professional practice',
};

const LEGACY_NOTE =
  'Legacy SSM number: its check letter algorithm is not public, so only the format was checked; prefer the 12-digit number';

export function validateSsm(raw: string): IdentifierResult {
  const c = compact(raw, ' -.');
  if (c.error) return invalid(SCHEME, COUNTRY, [err('SSM_FORMAT', c.error)]);
  const v = c.value;
  if (isDigits(v)) {
    if (v.length !== 12) {
      return invalid(SCHEME, COUNTRY, [
        err('SSM_LENGTH', `expected 12 digits (yyyy + entity type + 6 digits), got ${v.length}`),
      ]);
    }
    const year = Number(v.slice(0, 4));
    if (year < 1800 || year > 2099) {
      return invalid(SCHEME, COUNTRY, [
        err('SSM_FORMAT', `digits 1–4 must be the year of registration, got ${v.slice(0, 4)}`),
      ]);
    }
    const type = v.slice(4, 6);
    const typeName = SSM_ENTITY_TYPES[type];
    if (!typeName) {
      return invalid(SCHEME, COUNTRY, [
        err('SSM_ENTITY_TYPE', `digits 5–6 must be an entity type 01–06, got ${type}`),
      ]);
    }
    if (v.slice(6) === '000000') {
      return invalid(SCHEME, COUNTRY, [
        err('SSM_FORMAT', 'the running number (digits 7–12) cannot be 000000'),
      ]);
    }
    return valid(SCHEME, COUNTRY, v, 'none', [NO_CHECK_DIGIT_NOTE], {
      format: 'new (2019)',
      year: v.slice(0, 4),
      entityType: type,
      entityTypeName: typeName,
    });
  }
  // Legacy formats: all end in letters after digits.
  const last = v.slice(-1);
  if (v.length >= 2 && v.length <= 8 && isDigits(v.slice(0, -1)) && isUpperLetters(last)) {
    return valid(SCHEME, COUNTRY, v, 'none', [LEGACY_NOTE], {
      format: 'legacy company number',
      formatted: `${v.slice(0, -1)}-${last}`,
    });
  }
  if (v.length === 10 && isDigits(v.slice(0, 9)) && isUpperLetters(last)) {
    return valid(SCHEME, COUNTRY, v, 'none', [LEGACY_NOTE], {
      format: 'legacy business number',
      formatted: `${v.slice(0, 9)}-${last}`,
    });
  }
  if (v.length === 10 && isUpperLetters(v.slice(0, 2)) && isDigits(v.slice(2, 9)) && isUpperLetters(last)) {
    return valid(SCHEME, COUNTRY, v, 'none', [LEGACY_NOTE], {
      format: 'legacy business number',
      formatted: `${v.slice(0, 9)}-${last}`,
    });
  }
  if (v.length === 13 && v.startsWith('LLP') && isDigits(v.slice(3, 10)) && isUpperLetters(v.slice(10))) {
    return valid(SCHEME, COUNTRY, v, 'none', [LEGACY_NOTE], {
      format: 'legacy LLP number',
      formatted: `${v.slice(0, 10)}-${v.slice(10)}`,
    });
  }
  return invalid(SCHEME, COUNTRY, [
    err(
      'SSM_FORMAT',
      'expected a 12-digit SSM number (e.g. 201901000005) or a legacy number such as 1312525-A, JM0123456-X or LLP0012345-LCA',
    ),
  ]);
}

export function exampleSsm(n: number): string {
  const type = pad((n % 6) + 1, 2);
  const k = Math.floor(n / 6);
  const year = 2019 + (k % 7);
  return `${year}${type}${pad(Math.floor(k / 7) + 1, 6)}`;
}
