/**
 * RDF Dataset Canonicalization (RDFC-1.0, SHA-256) of JSON-LD documents, as the Data Integrity cryptosuite
 * `eddsa-rdfc-2022` requires: JSON-LD → RDF in safe mode (`toQuads`), then canonical N-Quads (`canonicalizeQuads`).
 *
 * Nothing here does I/O: contexts come from the caller's loader, and unknown contexts are an error. The functions
 * returning `Result` never throw, whatever the input (deeply nested, huge, cyclic-looking contexts, loops of remote
 * contexts, poison graphs).
 */
import { JsonLdError } from '../jsonld/errors.ts';
import { expandDocument } from '../jsonld/expand.ts';
import { expandedToQuads } from '../jsonld/to-rdf.ts';
import type { ContextLoader, JsonValue, Result, VcProblem } from '../types.ts';
import { type CanonicalizeOptions, canonicalizeDetailed, RdfcError } from './canonicalize.ts';
import type { Quad } from './types.ts';

export { type CanonicalizeOptions, DEFAULT_MAX_WORK, RdfcError } from './canonicalize.ts';
export { serializeNQuads } from './nquads.ts';
export * from './types.ts';

function problemOf(e: unknown): VcProblem {
  if (e instanceof JsonLdError) {
    return e.path === undefined
      ? { code: e.code, message: e.message }
      : { code: e.code, message: e.message, path: e.path };
  }
  if (e instanceof RdfcError) return { code: e.code, message: e.message };
  if (e instanceof RangeError) {
    // Stack or memory exhaustion on hostile input that slipped past the explicit limits.
    return { code: 'JSONLD_TOO_COMPLEX', message: `input too complex: ${e.message}` };
  }
  return {
    code: 'JSONLD_INVALID_VALUE',
    message: `input could not be processed: ${(e as Error)?.message ?? String(e)}`,
  };
}

/**
 * JSON-LD → RDF (JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF after §5.1 Expansion) in safe mode: any construct
 * that JSON-LD would silently drop is an error. Blank nodes are labelled `b0`, `b1`, … in no particular order.
 */
export function toQuads(doc: JsonValue, loader: ContextLoader): Result<Quad[]> {
  try {
    return { ok: true, value: expandedToQuads(expandDocument(doc, loader)) };
  } catch (e) {
    return { ok: false, problems: [problemOf(e)] };
  }
}

/**
 * RDFC-1.0 canonical N-Quads: one line per distinct quad, each ending in '\n', blank nodes labelled `_:c14nN`, lines
 * in code point order. Throws {@link RdfcError} (`RDFC_TOO_COMPLEX`) when the blank node structure is a poison graph
 * needing more N-degree work than allowed, and (`RDFC_INVALID_QUAD`) for quads RDF does not allow; use
 * {@link tryCanonicalizeQuads} for a `Result`.
 */
export function canonicalizeQuads(quads: Quad[], options?: CanonicalizeOptions): string {
  return canonicalizeDetailed(quads, options).nquads;
}

/** {@link canonicalizeQuads} returning a `Result` instead of throwing. */
export function tryCanonicalizeQuads(quads: Quad[], options?: CanonicalizeOptions): Result<string> {
  try {
    return { ok: true, value: canonicalizeDetailed(quads, options).nquads };
  } catch (e) {
    return { ok: false, problems: [problemOf(e)] };
  }
}

/**
 * `toQuads` then `canonicalizeQuads`: the canonical form that `eddsa-rdfc-2022` hashes. Besides the JSON-LD errors,
 * fails with `RDFC_TOO_COMPLEX` for poison graphs and with `RDFC_AMBIGUOUS_ORDER` in the one case where RDFC-1.0's
 * code point order and the UTF-16 order used by jsonld.js/rdf-canonize give different results (text mixing
 * characters above U+FFFF with U+E000–U+FFFF in competing positions), so no signature depends on that difference.
 */
export function canonize(doc: JsonValue, loader: ContextLoader): Result<string> {
  try {
    const quads = expandedToQuads(expandDocument(doc, loader));
    // toQuads already removed duplicate quads (node map semantics), so canonicalization can skip that pass.
    const r = canonicalizeDetailed(quads, undefined, true);
    if (r.orderDiffersFromUtf16) {
      return {
        ok: false,
        problems: [
          {
            code: 'RDFC_AMBIGUOUS_ORDER',
            message:
              'canonical order differs between Unicode code point order and UTF-16 order for this text',
          },
        ],
      };
    }
    return { ok: true, value: r.nquads };
  } catch (e) {
    return { ok: false, problems: [problemOf(e)] };
  }
}
