/**
 * The trustmark workflow in a browser, against a real node (seeded demo registry, in-memory database): an
 * administrator applies for a merchant's website, uploads evidence, runs the automated check, records every verdict
 * and approves; the certificate and the seal snippet appear; the public registry finds the website and its
 * verification page shows it certified. Every host resolves to loopback and private addresses are refused, so the
 * automated check ends at once with errors. Screenshots go to /tmp/e2e-tmflow-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { websites } from '../../src/modules/registry/schema.ts';
import { createUser } from '../../src/platform/auth/service.ts';
import { FIRST_ADMIN_EMAIL } from '../../src/server/node.ts';
import { generateExample } from '../../src/standards/identifiers/index.ts';
import {
  ADMIN_PASSWORD,
  describeInBrowser,
  screenshot,
  signInAsAdmin,
  TEST_TIMEOUT,
  useBrowserSuite,
} from './support.ts';

const NAME = 'Công ty TNHH Đèn Lồng Hội An';
const NAME_LATIN = 'Hoi An Lantern Co., Ltd';
const SHOP = 'denlong-hoian.vn';
const MERCHANT = { email: 'owner@denlong-hoian.vn', password: 'lanterns light the old town' };

describeInBrowser('the trustmark workflow in a browser', () => {
  const suite = useBrowserSuite({
    config: { fetchAllowPrivate: false },
    websiteCheckFetch: { lookup: async () => ({ address: '127.0.0.1', family: 4 }) },
  });
  const open = (path: string) => suite.open(path);
  const shot = (page: Page, name: string) => screenshot(page, `tmflow-${name}`);
  let dir: string;
  let evidencePath: string;

  beforeAll(async () => {
    // A merchant whose website's ownership is already proven (as if by its DNS record).
    const { url, database } = suite.node;
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FIRST_ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const created = await fetch(`${url}/api/v1/registry/parties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        kind: 'merchant',
        name: NAME,
        nameLatin: NAME_LATIN,
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 4711) }],
        websites: [SHOP],
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const party = (await created.json()) as { id: string };
    await createUser(database.db, {
      ...MERCHANT,
      name: 'Shop owner',
      roles: ['merchant'],
      partyId: party.id,
      mustChangePassword: false,
    });
    await database.db
      .update(websites)
      .set({ verifiedAt: new Date(), verificationMethod: 'dns' })
      .where(eq(websites.domain, SHOP));

    dir = mkdtempSync(join(tmpdir(), 'crosstrust-e2e-'));
    evidencePath = join(dir, 'business-licence.pdf');
    writeFileSync(
      evidencePath,
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'applies, uploads evidence, checks, records every verdict and approves: the certificate and seal appear',
    async () => {
      const page = await open('/login?next=%2Fconsole%2Ftrustmarks');
      await signInAsAdmin(page);
      await page.waitForURL((u) => u.pathname === '/console/trustmarks');
      await page.getByRole('heading', { level: 1, name: 'Trustmarks' }).waitFor();
      expect(
        await page
          .getByRole('navigation', { name: 'Console sections' })
          .getByRole('link', { name: 'Trustmarks' })
          .count(),
      ).toBe(1);

      // Apply: find the business, then its verified website and a scheme.
      const apply = page.locator('form[aria-labelledby="apply-heading"]');
      await apply.getByLabel('Find the business').fill('Đèn Lồng Hội An');
      await apply.getByRole('button', { name: 'Find' }).click();
      const website = apply.getByLabel('Website', { exact: true });
      await website.waitFor();
      expect(await website.inputValue()).toBe(SHOP);
      await apply.getByLabel('Scheme', { exact: true }).selectOption('asean-coc');
      await shot(page, 'apply');
      await apply.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL((u) => /^\/console\/trustmarks\/[0-9a-f-]{36}$/.test(u.pathname));
      await page.getByRole('heading', { level: 1, name: SHOP }).waitFor();
      const next = page.locator('section[aria-labelledby="next-heading"]');
      expect(await next.locator('.badge').first().textContent()).toBe('Submitted');

      // Evidence: a PDF for a criterion, sent as the file itself.
      const upload = page.locator('form[aria-labelledby="upload-heading"]');
      await upload.getByLabel('File', { exact: true }).setInputFiles(evidencePath);
      expect(await upload.locator('.file-picker-name').textContent()).toContain('business-licence.pdf');
      const criterion = upload.getByLabel('Criterion', { exact: true });
      const firstCriterion = await criterion.locator('option').nth(1).getAttribute('value');
      await criterion.selectOption(firstCriterion ?? '');
      await upload.getByRole('button', { name: 'Upload' }).click();
      await page.getByRole('status').filter({ hasText: 'business-licence.pdf was uploaded.' }).waitFor();
      const evidence = page.locator('section[aria-labelledby="evidence-heading"] table');
      await evidence.getByRole('link', { name: 'business-licence.pdf' }).waitFor();
      expect(await evidence.textContent()).toContain(firstCriterion);
      expect(await evidence.getByRole('link', { name: 'business-licence.pdf' }).getAttribute('href')).toMatch(
        /^\/api\/v1\/trustmarks\/applications\/[0-9a-f-]{36}\/evidence\/[0-9a-f-]{36}$/,
      );

      // The automated check: every fetch is refused here, so the automated criteria are not met.
      await next.getByRole('button', { name: 'Run the automated check' }).click();
      await page.getByText('The automated check is recorded.').waitFor();
      await next.getByText('In review', { exact: true }).waitFor();
      const rows = page.locator('section[aria-labelledby="criteria-heading"] tbody tr');
      expect(await rows.count()).toBeGreaterThan(5);
      const https = rows.filter({ hasText: 'FETCH_PRIVATE_ADDRESS' }).first();
      expect(await https.getAttribute('data-verdict')).toBe('not_met');
      expect(await https.textContent()).toContain('by the automated check');
      const checks = page.locator('section[aria-labelledby="checks-heading"] tbody tr');
      expect(await checks.count()).toBe(1);
      expect(await checks.first().textContent()).toContain('Application');
      await shot(page, 'review');

      // Every verdict "met", saved at once.
      const selects = page.locator('section[aria-labelledby="criteria-heading"] select');
      const count = await selects.count();
      for (let i = 0; i < count; i++) await selects.nth(i).selectOption('met');
      await page
        .getByLabel(`Note for ${await rows.first().getAttribute('data-criterion')}`)
        .fill('Seen on site');
      await page.getByRole('button', { name: 'Save verdicts' }).click();
      await page.getByText(`${count} verdicts saved.`).waitFor();
      await page
        .locator('section[aria-labelledby="criteria-heading"] tr[data-verdict="not_met"]')
        .first()
        .waitFor({
          state: 'detached',
        });

      // Approve: the certificate is issued and the seal snippet is there to copy.
      await next.getByRole('button', { name: 'Approve', exact: true }).click();
      await next.getByRole('button', { name: 'Approve and certify' }).click();
      await page.getByText('Approved: the website is certified.').waitFor();
      const certificate = page.locator('section[aria-labelledby="certificate-heading"]');
      await certificate.waitFor();
      expect(await certificate.textContent()).toContain('Valid until');
      const seal = await certificate.locator('pre[data-seal-snippet]').textContent();
      expect(seal).toBe(`<script src="${suite.node.url}/api/v1/trustmarks/seal.js" async></script>`);
      expect(
        await certificate.getByRole('link', { name: 'Download the credential' }).getAttribute('href'),
      ).toMatch(/\/api\/v1\/trustmarks\/certificates\/[0-9a-f-]{36}\/credential$/);
      expect(await page.locator('section[aria-labelledby="history-heading"]').textContent()).toContain(
        'Certificate issued',
      );
      // Evidence is the record now: no more uploads.
      expect(await page.locator('form[aria-labelledby="upload-heading"]').count()).toBe(0);
      await shot(page, 'certified');
      await certificate.scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/e2e-tmflow-certified-top.png' }).catch(() => {});
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.getByRole('heading', { name: 'Tình trạng hồ sơ' }).waitFor();
      expect(await certificate.getByRole('heading', { level: 2 }).textContent()).toBe('Chứng nhận');
      await shot(page, 'certified-vi');
      await page.getByRole('button', { name: 'English' }).click();

      // A review opens and the certificate is suspended, then reinstated: each step asks for a reason.
      await next.getByRole('button', { name: 'Open a review' }).click();
      await next.getByRole('button', { name: 'Open review' }).click();
      expect(await next.locator('#f-reason-error').textContent()).toContain('at least 3 characters');
      await next.getByLabel('Reason').fill('Complaints about late deliveries');
      await next.getByRole('button', { name: 'Open review' }).click();
      await page.getByText('The certificate is under review', { exact: true }).waitFor();
      expect(await page.locator('.alert-warning').textContent()).toContain(
        'Complaints about late deliveries',
      );
      await next.getByRole('button', { name: 'Suspend' }).click();
      await next.getByLabel('Reason').fill('Deliveries to be checked');
      await next.getByRole('button', { name: 'Suspend certificate' }).click();
      await page.getByText('The certificate is suspended.', { exact: true }).waitFor();
      expect(await page.locator('.alert-warning').count()).toBe(0);
      await shot(page, 'suspended');
      await next.getByRole('button', { name: 'Reinstate' }).click();
      await next.getByLabel('Reason').fill('Deliveries are on time again');
      await next.getByRole('button', { name: 'Reinstate certificate' }).click();
      await page.getByText('The certificate is reinstated.', { exact: true }).waitFor();
      await next.getByText('Certified', { exact: true }).waitFor();
      const history = await page.locator('section[aria-labelledby="history-heading"]').textContent();
      for (const event of ['Review opened', 'Certificate suspended', 'Certificate reinstated'])
        expect(history).toContain(event);

      // The queue no longer lists it by default; "All states" does.
      await page.getByRole('link', { name: 'Trustmarks' }).first().click();
      await page.waitForURL((u) => u.pathname === '/console/trustmarks');
      await page.getByLabel('State').selectOption('certified');
      // Business names arrive after the rows: wait for the row to carry one.
      await page.locator(`tr:has-text("${SHOP}"):has-text("${NAME}")`).waitFor();
      await shot(page, 'queue');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the merchant its certificate and seal, without the assessor’s steps',
    async () => {
      const page = await open('/login?next=%2Fconsole%2Ftrustmarks');
      await page.getByLabel('E-mail').fill(MERCHANT.email);
      await page.getByLabel('Password').fill(MERCHANT.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((u) => u.pathname === '/console/trustmarks');
      await page.getByRole('heading', { name: 'Your applications and certificates' }).waitFor();
      // A merchant applies for its own business only: no search for another.
      const apply = page.locator('form[aria-labelledby="apply-heading"]');
      await apply.getByText(NAME).waitFor();
      expect(await apply.getByLabel('Find the business').count()).toBe(0);
      await page.getByRole('link', { name: SHOP }).click();
      await page.waitForURL((u) => /^\/console\/trustmarks\/[0-9a-f-]{36}$/.test(u.pathname));
      const next = page.locator('section[aria-labelledby="next-heading"]');
      await next.getByRole('button', { name: 'Renew' }).waitFor();
      expect(await next.getByRole('button', { name: 'Suspend' }).count()).toBe(0);
      expect(await page.locator('pre[data-seal-snippet]').textContent()).toContain(
        '/api/v1/trustmarks/seal.js',
      );
      // Renewal opens only near the end of validity: the node says so, shown like every other problem.
      await next.getByRole('button', { name: 'Renew' }).click();
      await next.getByRole('alert').getByText('It is too early to renew this certificate.').waitFor();
      await shot(page, 'merchant');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'finds the website in the public registry and shows it certified on its verification page',
    async () => {
      const page = await open('/');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Certified websites' })
        .click();
      await page.waitForURL((u) => u.pathname === '/trustmarks');
      await page.getByRole('heading', { level: 1, name: 'Certified websites' }).waitFor();
      await page.getByLabel('Business name, website or UBIN').fill('den long hoi an');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const row = page.locator(`tr[data-domain="${SHOP}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain(NAME);
      expect(await row.textContent()).toContain('ASEAN Online Business Code of Conduct');
      expect(await row.textContent()).toContain('Certified');
      await shot(page, 'registry');

      await row.getByRole('link', { name: `Certificate of ${SHOP}` }).click();
      await page.waitForURL((u) => u.pathname === `/trustmarks/verify/${SHOP}`);
      const banner = page.locator('.tm-verdict');
      await banner.getByRole('heading', { name: `${SHOP} is certified` }).waitFor();
      expect(await banner.getAttribute('data-status')).toBe('certified');
      const business = page.locator('section[aria-labelledby="tm-business"]');
      expect(await business.textContent()).toContain(NAME);
      expect(await business.textContent()).toContain(NAME_LATIN);
      expect(await business.textContent()).toContain('urn:ubin:vn:mst:');
      const criteria = page.locator('section[aria-labelledby="tm-criteria"] li[data-criterion]');
      expect(await criteria.count()).toBeGreaterThan(5);
      expect(await page.locator('section[aria-labelledby="tm-certificate"]').textContent()).toContain(
        'Certified',
      );
      await shot(page, 'verify');

      // The credential goes to the verifier, which finds it genuine.
      await page.getByRole('button', { name: 'Check it in the verifier' }).click();
      await page.waitForURL((u) => u.pathname === '/verify');
      await page.getByRole('heading', { name: 'Verified', exact: true }).waitFor();
      await page.goBack();

      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await banner.getByRole('heading', { name: `${SHOP} được chứng nhận` }).waitFor();
      expect(await page.locator('section[aria-labelledby="tm-criteria"] h2').textContent()).toBe(
        'Các tiêu chí đạt',
      );
      await shot(page, 'verify-vi');

      // Seals are clicked on phones: the page fits a narrow screen without sideways scrolling.
      await page.setViewportSize({ width: 390, height: 844 });
      await banner.waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(page, 'verify-mobile');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'tells a consumer plainly when a domain has no certificate',
    async () => {
      const page = await open('/trustmarks/verify/copycat-lantern.vn');
      const banner = page.locator('.tm-verdict');
      await banner
        .getByRole('heading', { name: 'No trustmark certificate for copycat-lantern.vn' })
        .waitFor();
      expect(await banner.getAttribute('data-status')).toBe('none');
      expect(await page.locator('.alert-error').count()).toBe(0);
      await shot(page, 'verify-none');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
