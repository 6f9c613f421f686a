/**
 * Small shared helpers: cleaning input and building results. Every scheme module works on a string that
 * `validateIdentifier` has already checked (a string, at most 256 characters, trimmed, not empty), but the helpers
 * stay safe on any string so that scheme modules can also be called directly.
 */
import type { IdentifierError, IdentifierResult } from './types.ts';

export const NO_CHECK_DIGIT_NOTE = 'No public check-digit algorithm for this scheme; format checked only';

export interface Compacted {
  /** The value without separators, ASCII letters upper-cased. */
  value: string;
  /** Error when a character outside printable ASCII was found (unicode look-alikes, control characters). */
  error: string | null;
}

/**
 * Removes the given separator characters and upper-cases ASCII letters. Any character outside printable ASCII is
 * reported instead of being mapped: a Cyrillic 'О' or a full-width '１' that looks like a valid character is a
 * classic spoofing trick, so we refuse it with its code point rather than silently folding it.
 */
export function compact(input: string, separators: string): Compacted {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) {
      // Spaces, tabs and no-break spaces (common when copying from documents) count as the space separator.
      if ((c === 0x20 || c === 0x09 || c === 0xa0) && separators.includes(' ')) continue;
      return { value: out, error: `unexpected character ${describeChar(input, i)} at position ${i + 1}` };
    }
    const ch = input[i] as string;
    if (separators.includes(ch)) continue;
    out += c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : ch;
  }
  return { value: out, error: null };
}

/** 'U+0410' style description of the character at index i (whole code point, for surrogate pairs). */
export function describeChar(s: string, i: number): string {
  const cp = s.codePointAt(i) ?? 0;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return cp >= 0x21 && cp <= 0x7e ? `'${String.fromCodePoint(cp)}'` : `U+${hex}`;
}

export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function isUpperLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

export function isUpperAlnum(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/** Digit value of the character at i (caller has checked it is a digit). */
export function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

export function err(code: string, message: string): IdentifierError {
  return { code, message };
}

export function invalid(
  scheme: string,
  country: string | null,
  errors: IdentifierError[],
  normalized: string | null = null,
  notes: string[] = [],
  details?: Record<string, string>,
): IdentifierResult {
  const r: IdentifierResult = {
    scheme,
    valid: false,
    normalized,
    checkDigit: 'none',
    country,
    errors,
    notes,
  };
  if (details) r.details = details;
  return r;
}

export function valid(
  scheme: string,
  country: string | null,
  normalized: string,
  checkDigit: 'verified' | 'none',
  notes: string[] = [],
  details?: Record<string, string>,
): IdentifierResult {
  const r: IdentifierResult = { scheme, valid: true, normalized, checkDigit, country, errors: [], notes };
  if (details) r.details = details;
  return r;
}

/** 'expected 10 digits, got 9' — plural-aware, used in many length messages. */
export function countOf(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Left-pads the decimal form of a non-negative integer. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Turns any number into a usable example index: non-negative integer, 0 for NaN. */
export function exampleIndex(n: number): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return 0;
  return Math.floor(n) % 1_000_000_000;
}

/** Letters A–Z for k in base 26, `width` letters (used to derive distinct alphabetic codes in examples). */
export function letters(k: number, width: number): string {
  let out = '';
  let x = k;
  for (let i = 0; i < width; i++) {
    out = String.fromCharCode(65 + (x % 26)) + out;
    x = Math.floor(x / 26);
  }
  return out;
}
