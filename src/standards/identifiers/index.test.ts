import { describe, expect, it } from 'vitest';
import { PUBLISHED_VECTORS } from './examples.ts';
import {
  buildUbin,
  generateExample,
  type IdentifierResult,
  normalizeDomain,
  PRIMARY_SCHEME_BY_COUNTRY,
  parseUbin,
  resolveScheme,
  SCHEMES,
  validateIdentifier,
} from './index.ts';

const ids = SCHEMES.map((s) => s.id);

/** Seeded PRNG (mulberry32) so the fuzz run is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isWellFormed(r: IdentifierResult): boolean {
  return (
    typeof r.scheme === 'string' &&
    typeof r.valid === 'boolean' &&
    (r.normalized === null || typeof r.normalized === 'string') &&
    (r.checkDigit === 'verified' || r.checkDigit === 'none') &&
    Array.isArray(r.errors) &&
    Array.isArray(r.notes) &&
    r.valid === (r.errors.length === 0) &&
    r.errors.every((e) => /^[A-Z][A-Z0-9_]*$/.test(e.code) && e.message.length > 0)
  );
}

describe('registry', () => {
  it('has the schemes other code depends on', () => {
    for (const id of [
      'lei',
      'iban',
      'bic',
      'gtin',
      'gln',
      'iso6523',
      'peppol',
      'ubin',
      'domain',
      'vn-mst',
      'sg-uen',
      'my-ssm',
      'th-tin',
      'id-nib',
      'id-npwp',
      'ph-tin',
      'ph-sec',
      'bn-roc',
      'kh-moc',
      'kh-tin',
      'la-erc',
      'mm-dica',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every scheme consistently', () => {
    for (const s of SCHEMES) {
      expect(s.name.length).toBeGreaterThan(3);
      expect(s.source.length).toBeGreaterThan(5);
      const r = validateIdentifier({ scheme: s.id, value: s.example });
      expect(r.valid, `${s.id} example ${s.example}`).toBe(true);
      if (s.country) expect(r.country).toBe(s.country);
    }
    expect(Object.isFrozen(SCHEMES)).toBe(true);
  });

  it('resolves ids and aliases case-insensitively', () => {
    expect(resolveScheme('vn-mst')?.id).toBe('vn-mst');
    expect(resolveScheme('VN:MST')?.id).toBe('vn-mst');
    expect(resolveScheme('vn:mst')?.id).toBe('vn-mst');
    expect(resolveScheme(' SG:UEN ')?.id).toBe('sg-uen');
    expect(resolveScheme('ubin')?.id).toBe('ubin');
    expect(resolveScheme('nope')).toBeUndefined();
    expect(resolveScheme('__proto__')).toBeUndefined();
    expect(resolveScheme(undefined as unknown as string)).toBeUndefined();
  });

  it('anchors every UBIN economy on a registered national scheme of that country', () => {
    for (const [cc, scheme] of Object.entries(PRIMARY_SCHEME_BY_COUNTRY)) {
      expect(resolveScheme(scheme)?.country).toBe(cc);
    }
  });
});

describe('validateIdentifier: generic errors', () => {
  it('reports unknown schemes with the input as scheme', () => {
    expect(validateIdentifier({ scheme: 'XX:FOO', value: '1' })).toMatchObject({
      scheme: 'XX:FOO',
      valid: false,
      errors: [{ code: 'SCHEME_UNKNOWN' }],
    });
    expect(validateIdentifier({ scheme: 'x'.repeat(1000), value: '1' }).scheme).toHaveLength(64);
  });

  it('reports empty, non-string and too-long values', () => {
    expect(validateIdentifier({ scheme: 'VN:MST', value: '   ' }).errors[0]?.code).toBe('VALUE_EMPTY');
    expect(validateIdentifier({ scheme: 'lei', value: 123 as unknown as string }).errors[0]?.code).toBe(
      'VALUE_NOT_STRING',
    );
    const long = validateIdentifier({ scheme: 'lei', value: 'A'.repeat(257) });
    expect(long).toMatchObject({ scheme: 'lei', errors: [{ code: 'VALUE_TOO_LONG' }] });
    expect(validateIdentifier({ scheme: 'lei', value: ` ${'5493001KJTIIGC8Y1R12'} ` }).valid).toBe(true);
  });

  it('survives non-object and hostile inputs', () => {
    const hostile = [
      null,
      undefined,
      42,
      'vn-mst',
      {},
      { scheme: null, value: null },
      { scheme: {}, value: [] },
      { scheme: 'lei', value: { toString: () => '5493001KJTIIGC8Y1R12' } },
      Object.defineProperty({}, 'scheme', {
        get() {
          throw new Error('boom');
        },
      }),
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ];
    for (const h of hostile) {
      const r = validateIdentifier(h as unknown as { scheme: string; value: string });
      expect(r.valid).toBe(false);
      expect(isWellFormed(r)).toBe(true);
    }
  });
});

describe('published vectors', () => {
  it.each(PUBLISHED_VECTORS.map((v) => [v.scheme, v.value, v]))('%s %s', (_s, _v, vec) => {
    const r = validateIdentifier({ scheme: vec.scheme, value: vec.value });
    expect(r.valid).toBe(vec.valid);
    if (vec.code) expect(r.errors.map((e) => e.code)).toContain(vec.code);
    if (r.valid && resolveScheme(vec.scheme)?.checkDigit && vec.scheme !== 'id-npwp') {
      expect(r.checkDigit).toBe('verified');
    }
  });
});

describe('per-scheme hostile values', () => {
  const confusable: Record<string, string> = {
    A: '\u0410',
    B: '\u0412',
    C: '\u0421',
    E: '\u0415',
    H: '\u041D',
    K: '\u041A',
    M: '\u041C',
    O: '\u041E',
    P: '\u0420',
    T: '\u0422',
    X: '\u0425',
    a: '\u0430',
    c: '\u0441',
    e: '\u0435',
    o: '\u043E',
    p: '\u0440',
    i: '\u0456',
    s: '\u0455',
    x: '\u0445',
  };
  function spoof(v: string): string {
    for (let i = 0; i < v.length; i++) {
      const ch = v[i] as string;
      if (/[0-9]/.test(ch)) return v.slice(0, i) + String.fromCharCode(0xff10 + Number(ch)) + v.slice(i + 1);
      if (confusable[ch]) return v.slice(0, i) + confusable[ch] + v.slice(i + 1);
    }
    return `${v}\u200b`;
  }

  const VARIABLE_LENGTH = new Set([
    'bic',
    'vn-mst',
    'ph-tin',
    'ph-sec',
    'kh-moc',
    'la-erc',
    'mm-dica',
    'ubin',
    'domain',
  ]);

  for (const id of ids) {
    it(`${id}: garbage, 10 KB, look-alikes and truncation are rejected without throwing`, () => {
      const good = generateExample(id, 3);
      expect(validateIdentifier({ scheme: id, value: good }).valid).toBe(true);
      const bad = ['\u0000\u0001\u0002\uFFFF', '\uD800\uDC00\uD800', '!@#$%^&*()', '::::', '-'.repeat(40)];
      if (id !== 'domain') bad.push(`${good}${good}`); // 'a.com.sga.com.sg' is a valid host name
      // Variable-length schemes may legitimately accept a shorter value (BIC 11 → 8, MST without branch, …).
      if (!VARIABLE_LENGTH.has(id)) bad.push(good.slice(0, Math.max(1, good.length - 3)));
      if (id !== 'domain') bad.push(spoof(good)); // IDNA legitimately folds full-width letters in host names
      for (const v of bad) {
        const r = validateIdentifier({ scheme: id, value: v });
        expect(isWellFormed(r), `${id} ${JSON.stringify(v)}`).toBe(true);
        expect(r.valid, `${id} ${JSON.stringify(v)}`).toBe(false);
      }
      const huge = validateIdentifier({ scheme: id, value: 'A'.repeat(10 * 1024) });
      expect(huge.errors.map((e) => e.code)).toEqual(['VALUE_TOO_LONG']);
    });
  }

  it('catches a changed check character in every check-digit scheme', () => {
    for (const s of SCHEMES.filter((x) => x.checkDigit && x.id !== 'peppol' && x.id !== 'iso6523')) {
      for (let n = 0; n < 20; n++) {
        const good = validateIdentifier({ scheme: s.id, value: generateExample(s.id, n) })
          .normalized as string;
        // Where the check character sits: last, except in NPWP (9th digit of the 15-digit number) and MST branches.
        let at = good.length - 1;
        if (s.id === 'id-npwp') at = good.length === 16 ? 9 : 8;
        if (s.id === 'vn-mst') at = 9;
        const old = good.charAt(at);
        const swapped = /[0-9]/.test(old) ? String((Number(old) + 1) % 10) : old === 'A' ? 'B' : 'A';
        const r = validateIdentifier({
          scheme: s.id,
          value: good.slice(0, at) + swapped + good.slice(at + 1),
        });
        expect(r.valid, `${s.id} ${good} → ${swapped} at ${at}`).toBe(false);
      }
    }
  });
});

describe('generateExample', () => {
  it('yields valid, distinct, already-valid values for n in 0..199 for every scheme', () => {
    for (const id of ids) {
      const seen = new Set<string>();
      for (let n = 0; n < 200; n++) {
        const v = generateExample(id, n);
        const r = validateIdentifier({ scheme: id, value: v });
        expect(r.valid, `${id}[${n}] = ${v}: ${JSON.stringify(r.errors)}`).toBe(true);
        seen.add(r.normalized as string);
      }
      expect(seen.size, id).toBe(200);
    }
  });

  it('stays distinct up to n = 999 and is deterministic', () => {
    for (const id of ids) {
      const values = new Set<string>();
      for (let n = 0; n < 1000; n++) values.add(generateExample(id, n));
      expect(values.size, id).toBe(1000);
      expect(generateExample(id, 777)).toBe(generateExample(id, 777));
    }
  });

  it('is total on odd arguments', () => {
    expect(generateExample('nope', 1)).toBe('');
    expect(generateExample('VN:MST', -5)).toBe(generateExample('vn-mst', 0));
    expect(generateExample('vn-mst', Number.NaN)).toBe(generateExample('vn-mst', 0));
    expect(generateExample('vn-mst', 2.7)).toBe(generateExample('vn-mst', 2));
    expect(generateExample(undefined as unknown as string, 1)).toBe('');
  });
});

describe('fuzz', () => {
  it('never throws and always returns a well-formed result', () => {
    const rand = mulberry32(0xc0ffee);
    const alphabet =
      '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefxyz-./: _@#\u00e9\u0410\uff10\u200b\u0000\ud800';
    let validCount = 0;
    for (let i = 0; i < 20_000; i++) {
      const id = ids[Math.floor(rand() * ids.length)] as string;
      let v: string;
      const mode = rand();
      if (mode < 0.3) {
        // mutate a valid example: flip, drop or insert one character
        const base = generateExample(id, Math.floor(rand() * 500));
        const pos = Math.floor(rand() * (base.length + 1));
        const ch = alphabet[Math.floor(rand() * alphabet.length)] as string;
        v =
          rand() < 0.5
            ? base.slice(0, pos) + ch + base.slice(pos + 1)
            : base.slice(0, pos) + ch + base.slice(pos);
      } else {
        const len = Math.floor(rand() * (mode < 0.95 ? 30 : 400));
        let s = '';
        for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
        v = s;
      }
      const r = validateIdentifier({ scheme: id, value: v });
      expect(isWellFormed(r)).toBe(true);
      if (r.valid) validCount++;
      if (id === 'ubin') parseUbin(v);
      if (id === 'domain') normalizeDomain(v);
    }
    // Mutations keep some values valid (e.g. a separator inserted); the loop must not be trivially all-invalid.
    expect(validCount).toBeGreaterThan(0);
    expect(buildUbin('VN', 'mst', '\ud800').ok).toBe(false);
  });
});
