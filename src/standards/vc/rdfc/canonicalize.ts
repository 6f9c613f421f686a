/**
 * RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, https://www.w3.org/TR/rdf-canon/), with SHA-256.
 *
 * Section references are to that document: §4.4 Canonicalization Algorithm, §4.5 Issue Identifier, §4.6 Hash First
 * Degree Quads, §4.7 Hash Related Blank Node, §4.8 Hash N-Degree Quads, §5 Serialization, and the security
 * consideration on dataset poisoning (a limit on N-degree work is required).
 *
 * Performance notes: each quad is serialized once into its non-blank parts; blank nodes are small integers; first
 * degree hashes are computed once (they never change in RDFC-1.0, §4.4 step 3) and reused by §4.7. The N-degree
 * machinery only runs when first degree hashes collide.
 */
import { createHash } from 'node:crypto';
import { escapeIri, serializeLiteral } from './nquads.ts';
import type { Quad, Term } from './types.ts';

/** Thrown when the N-degree work budget is exhausted (dataset poisoning) or a quad is not valid RDF. */
export class RdfcError extends Error {
  constructor(
    readonly code: 'RDFC_TOO_COMPLEX' | 'RDFC_INVALID_QUAD',
    message: string,
  ) {
    super(message);
    this.name = 'RdfcError';
  }
}

export interface CanonicalizeOptions {
  /**
   * Budget for the N-degree hash work: every call of Hash N-Degree Quads (§4.8) and every permutation it explores
   * costs one unit. Typical credentials use 0; symmetric graphs of a few dozen blank nodes use hundreds. Poison
   * graphs grow factorially and hit the cap instead of hanging.
   */
  maxWork?: number;
}

export const DEFAULT_MAX_WORK = 20_000;

export interface CanonicalResult {
  nquads: string;
  /**
   * True when sorting by UTF-16 code units (what rdf-canonize/jsonld.js do) would have given a different result than
   * the Unicode code point order RDFC-1.0 requires. Only possible with both astral characters and U+E000–U+FFFF.
   */
  orderDiffersFromUtf16: boolean;
}

/** A quad with its non-blank components pre-serialized and blank nodes replaced by small integers. */
interface IQuad {
  s: string;
  p: string;
  /** Raw predicate IRI, used by Hash Related Blank Node (§4.7 step 2). */
  pIri: string;
  o: string;
  /** '' for the default graph. */
  g: string;
  sb: number;
  ob: number;
  gb: number;
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** Code point order (RDFC-1.0 "Unicode code point order"), used only when UTF-16 order could differ. */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) encode code points above U+FFFF, so they sort after U+E000–U+FFFF.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys && (xs ? y >= 0xe000 : x >= 0xe000)) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Bits recording characters whose relative order differs between UTF-16 and code points. */
const SURROGATE = 1;
const HIGH_BMP = 2;

function scanOrdering(s: string): number {
  let f = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800) f |= c <= 0xdfff ? SURROGATE : c >= 0xe000 ? HIGH_BMP : 0;
  }
  return f;
}

/**
 * Serialized IRIs with their ordering bits, shared between calls: the same predicate, type and datatype IRIs occur in
 * every credential. Bounded; cleared when full.
 */
const iriForms = new Map<string, { nq: string; f: number }>();
const MAX_IRI_FORMS = 50_000;

function iriForm(iri: string): { nq: string; f: number } {
  let form = iriForms.get(iri);
  if (form === undefined) {
    if (iriForms.size >= MAX_IRI_FORMS) iriForms.clear();
    form = { nq: `<${escapeIri(iri)}>`, f: scanOrdering(iri) };
    iriForms.set(iri, form);
  }
  return form;
}

/** Identifier issuer (§4.3 "Blank Node Identifier Issuer State"): ordered map from blank node to issued label. */
class Issuer {
  constructor(
    readonly prefix: string,
    readonly ids: Map<number, string> = new Map(),
    readonly order: number[] = [],
  ) {}

  /** §4.5 Issue Identifier. */
  issue(n: number): string {
    let id = this.ids.get(n);
    if (id === undefined) {
      id = this.prefix + this.order.length;
      this.ids.set(n, id);
      this.order.push(n);
    }
    return id;
  }

  clone(): Issuer {
    return new Issuer(this.prefix, new Map(this.ids), this.order.slice());
  }
}

