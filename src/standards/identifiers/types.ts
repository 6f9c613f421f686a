/**
 * Public types of the identifier toolkit. Kept in their own file so every scheme module can import them
 * without importing the registry (which would create import cycles).
 */

/** A problem found in a value. `code` is stable (other code and translations key on it); `message` is for people. */
export interface IdentifierError {
  code: string;
  message: string;
}

export interface IdentifierResult {
  /** Canonical scheme id, e.g. 'vn-mst' (or the input, cut to 64 characters, when the scheme is unknown). */
  scheme: string;
  valid: boolean;
  /** Canonical form (upper case, separators removed, …) when it could be computed, else null. */
  normalized: string | null;
  /**
   * 'verified' only when a check digit (or check letter) was computed and matched.
   * 'none' when the scheme or the matched format has no public check digit, or when the value failed before or at
   * the check; `errors` then say why.
   */
  checkDigit: 'verified' | 'none';
  /** ISO 3166-1 alpha-2 for national schemes (or the country a value names, e.g. an IBAN's), null otherwise. */
  country: string | null;
  errors: IdentifierError[];
  /** Notes for people, e.g. 'No public check-digit algorithm for this scheme; format checked only'. */
  notes: string[];
  /** Parsed parts, e.g. {year: '2019', entityType: 'local company', branch: '001'}. */
  details?: Record<string, string>;
}

export interface SchemeInfo {
  id: string;
  aliases: string[];
  country: string | null;
  name: string;
  /** True when the scheme (or at least its main format) has a public check-digit algorithm we verify. */
  checkDigit: boolean;
  example: string;
  /** Public source of the rules (register or tax authority page, statute, or reference implementation docs). */
  source: string;
}

export type BuildUbinResult = { ok: true; ubin: string } | { ok: false; errors: IdentifierError[] };

export interface ParsedUbin {
  valid: boolean;
  country?: string;
  scheme?: string;
  nationalId?: string;
  errors: IdentifierError[];
}

export interface NormalizedDomain {
  valid: boolean;
  ascii: string | null;
  unicode: string | null;
  registrable: string | null;
  publicSuffix: string | null;
  errors: IdentifierError[];
}
