import { describe, expect, it } from 'vitest';
import {
  AUTOMATED_CHECK_IDS,
  BUILT_IN_SCHEMES,
  findScheme,
  type SchemeDefinition,
  validateScheme,
} from './index.ts';

/** Vietnamese-specific letters (with diacritics) or đ: a Vietnamese sentence almost always has one. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

const localizedTexts = (s: SchemeDefinition) => [
  { where: 'title', t: s.title },
  { where: 'description', t: s.description },
  ...s.criteria.flatMap((c) => [
    { where: `${c.id}.text`, t: c.text },
    ...(c.guidance ? [{ where: `${c.id}.guidance`, t: c.guidance }] : []),
    ...(c.assessment.method === 'documentary'
      ? [{ where: `${c.id}.evidence`, t: c.assessment.evidence }]
      : []),
  ]),
];

describe('built-in schemes', () => {
  it('ships the three schemes, version 1.0', () => {
    expect(BUILT_IN_SCHEMES.map((s) => `${s.id}@${s.version}`)).toEqual([
      'asean-coc@1.0',
      'wta@1.0',
      'vn-safeweb@1.0',
    ]);
    expect(findScheme('vn-safeweb')?.economy).toBe('VN');
  });

  describe.each(BUILT_IN_SCHEMES.map((s) => [s.id, s] as const))('%s', (_id, scheme) => {
    it('passes validateScheme', () => {
      const r = validateScheme(scheme);
      expect(r.ok ? [] : r.errors).toEqual([]);
    });

    it('has a realistic size and unique criterion ids', () => {
      expect(scheme.criteria.length).toBeGreaterThanOrEqual(12);
      expect(scheme.criteria.length).toBeLessThanOrEqual(40);
      const ids = scheme.criteria.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('names a known check in every automated criterion', () => {
      for (const c of scheme.criteria)
        if (c.assessment.method === 'automated') expect(AUTOMATED_CHECK_IDS).toContain(c.assessment.checkId);
    });

    it('uses all three assessment methods and cites a source for every criterion', () => {
      const methods = new Set(scheme.criteria.map((c) => c.assessment.method));
      expect([...methods].sort()).toEqual(['automated', 'documentary', 'judgement']);
      for (const c of scheme.criteria) expect(c.source.length).toBeGreaterThan(10);
    });

    it('has real Vietnamese texts, distinct from the English ones', () => {
      for (const { where, t } of localizedTexts(scheme)) {
        expect(t.vi.trim(), where).not.toBe('');
        expect(t.vi, where).not.toBe(t.en);
        expect(t.vi, where).toMatch(VIETNAMESE_LETTER);
      }
    });
  });

  it('is frozen, so a published version cannot be changed in place', () => {
    const scheme = BUILT_IN_SCHEMES[0]!;
    expect(Object.isFrozen(scheme)).toBe(true);
    expect(Object.isFrozen(scheme.criteria[0]!.text)).toBe(true);
  });
});

describe('findScheme', () => {
  const v = (version: string): SchemeDefinition => ({ ...BUILT_IN_SCHEMES[1]!, version });

  it('finds a built-in scheme by id and exact version', () => {
    expect(findScheme('wta', '1.0')?.title.en).toMatch(/Trustmark Alliance/);
    expect(findScheme('wta', '9.9')).toBeUndefined();
    expect(findScheme('nope')).toBeUndefined();
  });

  it('returns the highest version when none is given', () => {
    const list = [v('1.2'), v('1.10'), v('1.9')];
    expect(findScheme('wta', undefined, list)?.version).toBe('1.10');
    expect(findScheme('wta', '1.9', list)?.version).toBe('1.9');
  });

  it('skips entries with an invalid version when picking the latest', () => {
    expect(findScheme('wta', undefined, [v('1.0'), v('banana')])?.version).toBe('1.0');
  });
});