class Canonicalizer {
  readonly mentions: number[][];
  readonly firstDegree: string[];
  readonly canonical: (string | undefined)[];
  canonicalCount = 0;
  work = 0;

  constructor(
    readonly quads: IQuad[],
    readonly bnodeCount: number,
    readonly maxWork: number,
    /** Undefined: UTF-16 order with the native comparison (equal to code point order for most text). */
    readonly compare: ((a: string, b: string) => number) | undefined,
  ) {
    this.mentions = Array.from({ length: bnodeCount }, () => []);
    this.firstDegree = new Array(bnodeCount);
    this.canonical = new Array(bnodeCount);
  }

  issueCanonical(n: number): void {
    if (this.canonical[n] === undefined) this.canonical[n] = `c14n${this.canonicalCount++}`;
  }

  spend(): void {
    if (++this.work > this.maxWork) {
      throw new RdfcError(
        'RDFC_TOO_COMPLEX',
        `blank node structure needs more than ${this.maxWork} N-degree hash steps (RDFC-1.0 dataset poisoning limit)`,
      );
    }
  }

  /** §4.6 Hash First Degree Quads: the reference node is `_:a`, every other blank node `_:z`. */
  hashFirstDegree(n: number): string {
    const lines: string[] = [];
    for (const qi of this.mentions[n]!) {
      const q = this.quads[qi]!;
      const s = q.sb < 0 ? q.s : q.sb === n ? '_:a' : '_:z';
      const o = q.ob < 0 ? q.o : q.ob === n ? '_:a' : '_:z';
      const g = q.gb < 0 ? q.g : q.gb === n ? '_:a' : '_:z';
      lines.push(g === '' ? `${s} ${q.p} ${o} .\n` : `${s} ${q.p} ${o} ${g} .\n`);
    }
    lines.sort(this.compare);
    return sha256(lines.join(''));
  }

  /** §4.7 Hash Related Blank Node. */
  hashRelated(related: number, q: IQuad, issuer: Issuer, position: 's' | 'o' | 'g'): string {
    let input: string = position;
    if (position !== 'g') input += `<${q.pIri}>`;
    const c = this.canonical[related];
    if (c !== undefined) input += `_:${c}`;
    else {
      const t = issuer.ids.get(related);
      input += t !== undefined ? `_:${t}` : this.firstDegree[related]!;
    }
    return sha256(input);
  }

  /** §4.8 Hash N-Degree Quads. Returns the hash and the issuer used to produce it. */
  hashNDegree(id: number, issuer: Issuer): { hash: string; issuer: Issuer } {
    this.spend();
    // Steps 1–3: group the related blank nodes by the hash of how they relate to `id`.
    const related = new Map<string, number[]>();
    const add = (hash: string, b: number) => {
      const list = related.get(hash);
      if (list) list.push(b);
      else related.set(hash, [b]);
    };
    for (const qi of this.mentions[id]!) {
      const q = this.quads[qi]!;
      if (q.sb >= 0 && q.sb !== id) add(this.hashRelated(q.sb, q, issuer, 's'), q.sb);
      if (q.ob >= 0 && q.ob !== id) add(this.hashRelated(q.ob, q, issuer, 'o'), q.ob);
      if (q.gb >= 0 && q.gb !== id) add(this.hashRelated(q.gb, q, issuer, 'g'), q.gb);
    }
    // Step 4–5: in code point order of related hash (hex, so plain comparison is code point order).
    let dataToHash = '';
    const hashes = [...related.keys()].sort();
    for (const relatedHash of hashes) {
      dataToHash += relatedHash;
      let chosenPath = '';
      let chosenIssuer: Issuer | undefined;
      const list = related.get(relatedHash)!;
      // Step 5.4: every permutation of the list. Generated with Steinhaus–Johnson–Trotter over positions so that
      // repeated entries (the same node related twice) are still enumerated like distinct ones.
      for (const perm of permutations(list)) {
        this.spend();
        let issuerCopy = issuer.clone();
        let path = '';
        const recursion: number[] = [];
        let skip = false;
        for (const r of perm) {
          const c = this.canonical[r];
          if (c !== undefined) path += `_:${c}`;
          else {
            if (!issuerCopy.ids.has(r)) recursion.push(r);
            path += `_:${issuerCopy.issue(r)}`;
          }
          // Step 5.4.4.3: prune permutations that can no longer beat the chosen path.
          if (chosenPath !== '' && path.length >= chosenPath.length && path > chosenPath) {
            skip = true;
            break;
          }
        }
        if (skip) continue;
        for (const r of recursion) {
          const result = this.hashNDegree(r, issuerCopy);
          path += `_:${issuerCopy.issue(r)}<${result.hash}>`;
          issuerCopy = result.issuer;
          if (chosenPath !== '' && path.length >= chosenPath.length && path > chosenPath) {
            skip = true;
            break;
          }
        }
        if (skip) continue;
        if (chosenPath === '' || path < chosenPath) {
          chosenPath = path;
          chosenIssuer = issuerCopy;
        }
      }
      dataToHash += chosenPath;
      issuer = chosenIssuer!;
    }
    return { hash: sha256(dataToHash), issuer };
  }

