import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkWebsite,
  type WebsiteCheckInput,
  type WebsiteCheckOptions,
  type WebsiteCheckResult,
} from '../src/modules/trustmark/checker/crawl.ts';
import type { Finding } from '../src/modules/trustmark/checker/criteria.ts';
import { safeFetch } from '../src/platform/http/safe-fetch.ts';
import {
  GOOD_SHOP,
  HUGE_BYTES,
  NODE_URL,
  SEAL_SCRIPT_URLS,
  startTestSites,
  type TestSites,
} from './support/test-sites.ts';

const USER_AGENT = `CrossTrust-WebsiteCheck/0.1 (+${NODE_URL})`;
let sites: TestSites;

beforeAll(async () => {
  sites = await startTestSites();
});
afterAll(async () => {
  await sites?.close();
});

function options(overrides: Partial<WebsiteCheckOptions> = {}): WebsiteCheckOptions {
  return {
    userAgent: USER_AGENT,
    allowPrivate: true,
    lookup: sites.lookup,
    ports: { http: sites.httpPort, https: sites.httpsPort },
    ca: sites.ca,
    timeoutMs: 1_000,
    maxBytes: 2 * 1024 * 1024,
    maxRedirects: 5,
    maxPages: 12,
    now: () => new Date(),
    ...overrides,
  };
}

function input(domain: string, extra: Partial<WebsiteCheckInput> = {}): WebsiteCheckInput {
  return {
    domain,
    legalNames: GOOD_SHOP.legalNames,
    identifiers: GOOD_SHOP.identifiers,
    sealScriptUrls: SEAL_SCRIPT_URLS,
    ...extra,
  };
}

function byId(result: WebsiteCheckResult): Record<string, Finding> {
  return Object.fromEntries(result.findings.map((f) => [f.checkId, f]));
}

function outcomes(result: WebsiteCheckResult): Record<string, string> {
  return Object.fromEntries(result.findings.map((f) => [f.checkId, f.outcome]));
}

