/**
 * Browser tests of the trustmark pages against a real node (seeded demo registry, in-memory database): the public
 * criteria schemes in English and Vietnamese, and the console's automated website check. The node refuses to fetch
 * private addresses here, so checking `localhost` answers at once with errors. Screenshots go to /tmp/e2e-tm-*.png.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, screenshot, signInAsAdmin, TEST_TIMEOUT, useBrowserSuite } from './support.ts';

describeInBrowser('trustmark pages in a browser', () => {
  const { open } = useBrowserSuite({ config: { fetchAllowPrivate: false } });
  const shot = (page: Page, name: string) => screenshot(page, `tm-${name}`);

  it(
    'lists the three schemes with their criteria by category, and shows them in Vietnamese',
    async () => {
      const page = await open('/');
      await page.locator('footer').getByRole('link', { name: 'Trustmark criteria' }).click();
      await page.waitForURL((url) => url.pathname === '/trustmarks/schemes');
      await page.getByRole('heading', { level: 1, name: 'Trustmark criteria' }).waitFor();
      const schemes = page.locator('section.scheme');
      await schemes.first().waitFor();
      expect(await schemes.evaluateAll((s) => s.map((e) => e.getAttribute('data-scheme')))).toEqual(
        expect.arrayContaining(['asean-coc', 'wta', 'vn-safeweb']),
      );
      const headings = await page.locator('section.scheme > h2').allTextContents();
      expect(headings).toContain('ASEAN Online Business Code of Conduct');
      expect(headings).toContain('World Trustmark Alliance code of conduct');
      expect(headings.some((h) => h.startsWith('Viet Nam trustmark profile'))).toBe(true);

      const vn = page.locator('section[data-scheme="vn-safeweb"]');
      expect(await vn.textContent()).toContain('Business disclosure');
      const first = vn.locator('tr[data-criterion="VN-SW-1"]');
      expect(await first.textContent()).toContain('lawfully constituted business');
      expect(await first.textContent()).toContain('Mandatory');
      // Automated criteria name their check.
      expect(await page.locator('main').textContent()).toContain('Automated check');
      expect(await page.locator('main').textContent()).toContain(
        'Site served over HTTPS with a valid certificate',
      );
      await shot(page, 'schemes');
      // The full page is long: also the first screen and the start of the Viet Nam scheme.
      await page.screenshot({ path: '/tmp/e2e-tm-schemes-top.png' }).catch(() => {});
      await vn.locator('h2').scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/e2e-tm-schemes-vn.png' }).catch(() => {});

      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tiêu chí nhãn tín nhiệm' }).waitFor();
      expect(await first.textContent()).toContain(
        'Chủ sở hữu là thương nhân, tổ chức được thành lập hợp pháp',
      );
      expect(await first.textContent()).toContain('Bắt buộc');
      expect(await vn.textContent()).toContain('Công khai thông tin doanh nghiệp');
      expect(await page.locator('main').textContent()).toContain('Kiểm tra tự động');
      await shot(page, 'schemes-vi');
      await page.screenshot({ path: '/tmp/e2e-tm-schemes-vn-vi.png' }).catch(() => {});
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'runs the website check for localhost from the console and shows its errors',
    async () => {
      const page = await open('/login?next=%2Fconsole');
      await signInAsAdmin(page);
      await page.waitForURL((url) => url.pathname === '/console');
      await page
        .getByRole('navigation', { name: 'Console sections' })
        .getByRole('link', { name: 'Website check' })
        .click();
      await page.waitForURL((url) => url.pathname === '/console/website-check');
      await page.getByRole('heading', { level: 1, name: 'Automated website check' }).waitFor();

      // Nothing typed: the browser says so and sends nothing.
      await page.getByRole('button', { name: 'Run check' }).click();
      expect(await page.locator('#f-domain-error').textContent()).toContain('Enter the domain to check.');

      await page.getByLabel('Domain').fill('localhost');
      await page.getByRole('button', { name: 'Run check' }).click();
      const results = page.locator('section[aria-labelledby="results-heading"]');
      await results.getByRole('heading', { name: 'Results for localhost' }).waitFor();
      const rows = results.locator('table').first().locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(5);
      expect(
        await rows.evaluateAll((r) => r.every((row) => row.getAttribute('data-outcome') === 'error')),
      ).toBe(true);
      const https = results.locator('tr[data-check="https"]');
      expect(await https.textContent()).toContain('Site served over HTTPS with a valid certificate');
      expect(await https.locator('.badge').textContent()).toBe('Error');
      expect(await https.textContent()).toContain('FETCH_PRIVATE_ADDRESS');
      expect(await results.textContent()).toContain('not in the registry');
      expect(await results.textContent()).toContain('Pages fetched');
      await shot(page, 'website-check');

      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await results.getByRole('heading', { name: 'Kết quả cho localhost' }).waitFor();
      expect(await https.textContent()).toContain('Website dùng HTTPS với chứng chỉ SSL/TLS hợp lệ');
      expect(await https.locator('.badge').textContent()).toBe('Lỗi');
      await shot(page, 'website-check-vi');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
