/**
 * RDFC-1.0 on quads, differentially tested against rdf-canonize (an independent implementation) on random and
 * deliberately symmetric blank node graphs, plus the specification's worked examples, N-Quads escaping, the
 * poison-graph budget, and code point ordering.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { canonicalizeDetailed } from './canonicalize.ts';
import {
  blankNode,
  canonicalizeQuads,
  DEFAULT_GRAPH,
  literal,
  namedNode,
  type Quad,
  RDF_LANGSTRING,
  RdfcError,
  serializeNQuads,
  type Term,
  tryCanonicalizeQuads,
  XSD_INTEGER,
  XSD_STRING,
} from './index.ts';

const require = createRequire(import.meta.url);
const rdfCanonize = require('rdf-canonize') as {
  canonize(input: string, options: Record<string, unknown>): Promise<string>;
  NQuads: { serializeQuad(q: unknown): string };
};

async function reference(quads: Quad[]): Promise<string> {
  return rdfCanonize.canonize(serializeNQuads(quads), {
    algorithm: 'RDFC-1.0',
    inputFormat: 'application/n-quads',
    maxWorkFactor: Number.POSITIVE_INFINITY,
  });
}

/** Deterministic PRNG (mulberry32) so that failures are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ex = (s: string) => namedNode(`http://example.org/${s}`);
const q = (s: Term, p: Term, o: Term, g: Term = DEFAULT_GRAPH): Quad => ({
  subject: s,
  predicate: p,
  object: o,
  graph: g,
});

function randomGraph(rand: () => number): Quad[] {
  const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)]!;
  const blanks = Array.from({ length: 1 + Math.floor(rand() * 9) }, (_, i) => blankNode(`r${i}`));
  const iris = [ex('a'), ex('b'), namedNode('urn:example:c')];
  const predicates = [ex('p'), ex('q'), ex('r')].slice(0, 1 + Math.floor(rand() * 3));
  const literals = [
    literal('v', XSD_STRING),
    literal('line "quoted"\n\ttab\\', XSD_STRING),
    literal('chào', RDF_LANGSTRING, 'vi'),
    literal('1', XSD_INTEGER),
  ];
  const quads: Quad[] = [];
  const count = 1 + Math.floor(rand() * 24);
  for (let i = 0; i < count; i++) {
    const s = rand() < 0.8 ? pick(blanks) : pick(iris);
    const r = rand();
    const o = r < 0.6 ? pick(blanks) : r < 0.8 ? pick(iris) : pick(literals);
    const g = rand() < 0.75 ? DEFAULT_GRAPH : rand() < 0.5 ? pick(blanks) : pick(iris);
    quads.push(q(s, pick(predicates), o, g));
  }
  return quads;
}

/** Directed cycle of n blank nodes, all alike. */
function ring(n: number, prefix = 'c'): Quad[] {
  return Array.from({ length: n }, (_, i) =>
    q(blankNode(`${prefix}${i}`), ex('next'), blankNode(`${prefix}${(i + 1) % n}`)),
  );
}

