/**
 * Public API of the identifier toolkit: one function validates any scheme, plus the scheme registry, example
 * generation, UBIN building/parsing and domain normalisation. Everything here is pure (no I/O, clock or
 * randomness) and never throws: problems come back as errors with stable codes.
 */
import { findScheme, SCHEME_DEFS } from './schemes.ts';
import type { IdentifierResult, SchemeInfo } from './types.ts';
import { exampleIndex } from './util.ts';

export { normalizeDomain } from './domain.ts';
export type {
  BuildUbinResult,
  IdentifierError,
  IdentifierResult,
  NormalizedDomain,
  ParsedUbin,
  SchemeInfo,
} from './types.ts';
export { buildUbin, PRIMARY_SCHEME_BY_COUNTRY, parseUbin } from './ubin.ts';

/** Values longer than this are refused before any other work (identifiers are short; this bounds the cost). */
export const MAX_VALUE_LENGTH = 256;
const MAX_SCHEME_LENGTH = 64;

export const SCHEMES: readonly SchemeInfo[] = Object.freeze(SCHEME_DEFS.map((d) => d.info));

/** Case-insensitive; accepts the id ('vn-mst') and aliases ('VN:MST', 'vn:mst'). */
export function resolveScheme(name: string): SchemeInfo | undefined {
  if (typeof name !== 'string' || name.length > MAX_SCHEME_LENGTH) return undefined;
  return findScheme(name)?.info;
}

function early(scheme: string, country: string | null, code: string, message: string): IdentifierResult {
  return {
    scheme,
    valid: false,
    normalized: null,
    checkDigit: 'none',
    country,
    errors: [{ code, message }],
    notes: [],
  };
}

function validateUnsafe(input: { scheme: string; value: string }): IdentifierResult {
  if (typeof input !== 'object' || input === null) {
    return early('', null, 'SCHEME_UNKNOWN', 'expected an object {scheme, value}');
  }
  const scheme: unknown = input.scheme;
  if (typeof scheme !== 'string') return early('', null, 'SCHEME_UNKNOWN', 'scheme must be a string');
  const d = scheme.length <= MAX_SCHEME_LENGTH ? findScheme(scheme) : undefined;
  if (!d) {
    return early(
      scheme.slice(0, MAX_SCHEME_LENGTH),
      null,
      'SCHEME_UNKNOWN',
      `unknown identifier scheme '${scheme.slice(0, MAX_SCHEME_LENGTH)}'`,
    );
  }
  const { id, country } = d.info;
  const value: unknown = input.value;
  if (typeof value !== 'string')
    return early(
      id,
      country,
      'VALUE_NOT_STRING',
      `value must be a string, got ${value === null ? 'null' : typeof value}`,
    );
  if (value.length > MAX_VALUE_LENGTH) {
    return early(
      id,
      country,
      'VALUE_TOO_LONG',
      `value is ${value.length} characters long; at most ${MAX_VALUE_LENGTH} are accepted`,
    );
  }
  const trimmed = value.trim();
  if (trimmed.length === 0) return early(id, country, 'VALUE_EMPTY', 'no value given');
  return d.validate(trimmed);
}

/** Validates and normalises `value` under `scheme`. Never throws. */
export function validateIdentifier(input: { scheme: string; value: string }): IdentifierResult {
  try {
    return validateUnsafe(input);
  } catch {
    // Only reachable through hostile objects (throwing getters, proxies): the validators themselves do not throw.
    return early('', null, 'VALUE_NOT_STRING', 'the input could not be read');
  }
}

/**
 * The n-th (n ≥ 0) valid value of a scheme: deterministic, distinct for distinct n (far beyond 0..999).
 * For seed data and benchmarks. Returns '' for an unknown scheme.
 */
export function generateExample(scheme: string, n: number): string {
  const d = typeof scheme === 'string' && scheme.length <= MAX_SCHEME_LENGTH ? findScheme(scheme) : undefined;
  if (!d) return '';
  try {
    return d.example(exampleIndex(n));
  } catch {
    return '';
  }
}
