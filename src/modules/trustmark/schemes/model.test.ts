import { describe, expect, it } from 'vitest';
import {
  AUTOMATED_CHECK_IDS,
  AUTOMATED_CHECKS,
  compareVersions,
  parseVersion,
  type SchemeDefinition,
  validateScheme,
} from './model.ts';

const minimal = (): SchemeDefinition => ({
  id: 'test-scheme',
  version: '1.0',
  title: { en: 'Test scheme', vi: 'Bộ tiêu chí thử nghiệm' },
  description: { en: 'For tests only.', vi: 'Chỉ dùng để kiểm thử.' },
  basedOn: ['Unit tests'],
  criteria: [
    {
      id: 'T-1',
      category: 'security',
      level: 'mandatory',
      text: { en: 'The site uses HTTPS.', vi: 'Website dùng HTTPS.' },
      assessment: { method: 'automated', checkId: 'https' },
      source: 'Unit tests, item 1',
    },
    {
      id: 'T-2',
      category: 'disclosure',
      level: 'recommended',
      text: { en: 'A licence is held.', vi: 'Có giấy phép kinh doanh.' },
      assessment: {
        method: 'documentary',
        evidence: { en: 'Copy of the licence.', vi: 'Bản sao giấy phép.' },
      },
      source: 'Unit tests, item 2',
    },
  ],
});

/** A mutable deep copy typed loosely, to build bad definitions. */
// biome-ignore lint/suspicious/noExplicitAny: tests build deliberately malformed definitions
const bad = (): Record<string, any> => structuredClone(minimal()) as Record<string, any>;

const codesAt = (input: unknown) => {
  const r = validateScheme(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map((e) => ({ code: e.code, location: e.location }));
};

describe('validateScheme', () => {
  it('accepts a minimal valid scheme and returns it', () => {
    const r = validateScheme(minimal());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scheme.criteria).toHaveLength(2);
  });

  it('accepts an optional economy and guidance', () => {
    const s = bad();
    s.economy = 'VN';
    s.criteria[0].guidance = { en: 'Check the certificate.', vi: 'Kiểm tra chứng thư.' };
    expect(validateScheme(s).ok).toBe(true);
  });

  it('reports duplicate criterion ids at the second occurrence', () => {
    const s = bad();
    s.criteria[1].id = 'T-1';
    expect(codesAt(s)).toEqual([{ code: 'CRITERION_ID_DUPLICATE', location: 'criteria[1].id' }]);
  });

  it('reports an unknown automated check id', () => {
    const s = bad();
    s.criteria[0].assessment.checkId = 'dns-sec';
    expect(codesAt(s)).toEqual([{ code: 'CHECK_ID_UNKNOWN', location: 'criteria[0].assessment.checkId' }]);
  });

  it('reports unknown fields one by one, at root and nested', () => {
    const s = bad();
    s.extra = true;
    s.criteria[1].weight = 3;
    expect(codesAt(s)).toEqual(
      expect.arrayContaining([
        { code: 'SCHEME_UNKNOWN_FIELD', location: 'extra' },
        { code: 'SCHEME_UNKNOWN_FIELD', location: 'criteria[1].weight' },
      ]),
    );
  });

  it('reports a missing or blank Vietnamese text', () => {
    const s = bad();
    delete s.criteria[0].text.vi;
    s.criteria[1].assessment.evidence.vi = '   ';
    expect(codesAt(s)).toEqual([
      { code: 'TEXT_MISSING', location: 'criteria[0].text.vi' },
      { code: 'TEXT_MISSING', location: 'criteria[1].assessment.evidence.vi' },
    ]);
  });

  it('reports a Vietnamese text that is a copy of the English one', () => {
    const s = bad();
    s.criteria[1].text.vi = s.criteria[1].text.en;
    expect(codesAt(s)).toEqual([{ code: 'TEXT_NOT_TRANSLATED', location: 'criteria[1].text.vi' }]);
  });

  it('requires at least one mandatory criterion', () => {
    const s = bad();
    s.criteria[0].level = 'recommended';
    expect(codesAt(s)).toEqual([{ code: 'SCHEME_NO_MANDATORY_CRITERIA', location: 'criteria' }]);
  });

  it('requires at least one criterion', () => {
    const s = bad();
    s.criteria = [];
    expect(codesAt(s)).toEqual([{ code: 'SCHEME_NO_CRITERIA', location: 'criteria' }]);
  });

  it('reports bad ids, versions, categories and assessment methods with their codes', () => {
    const s = bad();
    s.id = 'Bad Id';
    s.version = '1.0.0';
    s.criteria[0].id = 'lower-case';
    s.criteria[0].category = 'marketing';
    s.criteria[1].assessment = { method: 'survey' };
    expect(codesAt(s)).toEqual(
      expect.arrayContaining([
        { code: 'SCHEME_ID_INVALID', location: 'id' },
        { code: 'SCHEME_VERSION_INVALID', location: 'version' },
        { code: 'CRITERION_ID_INVALID', location: 'criteria[0].id' },
        { code: 'CATEGORY_UNKNOWN', location: 'criteria[0].category' },
        { code: 'ASSESSMENT_METHOD_UNKNOWN', location: 'criteria[1].assessment.method' },
      ]),
    );
  });

  it('rejects an economy that is not an ISO alpha-2 code', () => {
    const s = bad();
    s.economy = 'VNM';
    expect(codesAt(s)).toEqual([{ code: 'SCHEME_INVALID', location: 'economy' }]);
  });

  it('reports shape errors and duplicates together', () => {
    const s = bad();
    s.criteria[1].id = 'T-1';
    delete s.title;
    const codes = codesAt(s).map((e) => e.code);
    expect(codes).toContain('CRITERION_ID_DUPLICATE');
    expect(codes).toContain('SCHEME_INVALID');
  });

  it.each([null, undefined, 42, 'scheme', [], { criteria: 'x' }, { criteria: [null, 1, { id: 5 }] }])(
    'never throws on hostile input %#',
    (input) => {
      const r = validateScheme(input);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expect(typeof e.location).toBe('string');
    },
  );
});

describe('compareVersions', () => {
  it('orders numerically, not lexically', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '10.0')).toBeLessThan(0);
    expect(compareVersions('1.2', '1.2')).toBe(0);
    expect(['1.10', '0.9', '1.2'].sort(compareVersions)).toEqual(['0.9', '1.2', '1.10']);
  });

  it('rejects invalid versions', () => {
    expect(parseVersion('1.0.0')).toBeNull();
    expect(parseVersion('01.0')).toBeNull();
    expect(() => compareVersions('1', '1.0')).toThrow(RangeError);
  });
});

describe('AUTOMATED_CHECKS', () => {
  it('lists the twelve checks, each with an English and a distinct Vietnamese name', () => {
    expect(AUTOMATED_CHECK_IDS).toHaveLength(12);
    for (const id of AUTOMATED_CHECK_IDS) {
      const name = AUTOMATED_CHECKS[id];
      expect(name.en.length).toBeGreaterThan(0);
      expect(name.vi).not.toBe(name.en);
    }
  });
});