describe('canonicalizeQuads: differential against rdf-canonize', () => {
  it('600 random blank node graphs (seeded)', async () => {
    const rand = prng(20240611);
    for (let i = 0; i < 600; i++) {
      const quads = randomGraph(rand);
      const expected = await reference(quads);
      const actual = canonicalizeQuads(quads, { maxWork: 1_000_000 });
      if (actual !== expected) throw new Error(`graph ${i} differs:\n${serializeNQuads(quads)}`);
    }
  });

  const symmetric: Record<string, Quad[]> = {
    'ring of 3': ring(3),
    'ring of 8': ring(8),
    'two rings of 4 (disjoint, isomorphic)': [...ring(4, 'a'), ...ring(4, 'b')],
    'ring of 3 and ring of 6': [...ring(3, 'a'), ...ring(6, 'b')],
    'double circle (spec example)': [
      q(blankNode('e0'), ex('next'), blankNode('e1')),
      q(blankNode('e0'), ex('prev'), blankNode('e2')),
      q(blankNode('e1'), ex('next'), blankNode('e2')),
      q(blankNode('e1'), ex('prev'), blankNode('e0')),
      q(blankNode('e2'), ex('next'), blankNode('e0')),
      q(blankNode('e2'), ex('prev'), blankNode('e1')),
      q(blankNode('e3'), ex('next'), blankNode('e4')),
      q(blankNode('e3'), ex('prev'), blankNode('e5')),
      q(blankNode('e4'), ex('next'), blankNode('e5')),
      q(blankNode('e4'), ex('prev'), blankNode('e3')),
      q(blankNode('e5'), ex('next'), blankNode('e3')),
      q(blankNode('e5'), ex('prev'), blankNode('e4')),
    ],
    'complete graph K4 (undirected as two directed edges)': Array.from({ length: 4 }, (_, i) =>
      Array.from({ length: 4 }, (_, j) =>
        i === j ? [] : [q(blankNode(`k${i}`), ex('edge'), blankNode(`k${j}`))],
      ).flat(),
    ).flat(),
    'star of identical leaves': Array.from({ length: 5 }, (_, i) =>
      q(ex('hub'), ex('leaf'), blankNode(`l${i}`)),
    ),
    'same quad in several named graphs': [
      q(blankNode('a'), ex('p'), blankNode('b'), ex('g1')),
      q(blankNode('a'), ex('p'), blankNode('b'), ex('g2')),
      q(blankNode('b'), ex('p'), blankNode('a'), ex('g1')),
    ],
    'blank node graph names': [
      q(ex('s'), ex('p'), literal('x', XSD_STRING), blankNode('g1')),
      q(ex('s'), ex('p'), literal('x', XSD_STRING), blankNode('g2')),
      q(blankNode('g1'), ex('created'), literal('2024', XSD_STRING)),
      q(blankNode('g2'), ex('created'), literal('2024', XSD_STRING)),
    ],
    'self loop': [q(blankNode('a'), ex('p'), blankNode('a')), q(blankNode('b'), ex('p'), blankNode('b'))],
  };
  for (const [name, quads] of Object.entries(symmetric)) {
    it(name, async () => {
      expect(canonicalizeQuads(quads)).toBe(await reference(quads));
    });
  }

  it('collapses duplicate quads (a dataset is a set), like rdf-canonize', async () => {
    const quads = [
      q(blankNode('a'), ex('p'), literal('x', XSD_STRING)),
      q(blankNode('a'), ex('p'), literal('x', XSD_STRING)),
    ];
    const out = canonicalizeQuads(quads);
    expect(out).toBe('_:c14n0 <http://example.org/p> "x" .\n');
    expect(out).toBe(await reference(quads));
  });

  it('input blank node labels do not matter', () => {
    const a = ring(5, 'x');
    const b = ring(5, 'different-label-');
    expect(canonicalizeQuads(a)).toBe(canonicalizeQuads(b.reverse()));
  });
});

describe('canonicalizeQuads: RDFC-1.0 specification examples', () => {
  it('unique hashes example (§4.4 examples)', () => {
    const quads = [
      q(namedNode('http://example.com/#p'), namedNode('http://example.com/#q'), blankNode('e0')),
      q(namedNode('http://example.com/#p'), namedNode('http://example.com/#r'), blankNode('e1')),
      q(blankNode('e0'), namedNode('http://example.com/#s'), namedNode('http://example.com/#u')),
      q(blankNode('e1'), namedNode('http://example.com/#t'), namedNode('http://example.com/#u')),
    ];
    expect(canonicalizeQuads(quads)).toBe(
      [
        '<http://example.com/#p> <http://example.com/#q> _:c14n0 .',
        '<http://example.com/#p> <http://example.com/#r> _:c14n1 .',
        '_:c14n0 <http://example.com/#s> <http://example.com/#u> .',
        '_:c14n1 <http://example.com/#t> <http://example.com/#u> .',
        '',
      ].join('\n'),
    );
  });

  it('shared hashes example (§4.4 examples)', () => {
    const p = namedNode('http://example.com/#p');
    const quads = [
      q(p, namedNode('http://example.com/#q'), blankNode('e0')),
      q(p, namedNode('http://example.com/#q'), blankNode('e1')),
      q(blankNode('e0'), p, blankNode('e2')),
      q(blankNode('e1'), p, blankNode('e3')),
      q(blankNode('e2'), namedNode('http://example.com/#r'), blankNode('e3')),
    ];
    expect(canonicalizeQuads(quads)).toBe(
      [
        '<http://example.com/#p> <http://example.com/#q> _:c14n2 .',
        '<http://example.com/#p> <http://example.com/#q> _:c14n3 .',
        '_:c14n0 <http://example.com/#r> _:c14n1 .',
        '_:c14n2 <http://example.com/#p> _:c14n1 .',
        '_:c14n3 <http://example.com/#p> _:c14n0 .',
        '',
      ].join('\n'),
    );
  });
});

