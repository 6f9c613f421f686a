/**
 * Check-digit algorithms shared by several schemes. All take strings already known to hold the right characters
 * (the callers check format first) and run in one pass without allocation.
 */

/**
 * GS1 mod-10 check digit over the digits before the check digit: from the right, weights 3, 1, 3, 1, …;
 * check = (10 − sum mod 10) mod 10. Source: GS1 General Specifications §7.9.1 "Standard check digit calculations
 * for GS1 data structures" (https://www.gs1.org/services/how-calculate-check-digit-manually).
 */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  let weight = 3;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - 48) * weight;
    weight = weight === 3 ? 1 : 3;
  }
  return (10 - (sum % 10)) % 10;
}

/** Luhn (ISO/IEC 7812-1 annex B) check digit for the digits in `body`. */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  let double = true; // the digit next to the (future) check digit is doubled
  for (let i = body.length - 1; i >= 0; i--) {
    let d = body.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Remainder mod 97 of an alphanumeric string read as a number with letters A=10 … Z=35 (ISO 7064 MOD 97-10 as used
 * by ISO 17442 LEI and ISO 13616 IBAN). Processed piecewise so no big integers are needed.
 */
export function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else r = (r * 100 + (c - 55)) % 97; // 'A' (65) → 10
  }
  return r;
}

/** Σ digit_i × weights_i over the first weights.length digits of s. */
export function weightedSum(s: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (s.charCodeAt(i) - 48) * (weights[i] as number);
  return sum;
}
