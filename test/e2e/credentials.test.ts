/**
 * Browser tests of the credential pages against a real node (seeded demo registry, in-memory database): issuing a
 * business identity credential from the party page, the public verifier, suspending and revoking in the console,
 * and the issuer page. Driven through Debian's Chromium with playwright-core; skipped when it is not installed.
 * Screenshots go to /tmp/e2e-vc-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { FIRST_ADMIN_EMAIL } from '../../src/server/node.ts';
import {
  ADMIN_PASSWORD,
  describeInBrowser,
  screenshot,
  signInAsAdmin,
  TEST_TIMEOUT,
  useBrowserSuite,
} from './support.ts';

const SAIGON_XANH = 'Công ty TNHH Thời trang Sài Gòn Xanh';

describeInBrowser('credential pages in a browser', () => {
  const suite = useBrowserSuite();
  const { open } = suite;
  let partyId: string;
  let adminHeaders: Record<string, string>;

  beforeAll(async () => {
    const lookup = await fetch(`${suite.node.url}/api/v1/registry/lookup?domain=saigonxanh.vn`);
    partyId = ((await lookup.json()) as { party: { id: string } }).party.id;
    const login = await fetch(`${suite.node.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FIRST_ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    adminHeaders = {
      cookie: login.headers.getSetCookie()[0]!.split(';')[0]!,
      'x-csrf-token': csrfToken,
      'content-type': 'application/json',
    };
  });

  /** Opens a console page, signing in as the first admin on the way. */
  async function openSignedIn(path: string): Promise<Page> {
    const page = await open(`/login?next=${encodeURIComponent(path)}`);
    await signInAsAdmin(page);
    await page.waitForURL((url) => url.pathname === path.split('?')[0]);
    return page;
  }

  const shot = (page: Page, name: string) => screenshot(page, `vc-${name}`);

  /** Issues a business identity credential for the seeded party through the API. */
  async function issue(format?: string): Promise<{ id: string; verifiableCredential: unknown }> {
    const response = await fetch(`${suite.node.url}/api/v1/credentials/business-identity`, {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({ partyId, ...(format ? { format } : {}) }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; verifiableCredential: unknown };
  }

  const verdict = (page: Page) => page.locator('#verify-verdict');
  const failedChecks = (page: Page) =>
    page
      .locator('.checklist li.is-failed')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-check')));

  it(
    'issues a business identity credential from the party page; its verifier link shows Verified, and after suspension ✗ on status',
    async () => {
      const page = await openSignedIn(`/console/parties/${partyId}`);
      await page.getByRole('heading', { level: 1, name: SAIGON_XANH }).waitFor();
      const section = page.locator('section[aria-labelledby="credentials-heading"]');
      await section.getByRole('button', { name: 'Issue business identity credential' }).click();
      await section.getByText('A business identity credential was issued.').waitFor();
      await section.locator('tbody tr').first().waitFor();
      expect(await section.locator('tbody').textContent()).toContain('Active');
      await shot(page, 'party');
      await section.screenshot({ path: '/tmp/e2e-vc-party-section.png' }).catch(() => {});

      await section.getByRole('link', { name: /Open the credential/ }).click();
      await page.waitForURL(/\/console\/credentials\/[0-9a-f-]{36}$/);
      const credentialUrl = page.url();
      await page.getByRole('heading', { level: 1, name: 'Business identity credential' }).waitFor();
      expect(await page.locator('.page-head').textContent()).toContain('Active');
      expect(await page.locator('.timeline').textContent()).toContain('Credential issued');

      // The download is the signed JSON credential itself.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download (.json)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^credential-[0-9a-f-]{36}\.json$/);
      const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
      expect(saved.type).toEqual(['VerifiableCredential', 'BusinessIdentityCredential']);
      expect(saved.proof).toMatchObject({ type: 'DataIntegrityProof' });
      await shot(page, 'credential');

      // The Verify link opens the public verifier with the credential filled in, and verifies it.
      await page.locator('.page-head').getByRole('link', { name: 'Verify' }).click();
      await page.waitForURL(/\/verify#credential=/);
      await verdict(page).waitFor();
      expect(await verdict(page).textContent()).toBe('Verified');
      expect(await page.locator('.checklist li').count()).toBe(8);
      expect(await page.locator('.checklist li.is-passed .check-mark').first().textContent()).toBe('✓');
      expect(await failedChecks(page)).toEqual([]);
      const summary = await page.locator('.vc-summary').textContent();
      expect(summary).toContain('This node');
      expect(summary).toContain('Business identity credential');
      expect(summary).toContain(SAIGON_XANH);
      expect(await page.getByLabel('Credential', { exact: true }).inputValue()).toContain(
        '"BusinessIdentityCredential"',
      );
      await shot(page, 'verified');

      // Suspend it in the console: the verifier now fails it on its status, and only there.
      await page.goto(credentialUrl);
      const status = page.locator('section[aria-labelledby="status-heading"]');
      await status.getByRole('button', { name: 'Suspend' }).click();
      await status.getByRole('button', { name: 'Suspend credential' }).click();
      expect(await status.locator('#f-reason-error').textContent()).toContain('at least 3 characters');
      await status.getByLabel('Reason').fill('complaint under review');
      await status.getByRole('button', { name: 'Suspend credential' }).click();
      await status.getByText('The credential is suspended.').waitFor();
      await page.locator('.timeline').getByText('Credential suspended').waitFor();
      expect(await page.locator('.page-head').textContent()).toContain('Suspended');
      expect(await page.locator('.timeline').textContent()).toContain('Reason: complaint under review');
      await status.getByRole('button', { name: 'Reinstate' }).waitFor();
      await shot(page, 'suspended');

      await page.locator('.page-head').getByRole('link', { name: 'Verify' }).click();
      await verdict(page).waitFor();
      expect(await verdict(page).textContent()).toBe('Not verified');
      expect(await failedChecks(page)).toEqual(['status']);
      const statusRow = page.locator('.checklist li[data-check="status"]');
      expect(await statusRow.locator('.check-mark').textContent()).toBe('✗');
      expect(await statusRow.textContent()).toContain('The issuer has suspended this credential.');
      expect(await statusRow.textContent()).toContain('STATUS_SUSPENDED');
      await shot(page, 'not-verified');

      // The console list finds it among the suspended ones.
      await page.goto(`${suite.node.url}/console/credentials?status=suspended`);
      const rows = page.locator('table tbody tr');
      await rows.first().waitFor();
      expect(await rows.first().textContent()).toContain('Suspended');
      expect(await rows.first().textContent()).toContain(SAIGON_XANH);
      await shot(page, 'list');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'keeps invalid JSON in the browser, answers garbage with a failed checklist, refuses files over 1 MB and reads a JWT file',
    async () => {
      const page = await open('/verify');
      let calls = 0;
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/credentials/verify') calls++;
      });
      await page.getByRole('heading', { level: 1, name: 'Verify a credential' }).waitFor();
      const input = page.getByLabel('Credential', { exact: true });
      const verifyButton = page.getByRole('button', { name: 'Verify', exact: true });

      await input.fill('{"@context": oops');
      await verifyButton.click();
      const inputError = page.locator('#f-credential-error');
      await inputError.waitFor();
      expect(await inputError.textContent()).toContain('This is not valid JSON, so nothing was sent.');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(calls).toBe(0);
      await shot(page, 'invalid-json');

      await input.fill('this is not a credential');
      await verifyButton.click();
      await verdict(page).waitFor();
      expect(await verdict(page).textContent()).toBe('Not verified');
      expect(calls).toBe(1);
      const formatRow = page.locator('.checklist li[data-check="format"]');
      expect(await formatRow.getAttribute('class')).toBe('is-failed');
      expect(await formatRow.textContent()).toContain('VC_FORMAT_UNKNOWN');
      expect(await failedChecks(page)).toEqual(['format']);
      expect(await page.locator('.checklist li.is-skipped').count()).toBe(7);
      expect(await page.locator('.vc-verdict').textContent()).toContain('could not be read as a credential');
      await shot(page, 'garbage');

      const file = page.getByLabel('Or choose a file');
      await file.setInputFiles({
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(1024 * 1024 + 1, 0x20),
      });
      const fileError = page.locator('#f-credentialFile-error');
      await fileError.waitFor();
      expect(await fileError.textContent()).toContain('more than the 1 MB limit');
      expect(calls).toBe(1);

      // A vc-jwt credential saved as a .jwt file: read in the browser, verified as a JWT.
      const issued = await issue('vc-jwt');
      const jwt = String((issued.verifiableCredential as { id: string }).id).replace(
        'data:application/vc+jwt,',
        '',
      );
      await file.setInputFiles({ name: 'identity.jwt', mimeType: 'text/plain', buffer: Buffer.from(jwt) });
      await page.getByText('Read identity.jwt').waitFor();
      await page.locator('#verify-verdict', { hasText: /^Verified$/ }).waitFor();
      expect(await fileError.count()).toBe(0);
      expect(await failedChecks(page)).toEqual([]);
      expect(await page.locator('.vc-summary').textContent()).toContain('JWT (VC-JOSE)');
      await page.locator('.json-details > summary').click();
      expect(await page.locator('.json-details pre').textContent()).toContain('"legalName"');
      await shot(page, 'jwt-file');

      // The same report in Vietnamese.
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.locator('#verify-verdict', { hasText: 'Đã xác minh' }).waitFor();
      expect(await page.locator('.vc-summary').textContent()).toContain('Chính nút này');
      expect(await page.locator('.file-picker').textContent()).toContain('Đã đọc identity.jwt');
      await shot(page, 'jwt-file-vi');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'revokes only after a reason and an explicit confirmation, and then offers nothing more',
    async () => {
      const issued = await issue();
      const page = await openSignedIn(`/console/credentials/${issued.id}`);
      const status = page.locator('section[aria-labelledby="status-heading"]');
      await status.getByRole('button', { name: 'Revoke' }).click();
      expect(await status.textContent()).toContain('Revoking is final');
      await status.getByLabel('Reason').fill('business closed');
      const confirm = status.getByRole('button', { name: 'Revoke for good' });
      expect(await confirm.isDisabled()).toBe(true);
      await shot(page, 'revoke-form');
      await status.getByLabel('I understand that revoking cannot be undone').check();
      await confirm.click();
      await status.getByText('The credential is revoked.').waitFor();
      expect(await status.textContent()).toContain('This credential is revoked. That cannot be undone.');
      expect(await status.getByRole('button').count()).toBe(0);
      // The heading follows the page's reload of the credential.
      await page.locator('.page-head').getByText('Revoked').waitFor();
      expect(await page.locator('.page-head').textContent()).toContain('Revoked');
      await shot(page, 'revoked');

      await page.locator('.page-head').getByRole('link', { name: 'Verify' }).click();
      await verdict(page).waitFor();
      expect(await verdict(page).textContent()).toBe('Not verified');
      expect(await page.locator('.checklist li[data-check="status"]').textContent()).toContain(
        'STATUS_REVOKED',
      );
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'shows the node’s DID and keys, rotates the key, and adds and removes a trusted issuer',
    async () => {
      await issue();
      const page = await openSignedIn('/console/issuer');
      await page.getByRole('heading', { level: 1, name: 'Issuer and trust' }).waitFor();
      const keys = page.locator('section[aria-labelledby="keys-heading"]');
      await keys.locator('tbody tr').first().waitFor();
      const did = (await (await fetch(`${suite.node.url}/api/v1/issuer`)).json()) as { did: string };
      expect(await keys.textContent()).toContain(did.did);
      const before = await keys.locator('tbody tr').count();

      await keys.getByRole('button', { name: 'Rotate key' }).click();
      await keys.getByLabel('Reason').fill('yearly rotation');
      await keys.getByRole('button', { name: 'Rotate now' }).click();
      await keys.getByText('The node now signs with').waitFor();
      await page.waitForFunction(
        (n) => document.querySelectorAll('section[aria-labelledby="keys-heading"] tbody tr').length === n,
        before + 1,
      );
      expect(await keys.locator('.badge', { hasText: 'Signing' }).count()).toBe(1);
      expect(await keys.locator('.badge', { hasText: 'Retired' }).count()).toBe(before);

      const trusted = page.locator('section[aria-labelledby="trusted-heading"]');
      await trusted.getByText('No other operator is trusted yet').waitFor();
      await trusted.getByLabel('DID').fill('did:web:trustmark.example.sg');
      await trusted.getByLabel('Name').fill('Example SG Trustmark');
      await trusted.getByRole('button', { name: 'Add issuer' }).click();
      await trusted.getByText('Example SG Trustmark is now a trusted issuer.').waitFor();
      await trusted.locator('tbody tr').first().waitFor();
      expect(await trusted.locator('tbody').textContent()).toContain('did:web:trustmark.example.sg');
      await shot(page, 'issuer');

      page.once('dialog', (dialog) => void dialog.accept());
      await trusted.getByRole('button', { name: 'Remove Example SG Trustmark' }).click();
      await trusted.getByText('Example SG Trustmark is no longer trusted.').waitFor();
      await trusted.getByText('No other operator is trusted yet').waitFor();
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
