/**
 * UBIN — the "Unified/Unique Business Identification Number" of the ASEAN digital-trade standards roadmap (action
 * area 3.1 / 6.2.7): a business identifier comparable across the ten ASEAN economies through a distributed,
 * interoperable system of national registers. ASEAN has not fixed a format. Our design, which needs no new register:
 *
 *   urn:ubin:<cc>:<scheme>:<national id>      e.g. urn:ubin:vn:mst:0101243150, urn:ubin:sg:uen:197401143C
 *
 * <cc> is the ISO 3166-1 alpha-2 code in lower case, <scheme> the local part of the economy's primary register
 * scheme (PRIMARY_SCHEME_BY_COUNTRY; 'vn-mst' → 'mst'), and <national id> the normalized national identifier,
 * validated with that scheme. "urn" and "ubin" compare case-insensitively as RFC 8141 requires for the NID.
 * Not to be confused with Project Ubin of the Monetary Authority of Singapore (a payments experiment).
 */
import { validateRocbn } from './bn.ts';
import { PRIMARY_SCHEME_BY_COUNTRY } from './economies.ts';
import { validateNib } from './id.ts';
import { validateKhMoc } from './kh.ts';
import { validateLaErc } from './la.ts';
import { validateDica } from './mm.ts';
import { validateSsm } from './my.ts';
import { validatePhSec } from './ph.ts';
import { validateUen } from './sg.ts';
import { validateThTin } from './th.ts';
import type { BuildUbinResult, IdentifierError, IdentifierResult, ParsedUbin } from './types.ts';
import { err, invalid, valid } from './util.ts';
import { validateMst } from './vn.ts';

export { PRIMARY_SCHEME_BY_COUNTRY };

const NATIONAL_VALIDATORS: Readonly<Record<string, (raw: string) => IdentifierResult>> = {
  BN: validateRocbn,
  KH: validateKhMoc,
  ID: validateNib,
  LA: validateLaErc,
  MY: validateSsm,
  MM: validateDica,
  PH: validatePhSec,
  SG: validateUen,
  TH: validateThTin,
  VN: validateMst,
};

const ASEAN_CODES = 'BN KH ID LA MY MM PH SG TH VN';
const MAX = 256;

function segmentOf(schemeId: string): string {
  return schemeId.slice(schemeId.indexOf('-') + 1);
}

function countryError(cc: string): IdentifierError {
  return err('UBIN_COUNTRY', `'${cc.slice(0, 8)}' is not one of the 10 ASEAN economies (${ASEAN_CODES})`);
}

interface National {
  cc: string;
  schemeId: string;
  result: IdentifierResult;
}

function checkNational(cc: string, nationalId: string): National {
  const schemeId = PRIMARY_SCHEME_BY_COUNTRY[cc] as string;
  const validator = NATIONAL_VALIDATORS[cc] as (raw: string) => IdentifierResult;
  return { cc, schemeId, result: validator(nationalId.trim()) };
}

/**
 * Builds the canonical UBIN for a national identifier. `scheme` may be the scheme id ('vn-mst'), its alias
 * ('VN:MST') or the URN segment ('mst'); it must be the economy's primary scheme.
 */
export function buildUbin(country: string, scheme: string, nationalId: string): BuildUbinResult {
  if (typeof country !== 'string' || typeof scheme !== 'string' || typeof nationalId !== 'string') {
    return { ok: false, errors: [err('UBIN_FORMAT', 'country, scheme and national id must be strings')] };
  }
  if (country.length > 8 || scheme.length > 64 || nationalId.length > MAX) {
    return { ok: false, errors: [err('VALUE_TOO_LONG', `inputs are limited to ${MAX} characters`)] };
  }
  const cc = country.trim().toUpperCase();
  const primary = PRIMARY_SCHEME_BY_COUNTRY[cc];
  if (!primary || !Object.hasOwn(PRIMARY_SCHEME_BY_COUNTRY, cc))
    return { ok: false, errors: [countryError(cc)] };
  const s = scheme.trim().toLowerCase();
  const seg = segmentOf(primary);
  if (s !== primary && s !== `${cc.toLowerCase()}:${seg}` && s !== seg) {
    return {
      ok: false,
      errors: [
        err('UBIN_SCHEME', `a UBIN for ${cc} is anchored on ${primary}, got '${scheme.trim().slice(0, 64)}'`),
      ],
    };
  }
  const n = checkNational(cc, nationalId);
  if (!n.result.valid || n.result.normalized === null) return { ok: false, errors: n.result.errors };
  return { ok: true, ubin: `urn:ubin:${cc.toLowerCase()}:${seg}:${n.result.normalized}` };
}

