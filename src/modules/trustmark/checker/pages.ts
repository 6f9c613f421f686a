import { foldText } from '../../../standards/text/fold.ts';
import type { PageLink } from './html.ts';

/**
 * Finds a site's policy pages among its links, by link text and by the URL path, in English, Vietnamese (with or
 * without diacritics: everything is compared folded), Thai and Malay/Indonesian.
 */
export type PolicyKind = 'contact' | 'terms' | 'returns' | 'privacy' | 'complaints';

export const POLICY_KINDS: readonly PolicyKind[] = ['contact', 'terms', 'returns', 'privacy', 'complaints'];

interface Vocabulary {
  /** Phrases looked for in the link text (compared folded). */
  text: string[];
  /** Fragments looked for in the decoded URL path (compared folded). */
  href: string[];
}

export const POLICY_VOCABULARY: Record<PolicyKind, Vocabulary> = {
  contact: {
    text: ['contact', 'liên hệ', 'ติดต่อ', 'hubungi', 'kontak'],
    href: ['contact', 'lien-he', 'lienhe', 'lien_he', 'ติดต่อ', 'hubungi', 'kontak'],
  },
  terms: {
    text: ['terms', 'conditions of use', 'điều khoản', 'quy chế', 'ข้อกำหนด', 'เงื่อนไข', 'terma', 'syarat'],
    href: [
      'terms',
      'dieu-khoan',
      'dieukhoan',
      'dieu_khoan',
      'quy-che',
      'ข้อกำหนด',
      'เงื่อนไข',
      'terma',
      'syarat',
    ],
  },
  returns: {
    text: [
      'return',
      'refund',
      'đổi trả',
      'hoàn tiền',
      'trả hàng',
      'คืนสินค้า',
      'คืนเงิน',
      'pemulangan',
      'pengembalian',
      'bayaran balik',
    ],
    href: [
      'return',
      'refund',
      'doi-tra',
      'doitra',
      'doi_tra',
      'hoan-tien',
      'tra-hang',
      'คืนสินค้า',
      'คืนเงิน',
      'pemulangan',
      'pengembalian',
    ],
  },
  privacy: {
    text: ['privacy', 'bảo mật', 'bảo vệ dữ liệu', 'ความเป็นส่วนตัว', 'privasi', 'kerahsiaan'],
    href: ['privacy', 'bao-mat', 'baomat', 'bao_mat', 'ความเป็นส่วนตัว', 'privasi', 'kerahsiaan'],
  },
  complaints: {
    text: ['complaint', 'khiếu nại', 'ร้องเรียน', 'aduan', 'keluhan'],
    href: ['complaint', 'khieu-nai', 'khieunai', 'khieu_nai', 'ร้องเรียน', 'aduan', 'keluhan'],
  },
};

const folded: Record<PolicyKind, Vocabulary> = Object.fromEntries(
  POLICY_KINDS.map((kind) => [
    kind,
    { text: POLICY_VOCABULARY[kind].text.map(foldText), href: POLICY_VOCABULARY[kind].href.map(foldText) },
  ]),
) as Record<PolicyKind, Vocabulary>;

export interface PolicyLink {
  kind: PolicyKind;
  url: string;
  text: string;
  /** What matched: link text is stronger evidence than the URL alone. */
  matchedBy: 'text' | 'href';
  matched: string;
}

function decodedPath(url: string): string {
  try {
    const u = new URL(url);
    return foldText(decodeURIComponent(`${u.pathname}${u.search}`));
  } catch {
    return '';
  }
}

/** The best link for each policy kind (text match beats URL match; the first in document order wins a tie). */
export function findPolicyLinks(links: PageLink[]): Partial<Record<PolicyKind, PolicyLink>> {
  const found: Partial<Record<PolicyKind, PolicyLink>> = {};
  for (const link of links) {
    if (!link.url || !/^https?:/i.test(link.url)) continue;
    const text = foldText(link.text);
    const path = decodedPath(link.url);
    for (const kind of POLICY_KINDS) {
      const current = found[kind];
      if (current?.matchedBy === 'text') continue;
      const byText = folded[kind].text.find((phrase) => text.includes(phrase));
      if (byText) {
        found[kind] = { kind, url: link.url, text: link.text, matchedBy: 'text', matched: byText };
        continue;
      }
      if (current) continue;
      const byHref = folded[kind].href.find((fragment) => path.includes(fragment));
      if (byHref) found[kind] = { kind, url: link.url, text: link.text, matchedBy: 'href', matched: byHref };
    }
  }
  return found;
}
