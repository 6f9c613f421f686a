import { foldText } from '../../../standards/text/fold.ts';
import type { ExtractedPage } from './html.ts';
import type { PolicyKind } from './pages.ts';

/**
 * Pure evaluations of the machine-checkable trustmark criteria: fetched pages in, findings out. No network, no
 * clock. Each finding names the URL it is about and a short snippet of evidence.
 */
export type CheckId =
  | 'https'
  | 'hsts'
  | 'mixed-content'
  | 'contact-page'
  | 'terms-page'
  | 'returns-page'
  | 'privacy-page'
  | 'complaints-page'
  | 'business-name'
  | 'registration-number'
  | 'prices-with-currency'
  | 'seal-embedded'
  | 'seal-copied';

export const CHECK_IDS: readonly CheckId[] = [
  'https',
  'hsts',
  'mixed-content',
  'contact-page',
  'terms-page',
  'returns-page',
  'privacy-page',
  'complaints-page',
  'business-name',
  'registration-number',
  'prices-with-currency',
  'seal-embedded',
];

export type Outcome = 'pass' | 'fail' | 'not_applicable' | 'error';

export interface Finding {
  checkId: CheckId;
  outcome: Outcome;
  url: string;
  /** At most 200 characters quoted from what was fetched. */
  evidence: string;
  message: string;
}

export const EVIDENCE_MAX = 200;
/** 180 days, the minimum HSTS max-age browsers' preload lists accept. */
export const HSTS_MIN_MAX_AGE = 15_552_000;

export const POLICY_CHECK: Record<PolicyKind, CheckId> = {
  contact: 'contact-page',
  terms: 'terms-page',
  returns: 'returns-page',
  privacy: 'privacy-page',
  complaints: 'complaints-page',
};

export function clip(text: string, max = EVIDENCE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** A snippet of `text` around [start, end), at most EVIDENCE_MAX characters. */
export function snippet(text: string, start: number, end: number): string {
  const room = Math.max(0, EVIDENCE_MAX - (end - start));
  const from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(text.length, end + Math.ceil(room / 2));
  return clip(text.slice(from, to));
}

export function finding(
  checkId: CheckId,
  outcome: Outcome,
  url: string,
  evidence: string,
  message: string,
): Finding {
  return { checkId, outcome, url, evidence: clip(evidence), message };
}

/** A fetched page as the criteria see it. */
export interface EvaluatedPage {
  url: string;
  status: number;
  headers: Record<string, string>;
  tls?: { authorized: boolean; error?: string };
  page: ExtractedPage;
}

// --- transport -------------------------------------------------------------------------------------------------

export function checkHttps(home: {
  finalUrl: string;
  tls?: { authorized: boolean; error?: string };
}): Finding {
  const isHttps = home.finalUrl.startsWith('https:');
  if (!isHttps)
    return finding('https', 'fail', home.finalUrl, home.finalUrl, 'the home page is not served over HTTPS');
  if (!home.tls?.authorized)
    return finding(
      'https',
      'fail',
      home.finalUrl,
      home.tls?.error ?? 'no TLS information',
      'the certificate chain is not valid',
    );
  return finding(
    'https',
    'pass',
    home.finalUrl,
    home.finalUrl,
    'served over HTTPS with a valid certificate chain',
  );
}

export function parseHstsMaxAge(header: string): number | undefined {
  const match = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(header);
  return match ? Number(match[1]) : undefined;
}

export function checkHsts(home: { finalUrl: string; headers: Record<string, string> }): Finding {
  const header = home.headers['strict-transport-security'];
  if (!home.finalUrl.startsWith('https:'))
    return finding(
      'hsts',
      'fail',
      home.finalUrl,
      header ?? '',
      'HSTS needs HTTPS; the home page is plain HTTP',
    );
  if (!header) return finding('hsts', 'fail', home.finalUrl, '', 'no Strict-Transport-Security header');
  const maxAge = parseHstsMaxAge(header);
  if (maxAge === undefined)
    return finding(
      'hsts',
      'fail',
      home.finalUrl,
      `Strict-Transport-Security: ${header}`,
      'HSTS without max-age',
    );
  if (maxAge < HSTS_MIN_MAX_AGE)
    return finding(
      'hsts',
      'fail',
      home.finalUrl,
      `Strict-Transport-Security: ${header}`,
      `HSTS max-age ${maxAge} is below ${HSTS_MIN_MAX_AGE} s (180 days)`,
    );
  return finding(
    'hsts',
    'pass',
    home.finalUrl,
    `Strict-Transport-Security: ${header}`,
    'HSTS with max-age ≥ 180 days',
  );
}

export function checkMixedContent(pages: EvaluatedPage[]): Finding {
  const secure = pages.filter((p) => p.url.startsWith('https:'));
  if (secure.length === 0)
    return finding(
      'mixed-content',
      'not_applicable',
      pages[0]?.url ?? '',
      '',
      'no page was served over HTTPS',
    );
  for (const p of secure) {
    const insecure = p.page.subresources.filter((r) => r.url.startsWith('http:'));
    if (insecure.length > 0)
      return finding(
        'mixed-content',
        'fail',
        p.url,
        insecure.map((r) => `<${r.tag}> ${r.url}`).join(' '),
        `${insecure.length} subresource(s) loaded over plain HTTP on an HTTPS page`,
      );
  }
  return finding(
    'mixed-content',
    'pass',
    secure[0]!.url,
    '',
    `no plain-HTTP subresources on ${secure.length} HTTPS page(s)`,
  );
}

// --- text search -----------------------------------------------------------------------------------------------

/**
 * The folded text with, for each folded character, the index of the original character it came from, so a match
 * in folded text can be quoted from the original.
 */
/** foldText of single non-ASCII characters; pages use few distinct ones. */
const charFolds = new Map<string, string>();
function foldChar(ch: string): string {
  let f = charFolds.get(ch);
  if (f === undefined) {
    f = /\s/u.test(ch) ? ' ' : foldText(ch);
    if (charFolds.size < 65_536) charFolds.set(ch, f);
  }
  return f;
}

export function foldWithMap(text: string): { folded: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let lastSpace = true;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // ASCII fast path: the same as foldText for these characters.
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (!lastSpace) {
          parts.push(' ');
          map.push(index);
          lastSpace = true;
        }
      } else {
        parts.push(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[index]!);
        map.push(index);
        lastSpace = false;
      }
      index++;
      continue;
    }
    const point = text.codePointAt(index)!;
    const ch = String.fromCodePoint(point);
    const f = foldChar(ch);
    if (f === ' ') {
      if (!lastSpace) {
        parts.push(' ');
        map.push(index);
        lastSpace = true;
      }
    } else {
      for (let k = 0; k < f.length; k++) map.push(index);
      parts.push(f);
      if (f.length > 0) lastSpace = false;
    }
    index += ch.length;
  }
  map.push(index);
  return { folded: parts.join(''), map };
}

