import { describe, expect, it } from 'vitest';
import { normalizeDomain, validateDomain } from './domain.ts';

const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

describe('normalizeDomain', () => {
  it('takes the host out of a URL', () => {
    expect(normalizeDomain('https://Shop.Example.CO.TH/path')).toEqual({
      valid: true,
      ascii: 'shop.example.co.th',
      unicode: 'shop.example.co.th',
      registrable: 'example.co.th',
      publicSuffix: 'co.th',
      errors: [],
    });
    expect(normalizeDomain('http://user:pw@shop.example.com.vn:8080/a?b#c').ascii).toBe(
      'shop.example.com.vn',
    );
    expect(normalizeDomain('//cdn.example.sg/x').registrable).toBe('example.sg');
    expect(normalizeDomain('example.com.my.').ascii).toBe('example.com.my');
  });

  it('maps internationalised names to punycode and back', () => {
    expect(normalizeDomain('bücher.example.vn')).toMatchObject({
      valid: true,
      ascii: 'xn--bcher-kva.example.vn',
      unicode: 'bücher.example.vn',
      registrable: 'example.vn',
      publicSuffix: 'vn',
    });
    expect(normalizeDomain('ร้านค้า.ไทย').ascii).toMatch(/^xn--.+\.xn--o3cw4h$/);
  });

  it('ignores private suffixes so the registrable domain is what a registrar sold', () => {
    expect(normalizeDomain('myshop.blogspot.com')).toMatchObject({
      registrable: 'blogspot.com',
      publicSuffix: 'com',
    });
  });

  it('refuses IP addresses', () => {
    expect(codes(normalizeDomain('192.168.1.1'))).toEqual(['DOMAIN_IP_ADDRESS']);
    expect(codes(normalizeDomain('http://[::1]:8080/'))).toEqual(['DOMAIN_IP_ADDRESS']);
    expect(codes(normalizeDomain('0x7f.1'))).toEqual(['DOMAIN_IP_ADDRESS']); // WHATWG parses this as 127.0.0.1
  });

  it('refuses bad labels and lengths', () => {
    expect(codes(normalizeDomain('foo_bar.com'))).toEqual(['DOMAIN_FORMAT']);
    expect(codes(normalizeDomain('-shop.com'))).toEqual(['DOMAIN_FORMAT']);
    expect(codes(normalizeDomain('a..com'))).toEqual(['DOMAIN_FORMAT']);
    expect(codes(normalizeDomain(`${'a'.repeat(64)}.com`))).toEqual(['DOMAIN_FORMAT']);
    expect(codes(normalizeDomain(`${'abcdefghi.'.repeat(26)}com`))).toEqual(['DOMAIN_FORMAT']); // 263 characters
    expect(codes(normalizeDomain('localhost'))).toEqual(['DOMAIN_FORMAT']);
    expect(codes(normalizeDomain('ex ample.com'))).toEqual(['DOMAIN_FORMAT']);
    expect(codes(normalizeDomain('xn--zz.com'))).toEqual(['DOMAIN_FORMAT']);
  });

  it('requires an ICANN public suffix and a registrable part', () => {
    expect(codes(normalizeDomain('shop.example.invalidtld'))).toEqual(['DOMAIN_NO_PUBLIC_SUFFIX']);
    expect(codes(normalizeDomain('co.th'))).toEqual(['DOMAIN_PUBLIC_SUFFIX_ONLY']);
  });

  it('never throws on hostile input', () => {
    for (const x of [
      null,
      undefined,
      42,
      {},
      [],
      '',
      '   ',
      'x'.repeat(5000),
      '\u0000',
      '\uD800.com',
      'a@b@c',
    ]) {
      expect(normalizeDomain(x as unknown as string).valid).toBe(false);
    }
  });
});

describe('validateDomain', () => {
  it('returns the ASCII host as normalized form with details', () => {
    const r = validateDomain('Bücher.Example.VN');
    expect(r).toMatchObject({
      scheme: 'domain',
      valid: true,
      normalized: 'xn--bcher-kva.example.vn',
      checkDigit: 'none',
      details: { unicode: 'bücher.example.vn', registrable: 'example.vn', publicSuffix: 'vn' },
    });
  });

  it('flags mixed-script look-alikes', () => {
    const r = validateDomain('p\u0430ypal.com'); // Cyrillic а
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe('xn--pypal-4ve.com');
    expect(r.notes.join(' ')).toContain('mixes Latin');
    expect(validateDomain('paypal.com').notes).toEqual([]);
  });
});
