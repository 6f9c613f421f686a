/**
 * Browser tests of the web UI against a real node (seeded demo registry, in-memory database), driven through
 * Debian's Chromium with playwright-core. Skipped when /usr/bin/chromium is not installed.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { generateExample, validateIdentifier } from '../../src/standards/identifiers/index.ts';
import { describeInBrowser, screenshot, signInAsAdmin, TEST_TIMEOUT, useBrowserSuite } from './support.ts';

describeInBrowser('web UI in a browser', () => {
  const { open } = useBrowserSuite();

  async function finish(page: Page, name: string): Promise<void> {
    await screenshot(page, `test-${name}`);
    await page.context().close();
  }

  it(
    'renders the home page and switches to Vietnamese, setting <html lang> and remembering the choice',
    async () => {
      const page = await open('/');
      const h1 = page.getByRole('heading', { level: 1 });
      await h1.waitFor();
      expect(await h1.textContent()).toBe('Check before you buy');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByRole('searchbox', { name: 'Website address, business name or UBIN' }).waitFor();

      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Kiểm tra trước khi mua' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).textContent()).toContain(
        'Tra cứu',
      );
      expect(await page.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed')).toBe(
        'true',
      );

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Kiểm tra trước khi mua' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      await finish(page, 'home-vi');
    },
    TEST_TIMEOUT,
  );

  it(
    'looks up saigonxanh.vn from the home page and shows the owner with a verified badge',
    async () => {
      const page = await open('/');
      await page
        .getByRole('searchbox', { name: 'Website address, business name or UBIN' })
        .fill('saigonxanh.vn');
      await page.getByRole('button', { name: 'Look up', exact: true }).click();
      await page.waitForURL(/\/lookup\?q=saigonxanh\.vn$/);
      const verdict = page.locator('.verdict');
      await verdict.waitFor();
      expect(await verdict.textContent()).toContain('saigonxanh.vn belongs to a registered business');
      const card = page.locator('.party-card');
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe(
        'Công ty TNHH Thời trang Sài Gòn Xanh',
      );
      const matched = card.locator('li.is-highlighted');
      expect(await matched.locator('.website-domain').textContent()).toBe('saigonxanh.vn');
      expect(await matched.locator('.badge-verified').textContent()).toContain('Ownership verified');
      await finish(page, 'lookup-domain');
    },
    TEST_TIMEOUT,
  );

  it(
    'finds “Công ty Cổ phần Cà phê Đắk Lắk Việt” by the name search “cong ty ca phe” without diacritics',
    async () => {
      const page = await open('/lookup');
      await page.getByRole('searchbox', { name: 'Website, business name or UBIN' }).fill('cong ty ca phe');
      await page.getByRole('button', { name: 'Look up', exact: true }).click();
      const names = page.locator('.party-card h3');
      await names.first().waitFor();
      expect(await names.allTextContents()).toContain('Công ty Cổ phần Cà phê Đắk Lắk Việt');
      await finish(page, 'lookup-name');
    },
    TEST_TIMEOUT,
  );

  it(
    'warns that an unknown domain is not in the registry',
    async () => {
      const page = await open('/lookup?q=https%3A%2F%2Fcheap-designer-bags.example.vn%2Fsale');
      const verdict = page.locator('.verdict-danger');
      await verdict.waitFor();
      expect(await verdict.getByRole('heading').textContent()).toBe(
        'cheap-designer-bags.example.vn is not in the registry — be careful',
      );
      expect(await page.locator('.party-card').count()).toBe(0);
      await finish(page, 'lookup-unknown');
    },
    TEST_TIMEOUT,
  );

  it(
    'checks Vietnamese tax codes: 0101243150 is valid, 0101243151 fails its check digit',
    async () => {
      const page = await open('/tools/identifiers');
      const scheme = page.getByLabel('Scheme');
      await scheme.locator('option[value="vn-mst"]').waitFor({ state: 'attached' });
      await scheme.selectOption('vn-mst');
      const value = page.getByLabel('Value');
      const result = page.locator('.result');

      await value.fill('0101243150');
      await page.getByRole('button', { name: 'Check' }).click();
      await page.locator('.result-valid').waitFor();
      expect(await result.getByRole('heading', { level: 2 }).textContent()).toContain('Valid');
      expect(await result.textContent()).toContain('Verified');

      await value.fill('0101243151');
      await page.getByRole('button', { name: 'Check' }).click();
      await page.locator('.result-invalid').waitFor();
      expect(await result.getByRole('heading', { level: 2 }).textContent()).toContain('Not valid');
      const errors = await result.locator('.error-list').textContent();
      expect(errors).toContain('The check digit does not match');
      expect(errors).toContain('MST_CHECKSUM');
      await finish(page, 'identifiers');
    },
    TEST_TIMEOUT,
  );

  it(
    'lets the admin sign in, register a Singapore party, see it, and shows field errors for bad identifiers',
    async () => {
      const uen = generateExample('sg-uen', 900);
      expect(validateIdentifier({ scheme: 'sg-uen', value: uen }).valid).toBe(true);
      const last = uen.slice(-1);
      const badUen = `${uen.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
      expect(validateIdentifier({ scheme: 'sg-uen', value: badUen }).valid).toBe(false);
      const name = `Orchard Test Traders Pte. Ltd. ${uen}`;

      const page = await open('/console');
      await page.waitForURL(/\/login\?next=/);
      await signInAsAdmin(page);
      await page.waitForURL(/\/console$/);
      await page.locator('table tbody tr').first().waitFor();

      await page.getByRole('link', { name: '+ New party' }).click();
      await page.getByRole('heading', { level: 1, name: 'Register a new party' }).waitFor();
      await page.getByLabel('Home economy').selectOption('SG');
      const schemeSelect = page.locator('#f-identifiers-0-scheme');
      await schemeSelect.locator('option[value="sg-uen"]').waitFor({ state: 'attached' });
      expect(await schemeSelect.inputValue()).toBe('sg-uen');
      await page.getByLabel('Registered name').fill(name);
      await page.getByLabel('Name in Latin script').fill('Orchard Test Traders');
      const uenInput = page.locator('#f-identifiers-0-value');

      // A wrong check letter: the node refuses everything and says which field is wrong.
      await uenInput.fill(badUen);
      await page.getByRole('button', { name: 'Register party' }).click();
      const fieldError = page.locator('#f-identifiers-0-value-error');
      await fieldError.waitFor();
      expect(await fieldError.textContent()).toContain('check letter does not match');
      expect(await uenInput.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('alert').textContent()).toContain('check letter does not match');

      await uenInput.fill(uen);
      await page.getByRole('button', { name: 'Register party' }).click();
      await page.waitForURL(/\/console\/parties\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(await page.locator('.page-head .ubin').textContent()).toBe(`urn:ubin:sg:uen:${uen}`);
      expect(await page.getByRole('status').first().textContent()).toContain('The party was registered.');
      await page.locator('#history-heading').waitFor();
      await page.locator('.timeline li').first().waitFor();
      expect(await page.locator('.timeline').textContent()).toContain('Party registered');

      // Adding an identifier with a wrong check digit shows the node's error at the value field.
      await page.locator('#f-addIdentifier-scheme').selectOption('lei');
      const leiInput = page.locator('#f-addIdentifier-value');
      await leiInput.fill('5493001KJTIIGC8Y1R13');
      await page.getByRole('button', { name: 'Add identifier' }).click();
      const leiError = page.locator('#f-addIdentifier-value-error');
      await leiError.waitFor();
      expect(await leiError.textContent()).toContain('check digit does not match');
      expect(await leiInput.getAttribute('aria-invalid')).toBe('true');
      const partyId = page.url().split('/').pop();
      await finish(page, 'console-party');

      // The public page shows the new party too.
      const publicPage = await open(`/parties/${partyId}`);
      await publicPage.getByRole('heading', { level: 1, name }).waitFor();
      expect(await publicPage.locator('table').textContent()).toContain(uen);
      await finish(publicPage, 'public-party');
    },
    TEST_TIMEOUT,
  );
});