/** Finds `needle` in `text` diacritics- and case-insensitively, on word boundaries; returns original indices. */
export function findFolded(text: string, needle: string): { start: number; end: number } | undefined {
  const target = foldText(needle);
  if (!target) return undefined;
  // Cheap rejection first: folding the whole text natively is far faster than building the index map.
  if (!foldText(text).includes(target)) return undefined;
  const { folded, map } = foldWithMap(text);
  let from = 0;
  for (;;) {
    const at = folded.indexOf(target, from);
    if (at < 0) return undefined;
    const before = folded[at - 1];
    const after = folded[at + target.length];
    const boundary = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
    if (boundary(before) && boundary(after)) {
      const start = map[at]!;
      const lastChar = map[at + target.length - 1]!;
      const end = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
      return { start, end };
    }
    from = at + 1;
  }
}

export function checkBusinessName(pages: EvaluatedPage[], legalNames: string[]): Finding {
  const names = legalNames.filter((n) => n.trim() !== '');
  if (names.length === 0)
    return finding(
      'business-name',
      'not_applicable',
      pages[0]?.url ?? '',
      '',
      'no registered name to compare',
    );
  for (const p of pages) {
    for (const name of names) {
      const hit = findFolded(p.page.text, name);
      if (hit)
        return finding(
          'business-name',
          'pass',
          p.url,
          snippet(p.page.text, hit.start, hit.end),
          `the registered name "${clip(name, 80)}" is shown`,
        );
    }
  }
  return finding(
    'business-name',
    'fail',
    pages[0]?.url ?? '',
    clip(pages[0]?.page.text ?? ''),
    `none of the registered names (${clip(names.join(' | '), 120)}) appears on ${pages.length} page(s)`,
  );
}

function identifierPattern(identifier: string): RegExp | undefined {
  const chars = [...identifier.replace(/[^\p{L}\p{N}]/gu, '')];
  if (chars.length === 0) return undefined;
  const body = chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s.\\-/_]?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

