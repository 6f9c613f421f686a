/**
 * ISO/IEC 6523 organisation identifiers written `ICD:identifier` (e.g. 0088:5790000435951), as used in UBL/CII
 * schemeID attributes and Peppol participant identifiers. The ICD must be a registered 4-digit code (our table in
 * icd.ts). Where the identifier's structure is public we validate it too:
 *   0088 GLN (GS1 mod 10; Peppol PEPPOL-COMMON-R040)     0199 LEI (ISO 17442)
 *   0060 D-U-N-S (9 digits; D&B publishes no check digit) 0160 GTIN
 *   0192 Norwegian organisation number (mod 11, weights 3 2 7 6 5 4 3 2; Peppol PEPPOL-COMMON-R041)
 *   0208 Belgian enterprise number (10 digits, 97 − first 8 mod 97; Peppol PEPPOL-COMMON-R043)
 *   0151 Australian Business Number (11 digits, ATO mod-89 rule; Peppol PEPPOL-COMMON-R050,
 *        https://abr.business.gov.au/Help/AbnFormat)
 *   0195 Singapore (IMDA InvoiceNow): 'SG' + identifier type + identifier; type UEN is validated as a UEN.
 *   0230 Malaysia (MDEC national e-invoicing framework): identifier structure not published; checked leniently.
 * Sources: ISO/IEC 6523-1; Peppol BIS Billing 3.0 ICD code list and PEPPOL-COMMON rules
 * (https://docs.peppol.eu/poacc/billing/3.0/rules/ubl-peppol/); IMDA Peppol ID guidance for InvoiceNow.
 */
import { validateGln, validateGtin } from './gs1.ts';
import { icdName, peppolEasName } from './icd.ts';
import { validateLei } from './lei.ts';
import { validateUen } from './sg.ts';
import type { IdentifierError, IdentifierResult } from './types.ts';
import {
  compact,
  describeChar,
  err,
  invalid,
  isDigits,
  isUpperLetters,
  NO_CHECK_DIGIT_NOTE,
  valid,
} from './util.ts';

/** What a nested check returns: the identifier's canonical form (when computable) plus its verdict. */
interface Nested {
  ok: boolean;
  normalized: string | null;
  checkDigit: 'verified' | 'none';
  country: string | null;
  errors: IdentifierError[];
  notes: string[];
  details?: Record<string, string>;
}

function fromResult(r: IdentifierResult): Nested {
  const n: Nested = {
    ok: r.valid,
    normalized: r.normalized,
    checkDigit: r.checkDigit,
    country: r.country,
    errors: r.errors,
    notes: r.notes,
  };
  if (r.details) n.details = r.details;
  return n;
}

function nestedOk(
  normalized: string,
  checkDigit: 'verified' | 'none',
  notes: string[],
  country: string | null = null,
): Nested {
  return { ok: true, normalized, checkDigit, country, errors: [], notes };
}

function nestedFail(
  code: string,
  message: string,
  normalized: string | null = null,
  country: string | null = null,
): Nested {
  return { ok: false, normalized, checkDigit: 'none', country, errors: [err(code, message)], notes: [] };
}

function digitsOnly(raw: string, code: string, label: string, length: number): { v: string } | Nested {
  const c = compact(raw, ' -.');
  if (c.error) return nestedFail(code, c.error);
  if (!isDigits(c.value)) return nestedFail(code, `${label} contains digits only`);
  if (c.value.length !== length)
    return nestedFail(code, `${label}: expected ${length} digits, got ${c.value.length}`);
  return { v: c.value };
}

function validateDuns(raw: string): Nested {
  const d = digitsOnly(raw, 'DUNS_FORMAT', 'a D-U-N-S number', 9);
  if (!('v' in d)) return d;
  return nestedOk(d.v, 'none', [NO_CHECK_DIGIT_NOTE]);
}

const NO_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

function validateNorwayOrgNo(raw: string): Nested {
  const d = digitsOnly(raw, 'NO_ORGNR_FORMAT', 'a Norwegian organisation number', 9);
  if (!('v' in d)) return d;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.v.charCodeAt(i) - 48) * (NO_WEIGHTS[i] as number);
  const expected = (11 - (sum % 11)) % 11;
  const got = d.v.charCodeAt(8) - 48;
  if (expected === 10)
    return nestedFail(
      'NO_ORGNR_CHECKSUM',
      'no valid organisation number has these first 8 digits',
      d.v,
      'NO',
    );
  if (expected !== got)
    return nestedFail('NO_ORGNR_CHECKSUM', `check digit should be ${expected}, got ${got}`, d.v, 'NO');
  return nestedOk(d.v, 'verified', [], 'NO');
}

function validateBelgianEnterprise(raw: string): Nested {
  const d = digitsOnly(raw, 'BE_ENTERPRISE_FORMAT', 'a Belgian enterprise number', 10);
  if (!('v' in d)) return d;
  const expected = 97 - (Number(d.v.slice(0, 8)) % 97);
  const got = Number(d.v.slice(8));
  if (expected !== got) {
    return nestedFail(
      'BE_ENTERPRISE_CHECKSUM',
      `check digits should be ${String(expected).padStart(2, '0')}, got ${d.v.slice(8)}`,
      d.v,
      'BE',
    );
  }
  return nestedOk(d.v, 'verified', [], 'BE');
}

const ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19] as const;

