/**
 * Errors of the JSON-LD processor. Internally the algorithms throw {@link JsonLdError}; the public entry points catch
 * it (and anything else, e.g. a stack overflow on hostile input) and return a `Result` instead.
 */

export type JsonLdErrorCode =
  /** The loader does not know a referenced context URL. Contexts are never fetched. */
  | 'JSONLD_CONTEXT_UNKNOWN'
  /** Any other problem with a context (syntax, invalid term definition, cycles in term definitions…). */
  | 'JSONLD_INVALID_CONTEXT'
  /** A protected term would be redefined differently, or a context with protected terms would be nulled. */
  | 'JSONLD_PROTECTED_TERM_REDEFINITION'
  /** Data would be dropped (safe mode): a property or type or identifier that does not expand to an absolute IRI. */
  | 'JSONLD_UNDEFINED_TERM'
  /** Malformed or unsupported JSON-LD values, or data that JSON-LD processing would silently drop. */
  | 'JSONLD_INVALID_VALUE'
  /** A processing limit was hit: nesting depth, number of nodes, context recursion. */
  | 'JSONLD_TOO_COMPLEX';

export class JsonLdError extends Error {
  constructor(
    readonly code: JsonLdErrorCode,
    message: string,
    public path?: string,
  ) {
    super(message);
    this.name = 'JsonLdError';
  }
}

export function fail(code: JsonLdErrorCode, message: string): never {
  throw new JsonLdError(code, message);
}