describe('automated website check against local test sites', () => {
  it('passes every criterion on the good shop, with evidence quoted from the pages', async () => {
    const result = await checkWebsite(input('goodshop.test'), options());
    const f = byId(result);
    expect(outcomes(result)).toEqual({
      https: 'pass',
      hsts: 'pass',
      'mixed-content': 'pass',
      'contact-page': 'pass',
      'terms-page': 'pass',
      'returns-page': 'pass',
      'privacy-page': 'pass',
      'complaints-page': 'pass',
      'business-name': 'pass',
      'registration-number': 'pass',
      'prices-with-currency': 'pass',
      'seal-embedded': 'pass',
    });
    expect(f.hsts!.evidence).toContain('max-age=31536000');
    expect(f['contact-page']!.evidence).toContain('Liên hệ');
    expect(f['contact-page']!.url).toBe('https://goodshop.test/lien-he');
    expect(f['returns-page']!.evidence).toContain('Chính sách đổi trả');
    expect(f['complaints-page']!.evidence).toContain('khiếu nại');
    expect(f['business-name']!.evidence).toContain('CÔNG TY TNHH THƯƠNG MẠI SAO VIỆT');
    expect(f['registration-number']!.evidence).toContain('0101 243 150');
    expect(f['prices-with-currency']!.evidence).toContain('1.250.000 ₫');
    expect(f['seal-embedded']!.evidence).toContain('/api/v1/trustmarks/seal.js?domain=goodshop.test');
    for (const finding of result.findings) expect(finding.evidence.length).toBeLessThanOrEqual(200);
    // robots.txt, home, five policy pages.
    expect(result.pagesFetched.map((p) => p.url)).toContain('https://goodshop.test/robots.txt');
    expect(result.pagesFetched).toHaveLength(7);
    expect(Date.parse(result.finishedAt)).toBeGreaterThanOrEqual(Date.parse(result.startedAt));
    // It identifies itself.
    expect(sites.userAgents.get('goodshop.test')!.every((ua) => ua === USER_AGENT)).toBe(true);
  });

  it('reports missing policies, mixed content, no HSTS, no prices on a shop missing policies', async () => {
    const result = await checkWebsite(input('nopolicy.test'), options());
    const f = byId(result);
    expect(outcomes(result)).toMatchObject({
      https: 'pass',
      hsts: 'fail',
      'mixed-content': 'fail',
      'contact-page': 'fail', // linked, but answers 404
      'terms-page': 'fail',
      'returns-page': 'fail',
      'privacy-page': 'fail',
      'complaints-page': 'fail',
      'business-name': 'pass', // written without diacritics
      'registration-number': 'fail',
      'prices-with-currency': 'fail',
      'seal-embedded': 'fail',
    });
    expect(f['mixed-content']!.evidence).toContain('http://cdn.nopolicy.test/banner.png');
    expect(f['contact-page']!.evidence).toContain('HTTP 404');
    expect(f['terms-page']!.message).toMatch(/no link/);
    expect(f['business-name']!.evidence).toContain('Cong ty TNHH Thuong mai Sao Viet');
  });

  it('flags a copied seal image and finds Thai policy links and ฿ prices', async () => {
    const result = await checkWebsite(input('copiedseal.test'), options());
    const f = byId(result);
    expect(f['seal-embedded']!.outcome).toBe('fail');
    expect(f['seal-copied']!.outcome).toBe('fail');
    expect(f['seal-copied']!.evidence).toContain('seal.png');
    for (const id of ['contact-page', 'terms-page', 'returns-page', 'privacy-page', 'complaints-page'])
      expect(f[id]!.outcome, id).toBe('pass');
    expect(f['privacy-page']!.evidence).toContain('นโยบายความเป็นส่วนตัว');
    expect(f['prices-with-currency']!.evidence).toContain('฿1,290');
  });

  it('ends a redirect loop with FETCH_TOO_MANY_REDIRECTS', async () => {
    const result = await checkWebsite(input('loop.test'), options());
    const f = byId(result);
    expect(f.https!.outcome).toBe('error');
    expect(f.https!.evidence).toContain('FETCH_TOO_MANY_REDIRECTS');
    expect(result.findings.every((x) => x.outcome === 'error')).toBe(true);
  });

  it('gives up on a slow site with a timeout error', async () => {
    const started = Date.now();
    const result = await checkWebsite(input('slow.test'), options({ timeoutMs: 1_000 }));
    const elapsed = Date.now() - started;
    expect(byId(result).https!.outcome).toBe('error');
    expect(byId(result).https!.evidence).toContain('FETCH_TIMEOUT');
    expect(elapsed).toBeLessThan(4_000); // a sanity bound, not a benchmark: the site answers after 5 s
  });

  it('caps a huge page at maxBytes and marks it truncated', async () => {
    const result = await checkWebsite(input('huge.test'), options({ timeoutMs: 10_000 }));
    const home = result.pagesFetched.find((p) => p.url === 'https://huge.test/');
    expect(home).toMatchObject({ status: 200, bytes: 2 * 1024 * 1024, truncated: true });
    expect(home!.bytes).toBeLessThan(HUGE_BYTES);
    expect(byId(result)['prices-with-currency']!.outcome).toBe('pass');
  });

  it('respects robots.txt: a disallowed policy page is not fetched', async () => {
    const result = await checkWebsite(input('robots.test'), options());
    const f = byId(result);
    expect(f['privacy-page']!.outcome).toBe('not_applicable');
    expect(f['privacy-page']!.message).toContain('robots.txt');
    expect(result.pagesFetched.some((p) => p.url.includes('/chinh-sach-bao-mat'))).toBe(false);
    expect(f['contact-page']!.outcome).toBe('pass');
  });

  it('stops when robots.txt disallows the whole site for our user agent', async () => {
    const result = await checkWebsite(input('norobots.test'), options());
    expect(result.findings.every((f) => f.outcome === 'not_applicable')).toBe(true);
    expect(result.pagesFetched.map((p) => p.url)).toEqual(['https://norobots.test/robots.txt']);
  });

  it('reads a Malay shop: policy links, RM prices, registration number with separators', async () => {
    const result = await checkWebsite(
      input('kedai.test', { legalNames: ['KEDAI MAJU SDN. BHD.'], identifiers: ['1312525-A'] }),
      options(),
    );
    expect(outcomes(result)).toMatchObject({
      'contact-page': 'pass',
      'terms-page': 'pass',
      'returns-page': 'pass',
      'privacy-page': 'pass',
      'complaints-page': 'pass',
      'business-name': 'pass',
      'registration-number': 'pass',
      'prices-with-currency': 'pass',
      'seal-embedded': 'pass',
    });
    expect(byId(result)['registration-number']!.evidence).toContain('1312525-A');
    expect(byId(result)['prices-with-currency']!.evidence).toContain('RM 49.90');
  });

  it('fails https on an untrusted certificate and still reads the site over http', async () => {
    const result = await checkWebsite(input('httponly.test'), options());
    const f = byId(result);
    expect(f.https!.outcome).toBe('fail');
    expect(f.https!.evidence).toContain('FETCH_TLS');
    expect(f.hsts!.outcome).toBe('fail');
    expect(f['business-name']!.outcome).toBe('pass');
  });

  it('refuses a loopback target unless private addresses are allowed', async () => {
    const result = await checkWebsite(input('goodshop.test'), options({ allowPrivate: false }));
    expect(byId(result).https!.outcome).toBe('error');
    expect(byId(result).https!.evidence).toContain('FETCH_PRIVATE_ADDRESS');
    expect(result.pagesFetched.every((p) => p.status === 0)).toBe(true);
  });
});