function validateAbn(raw: string): Nested {
  const d = digitsOnly(raw, 'ABN_FORMAT', 'an ABN', 11);
  if (!('v' in d)) return d;
  // ATO rule: subtract 1 from the first digit, weight, and the sum must be divisible by 89.
  let sum = 0;
  for (let i = 0; i < 11; i++)
    sum += (d.v.charCodeAt(i) - 48 - (i === 0 ? 1 : 0)) * (ABN_WEIGHTS[i] as number);
  if (sum % 89 !== 0)
    return nestedFail('ABN_CHECKSUM', 'the ABN check digits (first two digits) do not match', d.v, 'AU');
  return nestedOk(d.v, 'verified', [], 'AU');
}

/** 0195: 'SG' + 3-letter identifier type + identifier. IMDA's Peppol IDs for companies use type UEN. */
function validateSgPeppol(raw: string): Nested {
  const c = compact(raw, ' ');
  if (c.error) return nestedFail('ICD_FORMAT', c.error);
  const v = c.value;
  if (!v.startsWith('SG') || v.length < 6 || !isUpperLetters(v.slice(2, 5))) {
    return nestedFail(
      'ICD_FORMAT',
      "ICD 0195 identifiers start with 'SG' and a 3-letter identifier type, e.g. SGUEN201912345K",
      null,
      'SG',
    );
  }
  const type = v.slice(2, 5);
  if (type !== 'UEN') {
    return nestedOk(
      v,
      'none',
      [`Identifier type '${type}' under ICD 0195 is not one we know; its structure was not checked`],
      'SG',
    );
  }
  const r = validateUen(v.slice(5));
  const n = fromResult(r);
  n.normalized = r.normalized ? `SGUEN${r.normalized}` : null;
  return n;
}

/** 0230 (Malaysia): structure not published by MDEC; accept 1–50 letters/digits. */
function validateMyPeppol(raw: string): Nested {
  const c = compact(raw, ' ');
  if (c.error) return nestedFail('ICD_FORMAT', c.error, null, 'MY');
  if (c.value.length > 50 || !/^[A-Z0-9]+$/.test(c.value)) {
    return nestedFail(
      'ICD_FORMAT',
      'ICD 0230 identifiers are expected to be 1–50 letters or digits',
      null,
      'MY',
    );
  }
  return nestedOk(
    c.value,
    'none',
    ['MDEC has not published the structure of ICD 0230 identifiers; checked leniently'],
    'MY',
  );
}

/** Identifier under an ICD whose structure we do not know: visible ASCII, no spaces, at most 128 characters. */
function validateOpaque(raw: string): Nested {
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch < 0x21 || ch > 0x7e) {
      return nestedFail(
        'ICD_FORMAT',
        `unexpected character ${describeChar(raw, i)} at position ${i + 1} of the identifier`,
      );
    }
  }
  if (raw.length > 128)
    return nestedFail('ICD_FORMAT', `identifier is too long (${raw.length} characters, at most 128)`);
  return nestedOk(raw, 'none', ['Structure of identifiers under this ICD is not checked']);
}

const NESTED: Readonly<Record<string, (raw: string) => Nested>> = {
  '0060': validateDuns,
  '0088': (raw) => fromResult(validateGln(raw)),
  '0151': validateAbn,
  '0160': (raw) => fromResult(validateGtin(raw)),
  '0192': validateNorwayOrgNo,
  '0195': validateSgPeppol,
  '0199': (raw) => fromResult(validateLei(raw)),
  '0208': validateBelgianEnterprise,
  '0230': validateMyPeppol,
};

export type IcdMode = 'iso6523' | 'peppol';

/**
 * Validates `ICD:identifier`. In 'peppol' mode the code must be a Peppol EAS code (which also admits the 99xx
 * codes that are not ICDs) and the scheme id of the result is the caller's business.
 */
export function validateIcdValue(scheme: string, raw: string, mode: IcdMode): IdentifierResult {
  const colon = raw.indexOf(':');
  const fmtCode = mode === 'peppol' ? 'PEPPOL_FORMAT' : 'ICD_FORMAT';
  if (colon < 0) {
    return invalid(scheme, null, [err(fmtCode, "expected 'ICD:identifier', e.g. 0088:5790000435951")]);
  }
  const icd = raw.slice(0, colon).trim();
  const id = raw.slice(colon + 1).trim();
  if (icd.length !== 4 || !isDigits(icd)) {
    return invalid(scheme, null, [
      err('ICD_FORMAT', `the code before ':' must be 4 digits, got '${icd.slice(0, 8)}'`),
    ]);
  }
  if (id.length === 0) return invalid(scheme, null, [err(fmtCode, `no identifier after '${icd}:'`)]);
  let name: string | undefined;
  if (mode === 'peppol') {
    name = peppolEasName(icd);
    if (!name) {
      const known = icdName(icd);
      return invalid(scheme, null, [
        known
          ? err('PEPPOL_EAS', `ICD ${icd} (${known}) is not in the Peppol EAS code list`)
          : err('ICD_UNKNOWN', `${icd} is not a known ISO 6523 ICD or Peppol EAS code`),
      ]);
    }
  } else {
    name = icdName(icd);
    if (!name) return invalid(scheme, null, [err('ICD_UNKNOWN', `${icd} is not a registered ISO 6523 ICD`)]);
  }
  const check = NESTED[icd] ?? validateOpaque;
  const n = check(id);
  const details: Record<string, string> = {
    ...(n.details ?? {}),
    icd,
    icdName: name,
    identifier: n.normalized ?? id,
  };
  const normalized = n.normalized === null ? null : `${icd}:${n.normalized}`;
  if (!n.ok) return invalid(scheme, n.country, n.errors, normalized, n.notes, details);
  return valid(scheme, n.country, normalized as string, n.checkDigit, n.notes, details);
}

export function validateIso6523(raw: string): IdentifierResult {
  return validateIcdValue('iso6523', raw, 'iso6523');
}
