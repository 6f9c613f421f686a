/**
 * Website domains, the key by which consumers look up a certified shop.
 * Steps: take the host out of a URL if one is given (scheme, user info, path, query, fragment, port), drop one
 * trailing dot, map to ASCII with IDNA/UTS #46 (Node's url.domainToASCII, the WHATWG URL host parser), then check
 * the hostname rules of RFC 1035/1123 (labels of letters, digits and hyphens, 1–63 octets, 253 in all, no hyphen at
 * either end) and find the public suffix and registrable domain in the ICANN section of the Public Suffix List
 * (tldts, private suffixes such as blogspot.com ignored, so the registrable domain is the part a registrar sold).
 * IP addresses are refused: a trustmark is bound to a name, not an address.
 * Sources: RFC 1035 §2.3.1, RFC 1123 §2.1, RFC 5890–5892 (IDNA2008), UTS #46, https://publicsuffix.org/.
 */
import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import type { IdentifierError, IdentifierResult, NormalizedDomain } from './types.ts';
import { describeChar, err, invalid, valid } from './util.ts';

const MAX_INPUT = 2048;

interface Analysis extends NormalizedDomain {
  notes: string[];
}

function fail(errors: IdentifierError[], ascii: string | null = null): Analysis {
  return { valid: false, ascii, unicode: null, registrable: null, publicSuffix: null, errors, notes: [] };
}

/** Pulls the host out of a URL or host[:port] string. Linear scans only (no regular expressions on raw input). */
function extractHost(input: string): string {
  let s = input;
  const schemeEnd = s.indexOf('://');
  if (schemeEnd > 0 && schemeEnd < 32) {
    let scheme = true;
    for (let i = 0; i < schemeEnd; i++) {
      const c = s.charCodeAt(i) | 0x20;
      if (!((c >= 97 && c <= 122) || (i > 0 && (c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57))))) {
        scheme = false;
        break;
      }
    }
    if (scheme) s = s.slice(schemeEnd + 3);
  } else if (s.startsWith('//')) {
    s = s.slice(2);
  }
  let end = s.length;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 47 || ch === 63 || ch === 35 || ch === 92) {
      end = i; // '/', '?', '#', '\'
      break;
    }
  }
  s = s.slice(0, end);
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  if (s.startsWith('[')) return s; // IPv6 literal, refused later
  const colon = s.lastIndexOf(':');
  if (colon >= 0) {
    const port = s.slice(colon + 1);
    let digits = true;
    for (let i = 0; i < port.length; i++) {
      const c = port.charCodeAt(i);
      if (c < 48 || c > 57) digits = false;
    }
    if (digits) s = s.slice(0, colon);
  }
  return s;
}

function isIpv4(host: string): boolean {
  const parts = host.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3) return false;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
  }
  return true;
}

/** Checks an ASCII hostname label by label; returns the first problem or null. */
function ldhError(ascii: string): string | null {
  if (ascii.length > 253) return `the name is ${ascii.length} characters long; at most 253 are allowed`;
  const labels = ascii.split('.');
  if (labels.length < 2) return 'a domain needs at least two labels (name and public suffix)';
  for (const label of labels) {
    if (label.length === 0) return 'empty label (two dots in a row, or a leading dot)';
    if (label.length > 63)
      return `label '${label.slice(0, 20)}…' is ${label.length} characters long; at most 63 are allowed`;
    if (label.charCodeAt(0) === 45 || label.charCodeAt(label.length - 1) === 45) {
      return `label '${label}' must not start or end with a hyphen`;
    }
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) {
        return `label '${label}' contains ${describeChar(label, i)}; only letters, digits and hyphens are allowed`;
      }
    }
  }
  return null;
}

/** Letters of two scripts in one label (e.g. Latin with Cyrillic) are the classic look-alike domain trick. */
function mixedScript(label: string): boolean {
  let latin = false;
  let other = false;
  for (const ch of label) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 97 && cp <= 122) || (cp >= 0xc0 && cp <= 0x24f)) latin = true;
    else if ((cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x400 && cp <= 0x52f)) other = true;
  }
  return latin && other;
}