  /** §4.4 steps 3–5: assigns a canonical label to every blank node. */
  label(): void {
    const byHash = new Map<string, number[]>();
    for (let n = 0; n < this.bnodeCount; n++) {
      const h = this.hashFirstDegree(n);
      this.firstDegree[n] = h;
      const list = byHash.get(h);
      if (list) list.push(n);
      else byHash.set(h, [n]);
    }
    const hashes = [...byHash.keys()].sort();
    // Step 4: unique first degree hashes get canonical labels in hash order.
    const shared: number[][] = [];
    for (const h of hashes) {
      const list = byHash.get(h)!;
      if (list.length === 1) this.issueCanonical(list[0]!);
      else shared.push(list);
    }
    // Step 5: shared hashes, still in hash order.
    for (const list of shared) {
      const paths: { hash: string; issuer: Issuer }[] = [];
      for (const n of list) {
        if (this.canonical[n] !== undefined) continue;
        const temporary = new Issuer('b');
        temporary.issue(n);
        paths.push(this.hashNDegree(n, temporary));
      }
      // Array.prototype.sort is stable, so equal hashes keep their order (any order gives the same output there).
      paths.sort((a, b) => compareUnits(a.hash, b.hash));
      for (const r of paths) for (const n of r.issuer.order) this.issueCanonical(n);
    }
  }

  /** §5 Serialization: canonical labels, sorted, concatenated. */
  serialize(): string {
    const lines: string[] = new Array(this.quads.length);
    const c = this.canonical;
    for (let i = 0; i < this.quads.length; i++) {
      const q = this.quads[i]!;
      const s = q.sb < 0 ? q.s : `_:${c[q.sb]}`;
      const o = q.ob < 0 ? q.o : `_:${c[q.ob]}`;
      const g = q.gb < 0 ? q.g : `_:${c[q.gb]}`;
      lines[i] = g === '' ? `${s} ${q.p} ${o} .\n` : `${s} ${q.p} ${o} ${g} .\n`;
    }
    lines.sort(this.compare);
    return lines.join('');
  }
}

/**
 * Permutations of `list` by the Steinhaus–Johnson–Trotter method (adjacent transpositions of the largest mobile
 * element), starting from the list sorted by value and enumerating positions, so duplicates are not collapsed.
 */
function* permutations(list: number[]): Generator<number[]> {
  const items = list.slice().sort((a, b) => a - b);
  const n = items.length;
  if (n <= 1) {
    yield items;
    return;
  }
  // rank[i]: position of the element in sorted order (distinct even for duplicates); dir: -1 left, +1 right.
  const rank = Array.from({ length: n }, (_, i) => i);
  const dir = new Array<number>(n).fill(-1);
  for (;;) {
    yield rank.map((r) => items[r]!);
    let mobile = -1;
    for (let i = 0; i < n; i++) {
      const j = i + dir[i]!;
      if (j >= 0 && j < n && rank[i]! > rank[j]! && (mobile < 0 || rank[i]! > rank[mobile]!)) mobile = i;
    }
    if (mobile < 0) return;
    const k = rank[mobile]!;
    const j = mobile + dir[mobile]!;
    [rank[mobile], rank[j]] = [rank[j]!, rank[mobile]!];
    [dir[mobile], dir[j]] = [dir[j]!, dir[mobile]!];
    for (let i = 0; i < n; i++) if (rank[i]! > k) dir[i] = -dir[i]!;
  }
}

function invalid(message: string): RdfcError {
  return new RdfcError('RDFC_INVALID_QUAD', message);
}

