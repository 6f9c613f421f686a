/**
 * RDF terms and quads as produced by JSON-LD → RDF deserialization and consumed by RDFC-1.0.
 *
 * Literals carry their datatype as an IRI string. There is deliberately no `direction` on literals: RDF 1.1
 * N-Quads (the serialization RDFC-1.0 hashes) cannot express base direction, and jsonld.js in safe mode rejects
 * `@direction` when no `rdfDirection` is chosen, so documents using it are refused (fail closed) instead of being
 * turned into a lossy literal.
 */

export interface NamedNode {
  termType: 'NamedNode';
  value: string;
}

/** `value` is the label without the `_:` prefix. */
export interface BlankNode {
  termType: 'BlankNode';
  value: string;
}

export interface Literal {
  termType: 'Literal';
  /** Lexical form. */
  value: string;
  /** Datatype IRI; `rdf:langString` when `language` is set. */
  datatype: string;
  /** Lower-cased BCP 47 tag, only for `rdf:langString` literals. */
  language?: string;
}

export interface DefaultGraph {
  termType: 'DefaultGraph';
  value: '';
}

export type Term = NamedNode | BlankNode | Literal | DefaultGraph;

export interface Quad {
  subject: Term;
  predicate: Term;
  object: Term;
  graph: Term;
}

export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';
export const RDF_TYPE = `${RDF_NS}type`;
export const RDF_FIRST = `${RDF_NS}first`;
export const RDF_REST = `${RDF_NS}rest`;
export const RDF_NIL = `${RDF_NS}nil`;
export const RDF_LANGSTRING = `${RDF_NS}langString`;
export const RDF_JSON = `${RDF_NS}JSON`;
export const XSD_STRING = `${XSD_NS}string`;
export const XSD_BOOLEAN = `${XSD_NS}boolean`;
export const XSD_INTEGER = `${XSD_NS}integer`;
export const XSD_DOUBLE = `${XSD_NS}double`;

export const DEFAULT_GRAPH: DefaultGraph = Object.freeze({
  termType: 'DefaultGraph',
  value: '',
}) as DefaultGraph;

export function namedNode(value: string): NamedNode {
  return { termType: 'NamedNode', value };
}

export function blankNode(value: string): BlankNode {
  return { termType: 'BlankNode', value };
}

export function literal(value: string, datatype: string, language?: string): Literal {
  return language === undefined
    ? { termType: 'Literal', value, datatype }
    : { termType: 'Literal', value, datatype, language };
}