function analyse(input: unknown): Analysis {
  if (typeof input !== 'string') return fail([err('VALUE_NOT_STRING', 'a domain must be a string')]);
  if (input.length > MAX_INPUT) return fail([err('VALUE_TOO_LONG', `longer than ${MAX_INPUT} characters`)]);
  const trimmed = input.trim();
  if (trimmed.length === 0) return fail([err('VALUE_EMPTY', 'no domain given')]);
  let host = extractHost(trimmed);
  if (host.startsWith('[')) return fail([err('DOMAIN_IP_ADDRESS', 'IP addresses are not domains')]);
  if (host.endsWith('.')) host = host.slice(0, -1); // the root label; "example.com." names example.com
  if (host.length === 0) return fail([err('DOMAIN_FORMAT', 'no host name found')]);
  if (host.length > 1024)
    return fail([err('DOMAIN_FORMAT', 'the host name is far longer than 253 characters')]);
  const ascii = domainToASCII(host);
  if (ascii === '') {
    return fail([err('DOMAIN_FORMAT', 'not a valid internationalised domain name (IDNA mapping failed)')]);
  }
  if (isIpv4(ascii)) return fail([err('DOMAIN_IP_ADDRESS', 'IP addresses are not domains')]);
  const problem = ldhError(ascii);
  if (problem) return fail([err('DOMAIN_FORMAT', problem)]);
  const psl = parse(ascii, {
    allowPrivateDomains: false,
    extractHostname: false,
    validateHostname: false,
    detectIp: false,
    mixedInputs: false,
  });
  if (psl.isIcann !== true || !psl.publicSuffix) {
    return fail(
      [
        err(
          'DOMAIN_NO_PUBLIC_SUFFIX',
          `'${ascii.slice(ascii.lastIndexOf('.') + 1)}' is not a public suffix on the ICANN list`,
        ),
      ],
      ascii,
    );
  }
  if (!psl.domain) {
    return fail(
      [err('DOMAIN_PUBLIC_SUFFIX_ONLY', `'${ascii}' is itself a public suffix; no registrable domain`)],
      ascii,
    );
  }
  const unicode = domainToUnicode(ascii) || ascii;
  const notes: string[] = [];
  if (unicode !== ascii) notes.push(`Internationalised domain; shown to people as ${unicode}`);
  for (const label of unicode.split('.')) {
    if (mixedScript(label)) {
      notes.push(
        `Label '${label}' mixes Latin with Greek or Cyrillic letters; check it is not a look-alike of another name`,
      );
      break;
    }
  }
  return {
    valid: true,
    ascii,
    unicode,
    registrable: psl.domain,
    publicSuffix: psl.publicSuffix,
    errors: [],
    notes,
  };
}

export function normalizeDomain(input: string): NormalizedDomain {
  let a: Analysis;
  try {
    a = analyse(input);
  } catch {
    // url.domainToASCII and tldts do not throw on strings; this is a last line of defence for hostile input.
    a = fail([err('DOMAIN_FORMAT', 'the domain could not be parsed')]);
  }
  return {
    valid: a.valid,
    ascii: a.ascii,
    unicode: a.unicode,
    registrable: a.registrable,
    publicSuffix: a.publicSuffix,
    errors: a.errors,
  };
}

export function validateDomain(raw: string): IdentifierResult {
  let a: Analysis;
  try {
    a = analyse(raw);
  } catch {
    a = fail([err('DOMAIN_FORMAT', 'the domain could not be parsed')]);
  }
  if (!a.valid) return invalid('domain', null, a.errors, a.ascii);
  const details: Record<string, string> = {
    unicode: a.unicode as string,
    registrable: a.registrable as string,
    publicSuffix: a.publicSuffix as string,
  };
  return valid('domain', null, a.ascii as string, 'none', a.notes, details);
}

/** Example shop domains under ASEAN country-code suffixes. */
const SUFFIXES = [
  'com.vn',
  'vn',
  'co.th',
  'com.sg',
  'com.my',
  'co.id',
  'com.ph',
  'com.bn',
  'com.kh',
  'la',
  'com.mm',
];

export function exampleDomain(n: number): string {
  const suffix = SUFFIXES[n % SUFFIXES.length] as string;
  return `shop-${n}.${suffix}`;
}