describe('safeFetch against the local sites', () => {
  const base = () => ({
    userAgent: USER_AGENT,
    allowPrivate: true,
    lookup: sites.lookup,
    ports: { http: sites.httpPort, https: sites.httpsPort },
    ca: sites.ca,
    timeoutMs: 2_000,
  });

  it('follows redirects hop by hop and records them', async () => {
    const r = await safeFetch('http://goodshop.test/lien-he', base());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.redirects).toEqual(['https://goodshop.test/lien-he']);
    expect(r.finalUrl).toBe('https://goodshop.test/lien-he');
    expect(r.tls).toEqual({ authorized: true });
    expect(r.body).toContain('Liên hệ');
  });

  it('stops at the redirect limit', async () => {
    const r = await safeFetch('http://loop.test/', { ...base(), maxRedirects: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('FETCH_TOO_MANY_REDIRECTS');
    expect(r.redirects).toHaveLength(3);
  });

  it('rejects a certificate it does not trust', async () => {
    const { ca: _ca, ...untrusted } = base();
    const r = await safeFetch('https://goodshop.test/', untrusted);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('FETCH_TLS');
    expect(r.tls?.authorized).toBe(false);
  });

  it('refuses private addresses without allowPrivate, and reports unknown hosts', async () => {
    const refused = await safeFetch('http://127.0.0.1/', { userAgent: USER_AGENT });
    expect(refused).toMatchObject({ ok: false, code: 'FETCH_PRIVATE_ADDRESS' });
    const pinnedToLoopback = await safeFetch('http://goodshop.test/', { ...base(), allowPrivate: false });
    expect(pinnedToLoopback).toMatchObject({ ok: false, code: 'FETCH_PRIVATE_ADDRESS' });
    const unknown = await safeFetch('http://nowhere.invalid/', base());
    expect(unknown).toMatchObject({ ok: false, code: 'FETCH_DNS' });
  });
});
