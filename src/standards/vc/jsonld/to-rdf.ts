/**
 * Deserialize expanded JSON-LD to RDF (JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF, §8.2 Object to RDF
 * Conversion, §8.3 List to RDF Conversion, with the node map semantics of §7.2 Node Map Generation).
 *
 * Instead of materialising a node map, the expanded tree is walked once and quads are emitted directly: a node
 * object's properties go to the graph it appears in, `@graph` opens the graph named by the node, blank node
 * identifiers from the document are relabelled consistently, anonymous nodes and list cells get fresh blank nodes.
 * The node map's de-duplication is reproduced at the quad level (a dataset is a set).
 *
 * Safe mode, and agreement with jsonld.js (the reference implementation for eddsa-rdfc-2022): where jsonld.js
 * deviates from the specification, the document is refused instead of picking a side, so a signature we produce or
 * accept never depends on the quirk:
 *  - jsonld.js keeps value objects apart that differ only in JSON-LD form (e.g. `1` and `"1"^^xsd:integer`, or a
 *    different `@index`) and then emits the same quad twice; RDFC-1.0 treats the dataset as a set. Refused.
 *  - jsonld.js re-formats strings typed xsd:double (`"5"` → `5.0E0`); the spec keeps the lexical form. Refused
 *    unless both agree (the string already is the canonical double form).
 *  - jsonld.js writes non-integral numbers without a `.` in their ECMAScript form (e.g. 1e-7) as xsd:integer "0".
 *    Refused.
 */

import { isNQuadsSafeIri } from '../rdfc/nquads.ts';
import {
  blankNode,
  DEFAULT_GRAPH,
  literal,
  type NamedNode,
  namedNode,
  type Quad,
  RDF_FIRST,
  RDF_JSON,
  RDF_LANGSTRING,
  RDF_NIL,
  RDF_REST,
  RDF_TYPE,
  type Term,
  XSD_BOOLEAN,
  XSD_DOUBLE,
  XSD_INTEGER,
  XSD_STRING,
} from '../rdfc/types.ts';
import type { JsonObject, JsonValue } from '../types.ts';
import { fail } from './errors.ts';
import { isAbsoluteIri, isBlankNodeId, isKeyword } from './iri.ts';
import { canonicalJson } from './jcs.ts';

export const MAX_QUADS = 200_000;
const MAX_TO_RDF_DEPTH = 512;