describe('N-Quads serialization', () => {
  const rdfCanonizeForm = (t: Term): unknown =>
    t.termType === 'Literal'
      ? {
          termType: 'Literal',
          value: t.value,
          datatype: { termType: 'NamedNode', value: t.datatype },
          language: t.language,
        }
      : t;

  it('escapes literals and IRIs like rdf-canonize (canonical N-Quads)', () => {
    const all = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i)).join('');
    const quads = [
      q(ex('s'), ex('p'), literal(`${all}é🙂\u2028`, XSD_STRING)),
      q(ex('s'), ex('p'), literal('typed', 'http://example.org/dt')),
      q(ex('s'), ex('p'), literal('tagged', RDF_LANGSTRING, 'en-gb'), ex('g')),
      q(blankNode('b0'), ex('p'), namedNode('http://example.org/a b<c>'), blankNode('g0')),
    ];
    for (const quad of quads) {
      const theirs = rdfCanonize.NQuads.serializeQuad({
        subject: quad.subject,
        predicate: quad.predicate,
        object: rdfCanonizeForm(quad.object),
        graph: quad.graph,
      });
      expect(serializeNQuads([quad])).toBe(theirs);
    }
    expect(serializeNQuads([quads[0]!])).toContain('\\u0000\\u0001');
    expect(serializeNQuads([quads[0]!])).toContain('\\b\\t\\n\\u000B\\f\\r');
    expect(serializeNQuads([quads[0]!])).toContain('\\"');
    expect(serializeNQuads([quads[0]!])).toContain('\\\\');
    expect(serializeNQuads([quads[0]!])).toContain('\\u007F');
  });
});

describe('canonicalizeQuads: limits and invalid input', () => {
  function clique(n: number): Quad[] {
    const out: Quad[] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (i !== j) out.push(q(blankNode(`n${i}`), ex('link'), blankNode(`n${j}`)));
    return out;
  }

  it('a poison graph exhausts the N-degree budget quickly instead of hanging', () => {
    const started = Date.now();
    expect(() => canonicalizeQuads(clique(10))).toThrowError(RdfcError);
    const r = tryCanonicalizeQuads(clique(10));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.code).toBe('RDFC_TOO_COMPLEX');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a small symmetric graph fits the default budget', async () => {
    expect(canonicalizeQuads(clique(4))).toBe(await reference(clique(4)));
  });

  it('the budget is configurable', () => {
    expect(tryCanonicalizeQuads(ring(6), { maxWork: 3 }).ok).toBe(false);
    expect(tryCanonicalizeQuads(ring(6), { maxWork: 10_000 }).ok).toBe(true);
  });

  it('refuses quads RDF does not allow', () => {
    const bad = [
      q(literal('x', XSD_STRING), ex('p'), ex('o')),
      q(ex('s'), blankNode('p'), ex('o')),
      q(ex('s'), ex('p'), ex('o'), literal('g', XSD_STRING)),
    ];
    for (const quad of bad) {
      const r = tryCanonicalizeQuads([quad]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.code).toBe('RDFC_INVALID_QUAD');
    }
  });

  it('empty dataset', () => {
    expect(canonicalizeQuads([])).toBe('');
  });
});

describe('code point order (RDFC-1.0) versus UTF-16 order', () => {
  it('sorts astral characters after U+E000–U+FFFF and reports the difference', () => {
    const quads = [
      q(ex('s'), ex('p'), literal('\u{1F642}', XSD_STRING)),
      q(ex('s'), ex('p'), literal('\uFF08', XSD_STRING)),
    ];
    const r = canonicalizeDetailed(quads);
    expect(r.orderDiffersFromUtf16).toBe(true);
    const lines = r.nquads.split('\n');
    expect(lines[0]).toContain('\uFF08');
    expect(lines[1]).toContain('\u{1F642}');
  });

  it('text with only one of the two ranges is unaffected', () => {
    const quads = [
      q(ex('s'), ex('p'), literal('\u{1F642}', XSD_STRING)),
      q(ex('s'), ex('p'), literal('a', XSD_STRING)),
    ];
    expect(canonicalizeDetailed(quads).orderDiffersFromUtf16).toBe(false);
  });
});
