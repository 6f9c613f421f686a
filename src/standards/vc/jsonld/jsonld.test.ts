/**
 * Unit tests of the JSON-LD building blocks: IRI helpers (RFC 3986 reference resolution examples), language tags,
 * the canonical xsd:double form, JCS, context processing errors and the derived-context cache.
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../types.ts';
import { applyContext, initialContext, newState } from './context.ts';
import { JsonLdError } from './errors.ts';
import { expandDocument } from './expand.ts';
import { hasKeywordForm, isAbsoluteIri, isWellFormedLanguageTag, resolveIri } from './iri.ts';
import { canonicalJson } from './jcs.ts';
import { canonicalDouble } from './to-rdf.ts';

const noContexts = () => undefined;

function errorCode(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof JsonLdError) return e.code;
    throw e;
  }
}

describe('resolveIri (RFC 3986 §5.4)', () => {
  const base = 'http://a/b/c/d;p?q';
  const cases: Array<[string, string]> = [
    ['g:h', 'g:h'],
    ['g', 'http://a/b/c/g'],
    ['./g', 'http://a/b/c/g'],
    ['g/', 'http://a/b/c/g/'],
    ['/g', 'http://a/g'],
    ['//g', 'http://g'],
    ['?y', 'http://a/b/c/d;p?y'],
    ['g?y', 'http://a/b/c/g?y'],
    ['#s', 'http://a/b/c/d;p?q#s'],
    ['g#s', 'http://a/b/c/g#s'],
    ['g?y#s', 'http://a/b/c/g?y#s'],
    [';x', 'http://a/b/c/;x'],
    ['g;x', 'http://a/b/c/g;x'],
    ['', 'http://a/b/c/d;p?q'],
    ['.', 'http://a/b/c/'],
    ['./', 'http://a/b/c/'],
    ['..', 'http://a/b/'],
    ['../', 'http://a/b/'],
    ['../g', 'http://a/b/g'],
    ['../..', 'http://a/'],
    ['../../g', 'http://a/g'],
    ['../../../g', 'http://a/g'],
    ['/./g', 'http://a/g'],
    ['/../g', 'http://a/g'],
    ['g.', 'http://a/b/c/g.'],
    ['.g', 'http://a/b/c/.g'],
    ['./../g', 'http://a/b/g'],
    ['./g/.', 'http://a/b/c/g/'],
    ['g/./h', 'http://a/b/c/g/h'],
    ['g/../h', 'http://a/b/c/h'],
    ['g;x=1/./y', 'http://a/b/c/g;x=1/y'],
    ['g;x=1/../y', 'http://a/b/c/y'],
  ];
  for (const [ref, expected] of cases) {
    it(`${JSON.stringify(ref)} → ${expected}`, () => expect(resolveIri(base, ref)).toBe(expected));
  }
});

describe('IRI, keyword and language tag shapes', () => {
  it('absolute IRIs', () => {
    for (const iri of ['http://example.org/', 'did:example:123', 'urn:uuid:1', 'data:,x', 'a+b.c-d:x']) {
      expect(isAbsoluteIri(iri)).toBe(true);
    }
    for (const s of ['', 'relative', '/path', '_:b0', '1a:b', ':x', 'http://a b', 'http://a\u00a0b']) {
      expect(isAbsoluteIri(s)).toBe(false);
    }
  });
  it('keyword form', () => {
    expect(hasKeywordForm('@foo')).toBe(true);
    expect(hasKeywordForm('@')).toBe(false);
    expect(hasKeywordForm('@foo1')).toBe(false);
    expect(hasKeywordForm('foo')).toBe(false);
  });
  it('language tags', () => {
    for (const t of ['en', 'en-US', 'zh-Hant-TW', 'vi', 'x-private1', 'abcdefgh-12345678']) {
      expect(isWellFormedLanguageTag(t)).toBe(true);
    }
    for (const t of ['', 'en-', '-en', 'en us', 'abcdefghi', 'en-123456789', 'e1', 'en--us']) {
      expect(isWellFormedLanguageTag(t)).toBe(false);
    }
  });
});

describe('canonical xsd:double (JSON-LD 1.1 API §8.6)', () => {
  const cases: Array<[number, string]> = [
    [1.1, '1.1E0'],
    [1e21, '1.0E21'],
    [0.000001, '1.0E-6'],
    [-5.5, '-5.5E0'],
    [5, '5.0E0'],
    [1.2345678901234568e29, '1.234567890123457E29'],
    [0.1, '1.0E-1'],
  ];
  for (const [n, s] of cases) it(`${n} → ${s}`, () => expect(canonicalDouble(n)).toBe(s));
});

describe('JSON Canonicalization Scheme (RFC 8785)', () => {
  it('sorts members by UTF-16 code units and writes ES number forms', () => {
    const value: JsonValue = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    expect(canonicalJson([333333333.3333333, 1e30, 4.5, 0.002, 1e-27, -0, true, null, 'a\u2028'])).toBe(
      '[333333333.3333333,1e+30,4.5,0.002,1e-27,0,true,null,"a\u2028"]',
    );
  });
});

describe('context processing', () => {
  const expand = (doc: JsonValue, contexts: Record<string, JsonObject> = {}) =>
    expandDocument(doc, (u) => contexts[u]);

  it('reuses the processed context for the same context value (cache hit, also for equal inline JSON)', () => {
    const contexts: Record<string, JsonObject> = {
      'https://example.org/c': { '@context': { p: 'http://example.org/p' } },
    };
    const state = newState((u) => contexts[u]);
    const a = applyContext(state, initialContext(), 'https://example.org/c');
    const b = applyContext(state, initialContext(), 'https://example.org/c');
    expect(a).toBe(b);
    const inlineA = applyContext(state, initialContext(), { q: 'http://example.org/q' });
    const inlineB = applyContext(state, initialContext(), { q: 'http://example.org/q' });
    expect(inlineA).toBe(inlineB);
    expect(a.terms.get('p')?.id).toBe('http://example.org/p');
  });

  it('invalid term definitions are context errors', () => {
    const bad: JsonObject[] = [
      { p: 5 },
      { p: { '@id': 'http://example.org/p', '@unknown': 1 } },
      { p: { '@id': 'http://example.org/p', '@container': '@bogus' } },
      { p: { '@id': 'http://example.org/p', '@type': 'relative' } },
      { '@id': 'http://example.org/x' },
      { p: { '@id': '@context' } },
      { '@version': 1.0 },
      { '@vocab': 'relative' },
      { p: 'q' },
    ];
    for (const ctx of bad) {
      expect(errorCode(() => expand({ '@context': ctx, '@id': 'http://example.org/s' }))).toBe(
        'JSONLD_INVALID_CONTEXT',
      );
    }
  });

  it('a protected term may be redefined by a property-scoped context (override protected)', () => {
    const doc = {
      '@context': {
        '@protected': true,
        name: 'http://example.org/name',
        wrapper: { '@id': 'http://example.org/wrapper', '@context': { name: 'http://other.example/name' } },
      },
      '@id': 'http://example.org/s',
      wrapper: { name: 'inner' },
      name: 'outer',
    };
    const out = expand(doc);
    expect(out[0]!['http://example.org/name']).toBeDefined();
    expect(JSON.stringify(out)).toContain('http://other.example/name');
  });

  it('type-scoped contexts do not propagate into nested node objects', () => {
    const doc = {
      '@context': {
        '@vocab': 'http://example.org/',
        T: { '@id': 'http://example.org/T', '@context': { p: 'http://scoped.example/p' } },
      },
      '@id': 'http://example.org/s',
      '@type': 'T',
      p: 1,
      child: { p: 2 },
    };
    const json = JSON.stringify(expand(doc));
    expect(json).toContain('"http://scoped.example/p":[{"@value":1}]');
    expect(json).toContain('"http://example.org/p":[{"@value":2}]');
  });

  it('unsupported features fail closed', () => {
    const cases: JsonValue[] = [
      {
        '@context': { '@vocab': 'http://example.org/', m: { '@container': '@id' } },
        '@id': 'http://example.org/s',
        m: { 'http://example.org/a': {} },
      },
      {
        '@context': { '@vocab': 'http://example.org/', m: { '@container': '@type' } },
        '@id': 'http://example.org/s',
        m: { T: {} },
      },
      {
        '@context': { '@vocab': 'http://example.org/', '@direction': 'rtl' },
        '@id': 'http://example.org/s',
        p: 'x',
      },
      {
        '@context': { '@vocab': 'http://example.org/' },
        '@id': 'http://example.org/s',
        p: { '@value': 'x', '@direction': 'ltr' },
      },
    ];
    for (const doc of cases) expect(errorCode(() => expand(doc))).toBe('JSONLD_INVALID_VALUE');
  });

  it('unknown contexts are never fetched', () => {
    expect(errorCode(() => expand({ '@context': 'https://example.org/missing', '@id': 'x' }))).toBe(
      'JSONLD_CONTEXT_UNKNOWN',
    );
    expect(errorCode(() => expandDocument({ '@context': 'https://example.org/missing' }, noContexts))).toBe(
      'JSONLD_CONTEXT_UNKNOWN',
    );
  });
});
