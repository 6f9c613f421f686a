/**
 * Canonical N-Quads serialization (RDFC-1.0 "canonical n-quads form", which refers to canonical N-Triples of
 * RDF 1.2 N-Triples, extended with a graph label): single spaces between terms, ` .\n` at the end, no escaping
 * except where the grammar leaves a choice.
 *
 * Literal escaping: U+0008 \b, U+0009 \t, U+000A \n, U+000C \f, U+000D \r, U+0022 \", U+005C \\ use ECHAR; the
 * remaining C0 controls and U+007F use UCHAR with upper-case hex; everything else is written as is.
 * IRIs: characters that IRIREF forbids (U+0000–U+0020 and <>"{}|^`\) never occur in IRIs we produce (toQuads refuses
 * them), but for arbitrary input quads they are written as UCHAR, as rdf-canonize does, so that output stays
 * parseable N-Quads.
 */
import type { Literal, Quad, Term } from './types.ts';
import { RDF_LANGSTRING, XSD_STRING } from './types.ts';

const HEX = '0123456789ABCDEF';

function uchar(code: number): string {
  return `\\u00${HEX[code >> 4]}${HEX[code & 15]}`;
}

function literalEscapeOf(code: number): string | undefined {
  switch (code) {
    case 0x08:
      return '\\b';
    case 0x09:
      return '\\t';
    case 0x0a:
      return '\\n';
    case 0x0c:
      return '\\f';
    case 0x0d:
      return '\\r';
    case 0x22:
      return '\\"';
    case 0x5c:
      return '\\\\';
    default:
      return code < 0x20 || code === 0x7f ? uchar(code) : undefined;
  }
}

/** Escapes the lexical form of a literal for STRING_LITERAL_QUOTE in canonical form. */
export function escapeLiteral(s: string): string {
  // Fast path: most literals need no escaping; a plain loop beats a regex test here.
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x7f) break;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const e = c < 0x20 || c === 0x22 || c === 0x5c || c === 0x7f ? literalEscapeOf(c) : undefined;
    out += e === undefined ? s[i] : e;
  }
  return out;
}

function iriNeedsEscape(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x3c || // <
    c === 0x3e || // >
    c === 0x22 || // "
    c === 0x7b || // {
    c === 0x7d || // }
    c === 0x7c || // |
    c === 0x5e || // ^
    c === 0x60 || // `
    c === 0x5c // \
  );
}

/** True when every character of `iri` may appear unescaped in an N-Quads IRIREF. */
export function isNQuadsSafeIri(iri: string): boolean {
  for (let i = 0; i < iri.length; i++) if (iriNeedsEscape(iri.charCodeAt(i))) return false;
  return true;
}

export function escapeIri(s: string): string {
  if (isNQuadsSafeIri(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += iriNeedsEscape(c) ? uchar(c) : s[i];
  }
  return out;
}

export function serializeLiteral(t: Literal): string {
  const body = `"${escapeLiteral(t.value)}"`;
  if (t.datatype === RDF_LANGSTRING) return t.language ? `${body}@${t.language}` : body;
  if (t.datatype === XSD_STRING) return body;
  return `${body}^^<${escapeIri(t.datatype)}>`;
}

/** One term in canonical form; blank nodes keep their own label. The default graph serializes as ''. */
export function serializeTerm(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${escapeIri(t.value)}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal':
      return serializeLiteral(t);
    default:
      return '';
  }
}

export function serializeQuad(q: Quad): string {
  const g = serializeTerm(q.graph);
  return `${serializeTerm(q.subject)} ${serializeTerm(q.predicate)} ${serializeTerm(q.object)}${g === '' ? '' : ` ${g}`} .\n`;
}

/** Serializes quads in the given order, with their own blank node labels, one canonical N-Quads line each. */
export function serializeNQuads(quads: Quad[]): string {
  let out = '';
  for (const q of quads) out += serializeQuad(q);
  return out;
}