interface Prepared {
  quads: IQuad[];
  bnodeCount: number;
  orderSensitive: boolean;
}

/**
 * §4.4 steps 1–2: numbers blank nodes and pre-serializes the other terms. Duplicate quads are dropped unless the
 * caller guarantees there are none (a dataset is a set; rdf-canonize likewise collapses duplicates when parsing).
 */
function prepare(input: Quad[], unique: boolean): Prepared {
  const labels = new Map<string, number>();
  let flags = 0;
  const seen = unique ? undefined : new Set<string>();
  const quads: IQuad[] = [];
  const bnode = (t: Term): number => {
    let n = labels.get(t.value);
    if (n === undefined) {
      n = labels.size;
      labels.set(t.value, n);
    }
    return n;
  };
  const form = (t: Term): string => {
    if (t.termType === 'NamedNode') {
      const f = iriForm(t.value);
      flags |= f.f;
      return f.nq;
    }
    if (t.termType === 'Literal') {
      flags |= scanOrdering(t.value);
      return serializeLiteral(t);
    }
    return '';
  };
  for (const q of input) {
    const { subject: s, predicate: p, object: o, graph: g } = q;
    if (s.termType !== 'NamedNode' && s.termType !== 'BlankNode')
      throw invalid('subject must be an IRI or blank node');
    if (p.termType !== 'NamedNode') throw invalid('predicate must be an IRI');
    if (o.termType === 'DefaultGraph') throw invalid('object must be an IRI, blank node or literal');
    if (g.termType === 'Literal') throw invalid('graph name must be an IRI or blank node');
    const sb = s.termType === 'BlankNode' ? bnode(s) : -1;
    const ob = o.termType === 'BlankNode' ? bnode(o) : -1;
    const gb = g.termType === 'BlankNode' ? bnode(g) : -1;
    const iq: IQuad = {
      s: sb < 0 ? form(s) : '',
      p: form(p),
      pIri: p.value,
      o: ob < 0 ? form(o) : '',
      g: gb < 0 ? form(g) : '',
      sb,
      ob,
      gb,
    };
    if (seen) {
      // Key with the input labels: equal keys are equal quads.
      const key = `${sb < 0 ? iq.s : `_:${sb}`} ${iq.p} ${ob < 0 ? iq.o : `_:${ob}`} ${gb < 0 ? iq.g : `_:${gb}`}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    quads.push(iq);
  }
  return {
    quads,
    bnodeCount: labels.size,
    orderSensitive: (flags & (SURROGATE | HIGH_BMP)) === (SURROGATE | HIGH_BMP),
  };
}

function run(
  prepared: Prepared,
  maxWork: number,
  compare: ((a: string, b: string) => number) | undefined,
): string {
  const c = new Canonicalizer(prepared.quads, prepared.bnodeCount, maxWork, compare);
  prepared.quads.forEach((q, i) => {
    // A quad that mentions the same blank node twice is listed once for it (the map holds a set of quads).
    if (q.sb >= 0) c.mentions[q.sb]!.push(i);
    if (q.ob >= 0 && q.ob !== q.sb) c.mentions[q.ob]!.push(i);
    if (q.gb >= 0 && q.gb !== q.sb && q.gb !== q.ob) c.mentions[q.gb]!.push(i);
  });
  if (prepared.bnodeCount > 0) c.label();
  return c.serialize();
}

/**
 * RDFC-1.0 canonical N-Quads of `quads`, throwing {@link RdfcError} for invalid quads or when the work budget is
 * exhausted. Duplicate quads are collapsed first, as RDFC-1.0 takes a dataset (a set of quads); `unique` skips that
 * step for callers that already guarantee distinct quads.
 */
export function canonicalizeDetailed(
  quads: Quad[],
  options: CanonicalizeOptions = {},
  unique = false,
): CanonicalResult {
  const maxWork = options.maxWork ?? DEFAULT_MAX_WORK;
  const prepared = prepare(quads, unique);
  if (!prepared.orderSensitive)
    return { nquads: run(prepared, maxWork, undefined), orderDiffersFromUtf16: false };
  const byCodePoint = run(prepared, maxWork, compareCodePoints);
  const byUnits = run(prepared, maxWork, undefined);
  return { nquads: byCodePoint, orderDiffersFromUtf16: byCodePoint !== byUnits };
}