const RDF_TYPE_NODE = Object.freeze(namedNode(RDF_TYPE)) as NamedNode;
const RDF_FIRST_NODE = Object.freeze(namedNode(RDF_FIRST)) as NamedNode;
const RDF_REST_NODE = Object.freeze(namedNode(RDF_REST)) as NamedNode;
const RDF_NIL_NODE = Object.freeze(namedNode(RDF_NIL)) as NamedNode;
/** Identity of quads that come from `@type` rather than from an explicit rdf:type property (see `emit`). */
const FROM_TYPE = '@type';

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: JsonValue | undefined): JsonValue[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * Canonical lexical form of an xsd:double (JSON-LD 1.1 API §8.6 Data Round Tripping): the mantissa of
 * `toExponential(15)` without trailing zeros (but at least one fractional digit), `E`, the exponent without `+`.
 */
export function canonicalDouble(v: number): string {
  const s = v.toExponential(15);
  const e = s.indexOf('e');
  if (e < 0) return s; // NaN, Infinity
  let mantissa = s.slice(0, e);
  let end = mantissa.length;
  while (end > 0 && mantissa.charCodeAt(end - 1) === 0x30 && mantissa.charCodeAt(end - 2) !== 0x2e) end--;
  mantissa = mantissa.slice(0, end);
  let exponent = s.slice(e + 1);
  if (exponent.charCodeAt(0) === 0x2b) exponent = exponent.slice(1);
  return `${mantissa}E${exponent}`;
}

/**
 * Validated, interned IRI terms. Property, type and datatype IRIs recur in every document (and their strings come
 * from the cached contexts, so their hashes are cached too); interning makes the validation a map lookup and lets
 * duplicate detection compare IRIs by identity. Frozen because they are shared between calls.
 */
const iriTerms = new Map<string, NamedNode>();
const MAX_INTERNED_IRIS = 50_000;

function internConstants(): void {
  for (const t of [RDF_TYPE_NODE, RDF_FIRST_NODE, RDF_REST_NODE, RDF_NIL_NODE]) iriTerms.set(t.value, t);
}
internConstants();

function iriTerm(iri: string, what: string): NamedNode {
  const hit = iriTerms.get(iri);
  if (hit !== undefined) return hit;
  if (!isAbsoluteIri(iri))
    fail('JSONLD_UNDEFINED_TERM', `${what} ${JSON.stringify(iri)} is not an absolute IRI`);
  if (!isNQuadsSafeIri(iri)) {
    fail('JSONLD_INVALID_VALUE', `${what} ${JSON.stringify(iri)} contains characters not allowed in IRIs`);
  }
  const t = Object.freeze(namedNode(iri)) as NamedNode;
  iriTerms.set(iri, t);
  return t;
}

/** One statement already made about a (subject, predicate): used to reproduce the node map's de-duplication. */
interface Made {
  o: Term;
  g: Term;
  /** Identity of the JSON-LD value (literals only; '' otherwise). */
  vk: string;
}

function sameObject(a: Term, b: Term): boolean {
  if (a === b) return true;
  // IRIs and blank nodes are interned within a call, so only literals need a structural comparison.
  return (
    a.termType === 'Literal' &&
    b.termType === 'Literal' &&
    a.value === b.value &&
    a.datatype === b.datatype &&
    a.language === b.language
  );
}

class RdfWriter {
  readonly quads: Quad[] = [];
  /** Statements made so far, by subject then predicate (terms compared by identity: they are interned). */
  private readonly made = new Map<Term, Map<Term, Made[]>>();
  private readonly labels = new Map<string, Term>();
  private readonly nodeIndex = new Map<string, string>();
  private readonly jsonIdentity = new WeakMap<object, number>();
  private counter = 0;
  private depth = 0;

  constructor() {
    // Bound the shared IRI cache between calls (never during one: identity comparisons rely on it).
    if (iriTerms.size > MAX_INTERNED_IRIS) {
      iriTerms.clear();
      internConstants();
    }
  }

  fresh(): Term {
    return blankNode(`b${this.counter++}`);
  }

  /** A node identifier from the expanded document: IRI, or blank node relabelled consistently (§7.4 Generate Blank Node Identifier). */
  node(id: string): Term {
    if (isBlankNodeId(id)) {
      let t = this.labels.get(id);
      if (t === undefined) {
        t = this.fresh();
        this.labels.set(id, t);
      }
      return t;
    }
    return iriTerm(id, 'identifier');
  }

  predicate(p: string): Term {
    if (isBlankNodeId(p))
      fail('JSONLD_UNDEFINED_TERM', `property ${p} is a blank node, which RDF does not allow`);
    return iriTerm(p, 'property');
  }

  private push(s: Term, p: Term, o: Term, g: Term): void {
    if (this.quads.length >= MAX_QUADS)
      fail('JSONLD_TOO_COMPLEX', `the document produces more than ${MAX_QUADS} quads`);
    this.quads.push({ subject: s, predicate: p, object: o, graph: g });
  }

  /**
   * Adds a quad unless the node map would already hold it (§7.2: values are added only if no equal value is present;
   * node references are equal by @id, value objects by @value/@type/@language/@index, which `vk` encodes).
   */
  emit(s: Term, p: Term, o: Term, g: Term, vk = ''): void {
    let byPredicate = this.made.get(s);
    if (byPredicate === undefined) {
      byPredicate = new Map();
      this.made.set(s, byPredicate);
    }
    let list = byPredicate.get(p);
    if (list === undefined) {
      list = [];
      byPredicate.set(p, list);
    } else {
      for (const m of list) {
        if (m.g === g && sameObject(m.o, o)) {
          if (m.vk !== vk) {
            fail(
              'JSONLD_INVALID_VALUE',
              `the same statement is made twice with differently written values (${o.value}); implementations disagree on such duplicates`,
            );
          }
          return;
        }
      }
    }
    list.push({ o, g, vk });
    this.push(s, p, o, g);
  }

  /** Top-level items of a graph: node objects (values and lists were refused during expansion). */
  graph(items: JsonValue[], g: Term): void {
    for (const item of items) {
      if (!isObject(item) || '@value' in item || '@list' in item) {
        fail('JSONLD_INVALID_VALUE', 'a graph can only contain node objects');
      }
      this.nodeObject(item, g);
    }
  }

  /** Processes a node object in graph `g` and returns its subject term. */
  nodeObject(el: JsonObject, g: Term): Term {
    if (++this.depth > MAX_TO_RDF_DEPTH) fail('JSONLD_TOO_COMPLEX', 'the document is nested too deeply');
    const idValue = el['@id'];
    let subject: Term;
    if (idValue === undefined) subject = this.fresh();
    else if (typeof idValue === 'string') subject = this.node(idValue);
    else fail('JSONLD_INVALID_VALUE', '@id must be a string');
    // Node map: the same identified node cannot carry two different indexes (conflicting indexes).
    const index = el['@index'];
    if (typeof index === 'string' && typeof idValue === 'string') {
      const prior = this.nodeIndex.get(idValue);
      if (prior !== undefined && prior !== index)
        fail('JSONLD_INVALID_VALUE', `conflicting @index values for ${idValue}`);
      this.nodeIndex.set(idValue, index);
    }
    for (const t of asArray(el['@type'])) {
      if (typeof t !== 'string') fail('JSONLD_INVALID_VALUE', '@type must contain strings');
      // jsonld.js keeps `@type` apart from an explicit rdf:type property and would then write the quad twice;
      // the distinct identity makes such a document an error instead.
      this.emit(subject, RDF_TYPE_NODE, this.node(t), g, FROM_TYPE);
    }
    const reverse = el['@reverse'];
    if (reverse !== undefined) {
      if (!isObject(reverse)) fail('JSONLD_INVALID_VALUE', '@reverse must be an object');
      for (const [prop, values] of Object.entries(reverse)) {
        const p = this.predicate(prop);
        for (const v of asArray(values)) {
          if (!isObject(v) || '@value' in v || '@list' in v)
            fail('JSONLD_INVALID_VALUE', 'invalid reverse value');
          this.emit(this.nodeObject(v, g), p, subject, g);
        }
      }
    }
    const graph = el['@graph'];
    if (graph !== undefined) this.graph(asArray(graph), subject);
    const included = el['@included'];
    if (included !== undefined) this.graph(asArray(included), g);
    for (const prop of Object.keys(el)) {
      if (isKeyword(prop)) continue;
      const p = this.predicate(prop);
      for (const v of asArray(el[prop])) this.object(subject, p, v, g);
    }
    this.depth--;
    return subject;
  }

  /** Emits `subject p value` for one expanded value (§8.2). */
  object(subject: Term, p: Term, v: JsonValue, g: Term): void {
    if (!isObject(v)) fail('JSONLD_INVALID_VALUE', 'expanded values must be objects');
    if ('@value' in v) {
      const [lit, valueKey] = this.literal(v);
      this.emit(subject, p, lit, g, valueKey);
    } else if ('@list' in v) {
      this.emit(subject, p, this.list(asArray(v['@list']), g), g);
    } else {
      this.emit(subject, p, this.nodeObject(v, g), g);
    }
  }

  /** §8.3 List to RDF Conversion: fresh blank nodes linked by rdf:first / rdf:rest, ending in rdf:nil. */
  list(items: JsonValue[], g: Term): Term {
    if (items.length === 0) return RDF_NIL_NODE;
    if (++this.depth > MAX_TO_RDF_DEPTH) fail('JSONLD_TOO_COMPLEX', 'the document is nested too deeply');
    const cells = items.map(() => this.fresh());
    for (let i = 0; i < items.length; i++) {
      const cell = cells[i]!;
      this.object(cell, RDF_FIRST_NODE, items[i]!, g);
      // A list cell is a fresh blank node with exactly one rest: no de-duplication needed.
      this.push(cell, RDF_REST_NODE, i + 1 < cells.length ? cells[i + 1]! : RDF_NIL_NODE, g);
    }
    this.depth--;
    return cells[0]!;
  }

  /** §8.2 steps 4–13 for value objects. Also returns the identity jsonld.js uses to de-duplicate values. */
  literal(v: JsonObject): [Term, string] {
    const value = v['@value'];
    const type = v['@type'];
    const language = v['@language'];
    const index = v['@index'];
    if (type !== undefined && typeof type !== 'string')
      fail('JSONLD_INVALID_VALUE', 'a value type must be a string');
    if (type !== undefined && type !== '@json') iriTerm(type, 'datatype');
    const tail = `|${type ?? ''}|${typeof language === 'string' ? language : ''}|${typeof index === 'string' ? index : ''}`;
    if (type === '@json') {
      const lexical = canonicalJson(value === undefined ? null : value);
      let identity: string;
      if (typeof value === 'object' && value !== null) {
        // jsonld.js compares @value with ===, so distinct JSON objects are distinct values.
        let n = this.jsonIdentity.get(value);
        if (n === undefined) {
          n = this.counter++;
          this.jsonIdentity.set(value, n);
        }
        identity = `o${n}`;
      } else identity = `${typeof value}:${String(value)}`;
      return [literal(lexical, RDF_JSON), identity + tail];
    }
    const identity = `${typeof value}:${String(value)}${tail}`;
    if (typeof value === 'boolean') return [literal(value ? 'true' : 'false', type ?? XSD_BOOLEAN), identity];
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) fail('JSONLD_INVALID_VALUE', 'numbers must be finite');
      const integral = Number.isInteger(value);
      if (!integral && type !== XSD_DOUBLE && !String(value).includes('.')) {
        fail(
          'JSONLD_INVALID_VALUE',
          `number ${value} has no agreed RDF form; write it as a string with a datatype`,
        );
      }
      if (!integral || Math.abs(value) >= 1e21 || type === XSD_DOUBLE) {
        return [literal(canonicalDouble(value), type ?? XSD_DOUBLE), identity];
      }
      return [literal(value.toFixed(0), type ?? XSD_INTEGER), identity];
    }
    if (typeof value !== 'string') fail('JSONLD_INVALID_VALUE', '@value must be a string, number or boolean');
    if (type === XSD_DOUBLE && canonicalDouble(Number.parseFloat(value)) !== value) {
      fail(
        'JSONLD_INVALID_VALUE',
        `xsd:double value ${JSON.stringify(value)} is not in canonical form; implementations disagree on how to write it`,
      );
    }
    if (typeof language === 'string') return [literal(value, RDF_LANGSTRING, language), identity];
    return [literal(value, type ?? XSD_STRING), identity];
  }
}

/** Converts the expanded document (top-level node objects of the default graph) to quads. */
export function expandedToQuads(expanded: JsonObject[]): Quad[] {
  const w = new RdfWriter();
  w.graph(expanded, DEFAULT_GRAPH);
  return w.quads;
}
