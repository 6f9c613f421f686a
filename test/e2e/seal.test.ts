import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { websites } from '../../src/modules/registry/schema.ts';
import { generateExample } from '../../src/standards/identifiers/index.ts';
import { adminHeaders, startTestNode, type TestNode } from '../support/node.ts';
import { describeInBrowser, TEST_TIMEOUT } from './support.ts';

const SHOP = 'sao-viet-shop.vn';
const COPYCAT = 'copycat-shop.vn';

describeInBrowser('the embeddable trustmark seal in a browser', () => {
  let node: TestNode;
  let shopSite: Server;
  let sitePort: number;
  let browser: Browser;
  let applicationId: string;

  beforeAll(async () => {
    node = await startTestNode({
      config: { fetchAllowPrivate: false },
      websiteCheckFetch: { lookup: async () => ({ address: '127.0.0.1', family: 4 }) },
    });
    const headers = await adminHeaders(node);
    const call = async (method: string, path: string, body: object = {}) => {
      const response = await node.call(method, path, { headers, body });
      if (response.status >= 300) throw new Error(`${path}: ${response.text}`);
      return response.json;
    };
    // A certified shop, through the real workflow.
    const party = await call('POST', '/api/v1/registry/parties', {
      kind: 'merchant',
      name: 'Công ty TNHH Sao Việt',
      homeEconomy: 'VN',
      identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 654) }],
      websites: [SHOP],
    });
    await node.database.db
      .update(websites)
      .set({ verifiedAt: new Date(), verificationMethod: 'dns' })
      .where(eq(websites.domain, SHOP));
    applicationId = (
      await call('POST', '/api/v1/trustmarks/applications', {
        partyId: party.id,
        domain: SHOP,
        schemeId: 'asean-coc',
      })
    ).id;
    const checked = await call('POST', `/api/v1/trustmarks/applications/${applicationId}/check`);
    await call('POST', `/api/v1/trustmarks/applications/${applicationId}/review`, {
      verdicts: checked.criteria.map((c: { id: string }) => ({ criterionId: c.id, verdict: 'met' })),
    });
    await call('POST', `/api/v1/trustmarks/applications/${applicationId}/approve`);

    // The same merchant page, with the one-line snippet, served under the shop's domain and a copycat's.
    const snippet = `<script src="${node.url.replace('127.0.0.1', 'localhost')}/api/v1/trustmarks/seal.js"></script>`;
    shopSite = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="en"><head><title>Shop</title></head><body><h1>Sao Viet shop</h1>${snippet}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => shopSite.listen(0, '127.0.0.1', resolve));
    sitePort = (shopSite.address() as AddressInfo).port;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--host-resolver-rules=MAP ${SHOP} 127.0.0.1, MAP ${COPYCAT} 127.0.0.1`,
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => shopSite?.close(resolve));
    await node?.stop();
  });

  const sealOn = async (domain: string) => {
    const page = await browser.newPage();
    await page.goto(`http://${domain}:${sitePort}/`);
    const seal = page.locator('a.crosstrust-seal');
    await seal.and(page.locator(':not([data-status="loading"])')).waitFor({ timeout: 15_000 });
    return { page, seal };
  };

  it(
    'shows certified on the shop’s own domain, not on another domain, and revoked after revocation',
    async () => {
      const own = await sealOn(SHOP);
      expect(await own.seal.getAttribute('data-status')).toBe('certified');
      expect(await own.seal.getAttribute('aria-label')).toContain('Certified');
      expect(await own.seal.textContent()).toContain(SHOP);
      expect(await own.seal.getAttribute('href')).toBe(
        `${node.url.replace('127.0.0.1', 'localhost')}/trustmarks/verify/${SHOP}`,
      );
      await own.page.screenshot({ path: '/tmp/e2e-seal-certified.png' });

      const copied = await sealOn(COPYCAT);
      expect(await copied.seal.getAttribute('data-status')).toBe('none');
      expect(await copied.seal.textContent()).toContain('Not certified here');
      await copied.page.screenshot({ path: '/tmp/e2e-seal-copycat.png' });

      const headers = await adminHeaders(node);
      const revoked = await node.call(
        'POST',
        `/api/v1/trustmarks/applications/${applicationId}/certificate`,
        {
          headers,
          body: { action: 'revoke', reason: 'counterfeit goods confirmed' },
        },
      );
      expect(revoked.status).toBe(200);
      await own.page.reload();
      await own.page.locator('a.crosstrust-seal[data-status="revoked"]').waitFor({ timeout: 15_000 });
      expect(await own.page.locator('a.crosstrust-seal').textContent()).toContain('Certificate revoked');
      await own.page.screenshot({ path: '/tmp/e2e-seal-revoked.png' });
    },
    TEST_TIMEOUT,
  );
});
