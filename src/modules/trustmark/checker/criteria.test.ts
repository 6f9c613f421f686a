import { describe, expect, it } from 'vitest';
import {
  checkBusinessName,
  checkHsts,
  checkHttps,
  checkMixedContent,
  checkPrices,
  checkRegistrationNumber,
  checkSeal,
  type EvaluatedPage,
  findFolded,
  findPrice,
  parseHstsMaxAge,
} from './criteria.ts';
import { extractPage } from './html.ts';

function page(url: string, body: string): EvaluatedPage {
  return { url, status: 200, headers: {}, page: extractPage(`<html><body>${body}</body></html>`, url) };
}

const SEAL = ['https://node.example/api/v1/trustmarks/seal.js'];

describe('transport criteria', () => {
  it('https needs an https final URL and an authorized chain', () => {
    expect(checkHttps({ finalUrl: 'https://s.example/', tls: { authorized: true } }).outcome).toBe('pass');
    expect(checkHttps({ finalUrl: 'http://s.example/' }).outcome).toBe('fail');
    const bad = checkHttps({
      finalUrl: 'https://s.example/',
      tls: { authorized: false, error: 'CERT_HAS_EXPIRED' },
    });
    expect(bad).toMatchObject({ outcome: 'fail', evidence: 'CERT_HAS_EXPIRED' });
  });

  it('hsts needs max-age of at least 180 days', () => {
    expect(parseHstsMaxAge('max-age=31536000; includeSubDomains')).toBe(31536000);
    expect(parseHstsMaxAge('includeSubDomains; max-age="15552000"')).toBe(15552000);
    expect(parseHstsMaxAge('max-age=abc')).toBeUndefined();
    const at = (h?: string) =>
      checkHsts({ finalUrl: 'https://s.example/', headers: h ? { 'strict-transport-security': h } : {} })
        .outcome;
    expect(at('max-age=15552000')).toBe('pass');
    expect(at('max-age=15551999')).toBe('fail');
    expect(at()).toBe('fail');
    expect(checkHsts({ finalUrl: 'http://s.example/', headers: {} }).outcome).toBe('fail');
  });

  it('mixed content: plain-http subresources on an https page, links do not count', () => {
    const clean = page('https://s.example/', '<img src="/a.png"><a href="http://other.example/">x</a>');
    expect(checkMixedContent([clean]).outcome).toBe('pass');
    const mixed = page('https://s.example/', '<script src="http://cdn.example/x.js"></script>');
    expect(checkMixedContent([clean, mixed])).toMatchObject({ outcome: 'fail', url: 'https://s.example/' });
    expect(checkMixedContent([page('http://s.example/', '')]).outcome).toBe('not_applicable');
  });
});

describe('text criteria', () => {
  it('finds folded text on word boundaries and quotes the original', () => {
    const text = 'Chủ quản: CÔNG TY CỔ PHẦN ĐẦU TƯ ABC, Hà Nội';
    const hit = findFolded(text, 'Công ty cổ phần đầu tư ABC')!;
    expect(text.slice(hit.start, hit.end)).toBe('CÔNG TY CỔ PHẦN ĐẦU TƯ ABC');
    expect(findFolded('ABCD corp', 'ABC')).toBeUndefined();
    expect(findFolded(text, '   ')).toBeUndefined();
  });

  it('business name: legal or Latin name, diacritics-insensitive', () => {
    const pages = [page('https://s.example/', '<footer>cong ty co phan dau tu abc</footer>')];
    const f = checkBusinessName(pages, ['CÔNG TY CỔ PHẦN ĐẦU TƯ ABC']);
    expect(f).toMatchObject({ outcome: 'pass', evidence: 'cong ty co phan dau tu abc' });
    expect(checkBusinessName(pages, ['XYZ Ltd']).outcome).toBe('fail');
    expect(checkBusinessName(pages, []).outcome).toBe('not_applicable');
  });

  it('registration number: ignores separators but not neighbouring digits', () => {
    const at = (body: string, id = '0101243150') =>
      checkRegistrationNumber([page('https://s.example/', body)], [id]);
    expect(at('MST: 0101243150').outcome).toBe('pass');
    expect(at('MST: 0101-243-150').evidence).toContain('0101-243-150');
    expect(at('MST: 0101 243 150').outcome).toBe('pass');
    expect(at('MST: 0101.243.150', '0101-243-150').outcome).toBe('pass');
    expect(at('MST: 90101243150').outcome).toBe('fail');
    expect(at('UEN 201912345K', '201912345K').outcome).toBe('pass');
    expect(checkRegistrationNumber([page('https://s.example/', '')], ['--']).outcome).toBe('not_applicable');
  });

  it('prices with a currency symbol or code', () => {
    for (const text of [
      'Giá: 1.250.000 ₫',
      'Giá 250.000đ',
      '199.000 VND',
      '$19.99',
      'S$ 12.50',
      '฿1,290',
      '1,290 บาท',
      'RM 49.90',
      'Rp 150.000',
      '₱1,499.00',
      'USD 20',
    ])
      expect(findPrice(text)?.match, text).toBeDefined();
    for (const text of ['Call 0901 234 567', 'Đặt hàng ngay', '100% cotton', 'size 42đo', 'PHPStorm 2024'])
      expect(findPrice(text), text).toBeUndefined();
    expect(checkPrices([page('https://s.example/', '<p>Giá: 1.250.000 ₫</p>')]).evidence).toContain(
      '1.250.000 ₫',
    );
    expect(checkPrices([page('https://s.example/', '<p>Liên hệ để biết giá</p>')]).outcome).toBe('fail');
  });
});

describe('seal', () => {
  const home = (body: string) => page('https://shop.example/', body);

  it('passes the node seal script with the site domain', () => {
    const f = checkSeal(
      home('<script src="https://node.example/api/v1/trustmarks/seal.js?domain=www.shop.example"></script>'),
      'shop.example',
      SEAL,
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ checkId: 'seal-embedded', outcome: 'pass' });
    const viaData = checkSeal(
      home(
        '<script src="https://node.example/api/v1/trustmarks/seal.js" data-domain="shop.example"></script>',
      ),
      'shop.example',
      SEAL,
    );
    expect(viaData[0]!.outcome).toBe('pass');
  });

  it('fails a seal script embedded for another domain, or from another host', () => {
    const other = checkSeal(
      home('<script src="https://node.example/api/v1/trustmarks/seal.js?domain=certified.example"></script>'),
      'shop.example',
      SEAL,
    );
    expect(other[0]).toMatchObject({ outcome: 'fail' });
    expect(other[0]!.message).toContain('another domain');
    const fake = checkSeal(
      home('<script src="https://evil.example/api/v1/trustmarks/seal.js?domain=shop.example"></script>'),
      'shop.example',
      SEAL,
    );
    expect(fake[0]!.outcome).toBe('fail');
  });

  it('reports a copied seal image', () => {
    const f = checkSeal(home('<img src="/images/trustmark-seal.png" alt="Certified">'), 'shop.example', SEAL);
    expect(f.map((x) => `${x.checkId}:${x.outcome}`)).toEqual(['seal-embedded:fail', 'seal-copied:fail']);
    expect(f[1]!.evidence).toContain('trustmark-seal.png');
  });

  it('is not applicable with no seal URL configured', () => {
    expect(checkSeal(home(''), 'shop.example', [])[0]!.outcome).toBe('not_applicable');
  });
});
