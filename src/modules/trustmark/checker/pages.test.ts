import { describe, expect, it } from 'vitest';
import type { PageLink } from './html.ts';
import { findPolicyLinks } from './pages.ts';

const link = (text: string, href: string): PageLink => ({
  text,
  href,
  url: new URL(href, 'https://s.example/').href,
});

describe('findPolicyLinks', () => {
  it('finds Vietnamese policy links with and without diacritics', () => {
    const found = findPolicyLinks([
      link('LIÊN HỆ', '/a'),
      link('Dieu khoan su dung', '/b'),
      link('Chính sách đổi trả', '/c'),
      link('chinh sach bao mat', '/d'),
      link('Khiếu nại', '/e'),
    ]);
    expect(found.contact?.url).toBe('https://s.example/a');
    expect(found.terms?.url).toBe('https://s.example/b');
    expect(found.returns?.url).toBe('https://s.example/c');
    expect(found.privacy?.url).toBe('https://s.example/d');
    expect(found.complaints?.url).toBe('https://s.example/e');
  });

  it('finds Thai and Malay/Indonesian links', () => {
    const th = findPolicyLinks([
      link('ติดต่อเรา', '/1'),
      link('ข้อกำหนดการใช้งาน', '/2'),
      link('การคืนสินค้า', '/3'),
      link('นโยบายความเป็นส่วนตัว', '/4'),
      link('แจ้งร้องเรียน', '/5'),
    ]);
    expect(Object.values(th).map((l) => l.url.slice(-1))).toEqual(['1', '2', '3', '4', '5']);
    const ms = findPolicyLinks([
      link('Hubungi Kami', '/1'),
      link('Syarat & Ketentuan', '/2'),
      link('Kebijakan Pengembalian', '/3'),
      link('Dasar Privasi', '/4'),
      link('Aduan Pelanggan', '/5'),
    ]);
    expect(Object.values(ms).map((l) => l.url.slice(-1))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('falls back to the URL path, and prefers a text match', () => {
    const found = findPolicyLinks([
      link('Xem thêm', '/chinh-sach-hoan-tien'),
      link('', '/privacy-policy'),
      link('Refund policy', '/policies/r'),
    ]);
    expect(found.privacy).toMatchObject({ matchedBy: 'href', url: 'https://s.example/privacy-policy' });
    expect(found.returns).toMatchObject({ matchedBy: 'text', url: 'https://s.example/policies/r' });
    expect(findPolicyLinks([link('mailto', 'mailto:lienhe@s.example')]).contact).toBeUndefined();
  });
});