export function checkRegistrationNumber(pages: EvaluatedPage[], identifiers: string[]): Finding {
  const patterns = identifiers
    .map((id) => ({ id, re: identifierPattern(id) }))
    .filter((x): x is { id: string; re: RegExp } => x.re !== undefined);
  if (patterns.length === 0)
    return finding(
      'registration-number',
      'not_applicable',
      pages[0]?.url ?? '',
      '',
      'no registration number to compare',
    );
  for (const p of pages) {
    for (const { id, re } of patterns) {
      const m = re.exec(p.page.text);
      if (m)
        return finding(
          'registration-number',
          'pass',
          p.url,
          snippet(p.page.text, m.index, m.index + m[0].length),
          `the registration number ${id} is shown`,
        );
    }
  }
  return finding(
    'registration-number',
    'fail',
    pages[0]?.url ?? '',
    '',
    `none of the registered identifiers (${clip(identifiers.join(', '), 120)}) appears on ${pages.length} page(s)`,
  );
}

const AMOUNT = String.raw`\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SYMBOL_BEFORE = String.raw`US\$|S\$|RM|Rp\.?|₱|₫|฿|€|£|¥|\$`;
const CODE = 'VND|VNĐ|USD|SGD|THB|MYR|IDR|PHP|EUR|BND|KHR|LAK|MMK';
const SYMBOL_AFTER = `₫|đ|đồng|dong|บาท|${CODE}`;
const PRICE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${SYMBOL_BEFORE}|${CODE})\s?(?:${AMOUNT})|(?:${AMOUNT})\s?(?:${SYMBOL_AFTER}))(?![\p{L}\p{N}])`,
  'iu',
);

/** The first price with a currency symbol or code in `text`, if any. */
export function findPrice(text: string): { start: number; end: number; match: string } | undefined {
  const m = PRICE_RE.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, match: m[0] } : undefined;
}

export function checkPrices(pages: EvaluatedPage[]): Finding {
  for (const p of pages) {
    const hit = findPrice(p.page.text);
    if (hit)
      return finding(
        'prices-with-currency',
        'pass',
        p.url,
        snippet(p.page.text, hit.start, hit.end),
        `a price with its currency is shown (${hit.match})`,
      );
  }
  return finding(
    'prices-with-currency',
    'fail',
    pages[0]?.url ?? '',
    '',
    `no price with a currency symbol or code on ${pages.length} page(s)`,
  );
}

// --- seal ------------------------------------------------------------------------------------------------------

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

function originAndPath(url: string): string | undefined {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return undefined;
  }
}

/**
 * The seal must be the node's script, embedded with the site's own domain (`?domain=` or `data-domain`). A seal
 * image from the node without the script is a copied seal: it shows a trustmark nobody can click through to.
 */
export function checkSeal(home: EvaluatedPage, domain: string, sealScriptUrls: string[]): Finding[] {
  if (sealScriptUrls.length === 0)
    return [finding('seal-embedded', 'not_applicable', home.url, '', 'no seal script URL configured')];
  const wanted = new Set(sealScriptUrls.map(originAndPath).filter((x): x is string => x !== undefined));
  const nodeOrigins = new Set(
    sealScriptUrls
      .map((u) => {
        try {
          return new URL(u).origin;
        } catch {
          return undefined;
        }
      })
      .filter((x): x is string => x !== undefined),
  );
  const own = bareHost(domain);
  const sealScripts = home.page.scripts.filter((s) => s.url && wanted.has(originAndPath(s.url) ?? ''));
  for (const s of sealScripts) {
    const declared = new URL(s.url!).searchParams.get('domain') ?? s.attrs['data-domain'] ?? '';
    if (bareHost(declared) === own)
      return [
        finding('seal-embedded', 'pass', home.url, `<script src="${s.src}">`, 'the seal script is embedded'),
      ];
  }
  if (sealScripts.length > 0) {
    const s = sealScripts[0]!;
    return [
      finding(
        'seal-embedded',
        'fail',
        home.url,
        `<script src="${s.src}">`,
        `the seal script is embedded for another domain, not ${own}`,
      ),
    ];
  }
  const copied = home.page.images.find((img) => {
    let fromNode = false;
    try {
      fromNode = img.url !== undefined && nodeOrigins.has(new URL(img.url).origin);
    } catch {}
    const looksLikeSeal = /seal|trustmark|tin-?nhiem|crosstrust/i.test(`${img.src} ${img.alt}`);
    return looksLikeSeal && (fromNode || /seal|trustmark/i.test(img.src));
  });
  if (copied) {
    const evidence = `<img src="${copied.src}" alt="${copied.alt}">`;
    return [
      finding(
        'seal-embedded',
        'fail',
        home.url,
        evidence,
        'a seal image is shown but the seal script is not embedded',
      ),
      finding(
        'seal-copied',
        'fail',
        home.url,
        evidence,
        'the seal image was copied instead of embedding the seal script; it cannot be verified by a click',
      ),
    ];
  }
  return [finding('seal-embedded', 'fail', home.url, '', 'the seal script is not embedded on the home page')];
}