interface Parsed {
  errors: IdentifierError[];
  national?: National;
}

function parse(urn: string): Parsed {
  const fmt = (m: string): Parsed => ({ errors: [err('UBIN_FORMAT', m)] });
  const v = urn.trim();
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 4; i++) {
    const j = v.indexOf(':', start);
    if (j < 0) return fmt('expected urn:ubin:<country>:<scheme>:<national id>');
    parts.push(v.slice(start, j));
    start = j + 1;
  }
  const [urnPart, nid, ccPart, schemePart] = parts as [string, string, string, string];
  const nationalId = v.slice(start);
  if (urnPart.toLowerCase() !== 'urn' || nid.toLowerCase() !== 'ubin') {
    return fmt(`expected the prefix 'urn:ubin:', got '${`${urnPart}:${nid}:`.slice(0, 24)}'`);
  }
  const cc = ccPart.toUpperCase();
  if (cc.length !== 2 || !Object.hasOwn(PRIMARY_SCHEME_BY_COUNTRY, cc))
    return { errors: [countryError(ccPart)] };
  const primary = PRIMARY_SCHEME_BY_COUNTRY[cc] as string;
  if (schemePart.toLowerCase() !== segmentOf(primary)) {
    return {
      errors: [
        err(
          'UBIN_SCHEME',
          `a UBIN for ${cc} uses scheme '${segmentOf(primary)}' (${primary}), got '${schemePart.slice(0, 16)}'`,
        ),
      ],
    };
  }
  if (nationalId.length === 0) return fmt('the national id after the scheme is missing');
  const national = checkNational(cc, nationalId);
  return { errors: national.result.errors, national };
}

export function parseUbin(urn: string): ParsedUbin {
  if (typeof urn !== 'string')
    return { valid: false, errors: [err('UBIN_FORMAT', 'a UBIN must be a string')] };
  if (urn.length > MAX)
    return { valid: false, errors: [err('VALUE_TOO_LONG', `longer than ${MAX} characters`)] };
  const p = parse(urn);
  if (!p.national) return { valid: false, errors: p.errors };
  const out: ParsedUbin = {
    valid: p.national.result.valid,
    country: p.national.cc,
    scheme: p.national.schemeId,
    errors: p.errors,
  };
  if (p.national.result.normalized !== null) out.nationalId = p.national.result.normalized;
  return out;
}

const UBIN_NOTE =
  'UBIN format is CrossTrust’s design (urn:ubin:<cc>:<scheme>:<national id>); ASEAN has not fixed one';

export function validateUbin(raw: string): IdentifierResult {
  const p = parse(raw);
  if (!p.national) return invalid('ubin', null, p.errors);
  const { cc, schemeId, result } = p.national;
  const canonical =
    result.normalized === null
      ? null
      : `urn:ubin:${cc.toLowerCase()}:${segmentOf(schemeId)}:${result.normalized}`;
  const details: Record<string, string> = { ...(result.details ?? {}), country: cc, scheme: schemeId };
  if (result.normalized !== null) details.nationalId = result.normalized;
  const notes = [...result.notes, UBIN_NOTE];
  if (!result.valid) return invalid('ubin', cc, result.errors, canonical, notes, details);
  return valid('ubin', cc, canonical as string, result.checkDigit, notes, details);
}

export const UBIN_COUNTRIES = Object.keys(PRIMARY_SCHEME_BY_COUNTRY);
