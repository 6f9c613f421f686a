/**
 * Cross-border complaints in a browser, against a real node (seeded demo registry, in-memory database, no SMTP:
 * mail is queued as jobs and only logged, so the tests read the mailed links from the jobs table). A consumer
 * files step by step on a phone, confirms through the mailed link and follows the complaint on its private page;
 * a merchant answers and proposes a settlement in the console, the consumer accepts, reports that it was carried
 * out and rates it, and the merchant's public page shows the record; a mediator forwards a complaint about a shop
 * in another economy. Screenshots go to /tmp/e2e-complaints-*.png.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { createUser } from '../../src/platform/auth/service.ts';
import { jobs } from '../../src/platform/jobs/schema.ts';
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

const PHONE = { width: 390, height: 844 };
const SHOP = 'luahoian.vn';
const NAME = 'Công ty TNHH Lụa Hội An';
const MERCHANT = { email: 'owner@luahoian.vn', password: 'silk lanterns by the river' };
/** A seeded Vietnamese merchant that the phone test complains about. */
const SEEDED_SHOP = 'gomsubattranghong.vn';
const SEEDED_NAME = 'Công ty TNHH Gốm sứ Bát Tràng Hồng';
const CONSUMER = { name: 'Somchai Jaidee', email: 'somchai@example.th' };
const TRACKING = /^CT-\d{4}-[0-9A-Z]{8}$/;

interface Mail {
  to: string;
  subject: string;
  text: string;
}

describeInBrowser('complaints in a browser', () => {
  const suite = useBrowserSuite();
  const shot = (page: Page, name: string) => screenshot(page, `complaints-${name}`);
  /** The width the page takes: more than the viewport means sideways scrolling on a phone. */
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
  let partyId: string;
  /** The complaint filed in the phone test, confirmed in the next. */
  let filed: { trackingNumber: string; privateLink: string } | null = null;

  /** The confirmation link mailed to `to` about complaint `trackingNumber` (read from the queued mail jobs). */
  async function confirmationLink(to: string, trackingNumber: string): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const rows = await suite.node.database.db.select().from(jobs).where(eq(jobs.kind, 'mail.send'));
      const mail = rows
        .map((r) => r.payload as Mail)
        .find((m) => m.to === to && m.subject.includes(trackingNumber) && m.text.includes('confirm='));
      const link = mail ? /https?:\/\/\S+confirm=\S+/.exec(mail.text)?.[0] : undefined;
      if (link) return link;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No confirmation mail to ${to} about ${trackingNumber}`);
  }

  /** Files a complaint over the API and confirms it as the mailed link would; answers the private link's path. */
  async function fileAndConfirm(
    body: Record<string, unknown>,
    email: string,
  ): Promise<{ path: string; tn: string }> {
    const response = await fetch(`${suite.node.url}/api/v1/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'non_delivery',
        description: 'I paid for two silk scarves on 3 November and they never arrived.',
        desiredOutcome: 'refund',
        consumer: { email, name: 'Nguyễn Thị Linh', economy: 'VN' },
        orderReference: 'LHA-2231',
        amount: '49.90',
        currency: 'USD',
        language: 'en',
        ...body,
      }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const answer = (await response.json()) as { trackingNumber: string; privateUrl: string };
    const link = new URL(await confirmationLink(email, answer.trackingNumber));
    const confirmed = await fetch(
      `${suite.node.url}/api/v1/complaints/${answer.trackingNumber}/confirm?token=${link.searchParams.get('token')}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: link.searchParams.get('confirm') }),
      },
    );
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    const url = new URL(answer.privateUrl);
    return { path: `${url.pathname}${url.search}`, tn: answer.trackingNumber };
  }

  beforeAll(async () => {
    // A merchant with a website and a signed-in user of its own.
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
        nameLatin: 'Hoi An Silk Co., Ltd',
        homeEconomy: 'VN',
        identifiers: [{ scheme: 'vn-mst', value: generateExample('vn-mst', 8123) }],
        websites: [SHOP],
        contacts: [{ type: 'email', value: 'cskh@luahoian.vn' }],
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    partyId = ((await created.json()) as { id: string }).id;
    await createUser(database.db, {
      ...MERCHANT,
      name: 'Silk shop owner',
      roles: ['merchant'],
      partyId,
      mustChangePassword: false,
    });
  });

  it(
    'files a complaint step by step on a phone, shows a refused field on its step, and gives the private link',
    async () => {
      const page = await suite.open('/');
      await page.setViewportSize(PHONE);
      await page.locator('.feature-complaint').getByRole('link', { name: 'File a complaint' }).click();
      await page.waitForURL((u) => u.pathname === '/complaints/new');
      await page.getByRole('heading', { level: 1, name: 'File a complaint' }).waitFor();
      const step = page.locator('.step-heading');

      // 1. The shop: an address that looks like a domain passes here; the node refuses it on sending.
      expect(await step.textContent()).toBe('The shop');
      await page.getByRole('button', { name: 'Next' }).click();
      expect(await page.locator('#f-website-error').textContent()).toBe(
        'Give the shop’s website, or find the business by name.',
      );
      await page.getByLabel('Shop’s website').fill('gomsu-hong.notatld');
      await shot(page, 'phone-step1');
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await page.getByRole('button', { name: 'Next' }).click();

      // 2. What happened: checked in the browser before the next step, each message at its field.
      await step.getByText('What happened').waitFor();
      await page.getByLabel('Order number').fill('BTH-5531');
      await page.getByLabel('Amount paid').fill('1250000');
      await page.getByLabel('What happened', { exact: true }).fill('Broken');
      await page.getByRole('button', { name: 'Next' }).click();
      expect(await page.locator('#f-category-error').textContent()).toBe('Choose what went wrong.');
      expect(await page.locator('#f-currency-error').textContent()).toBe(
        'Choose the currency of the amount.',
      );
      expect(await page.locator('#f-desiredOutcome-error').textContent()).toBe(
        'Choose what would put it right.',
      );
      expect(await page.locator('#f-description-error').textContent()).toBe(
        'Describe what happened in at least 10 characters.',
      );
      expect(await page.getByLabel('What happened', { exact: true }).getAttribute('aria-invalid')).toBe(
        'true',
      );
      await shot(page, 'phone-step2-errors');
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await page.getByLabel('What went wrong').selectOption('defective');
      await page.getByLabel('Currency').selectOption('VND');
      await page.getByRole('radio', { name: 'A replacement' }).check();
      await page
        .getByLabel('What happened', { exact: true })
        .fill('The tea set arrived with two cups broken. The shop does not answer my messages.');
      await page.getByRole('button', { name: 'Next' }).click();

      // 3. About you.
      await step.getByText('About you').waitFor();
      expect(await page.getByLabel('Language for our e-mails').inputValue()).toBe('en');
      await page.getByLabel('Your name').fill(CONSUMER.name);
      await page.getByLabel('E-mail address').fill('somchai@');
      await page.getByLabel('Where you live').selectOption('TH');
      await page.getByRole('button', { name: 'Next' }).click();
      expect(await page.locator('#f-consumer-email-error').textContent()).toBe(
        'Enter an e-mail address such as name@example.com.',
      );
      await page.getByLabel('E-mail address').fill(CONSUMER.email);
      await shot(page, 'phone-step3');
      await page.getByRole('button', { name: 'Next' }).click();

      // 4. Review, send: the node refuses the website, and the form goes back to the shop with the message there.
      await step.getByText('Check and send').waitFor();
      const review = await page.locator('.complaint-step').textContent();
      for (const text of ['gomsu-hong.notatld', 'BTH-5531', 'VND 1250000', 'A replacement', CONSUMER.email])
        expect(review).toContain(text);
      await shot(page, 'phone-step4');
      await page.getByRole('button', { name: 'Send complaint' }).click();
      await step.getByText('The shop').waitFor();
      const websiteError = page.locator('#f-website-error');
      expect(await websiteError.textContent()).toBe('This domain does not end in a known public suffix.');
      expect(await page.getByRole('alert').textContent()).toContain('This domain does not end');
      await shot(page, 'phone-server-error');
      await page.getByLabel('Shop’s website').fill(`https://${SEEDED_SHOP}/orders/5531`);
      await page.getByRole('button', { name: 'Next' }).click();
      await step.getByText('What happened').waitFor();
      expect(await page.getByLabel('Order number').inputValue()).toBe('BTH-5531');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await step.getByText('Check and send').waitFor();
      expect(await page.locator('.complaint-step').textContent()).toContain(SEEDED_NAME);
      await page.getByRole('button', { name: 'Send complaint' }).click();

      // The answer: the tracking number, the private link, "check your e-mail" and who handles it.
      await page.getByRole('heading', { name: 'Your complaint is registered' }).waitFor();
      const trackingNumber = (await page.locator('[data-tracking-number]').textContent()) ?? '';
      expect(trackingNumber).toMatch(TRACKING);
      const privateLink = await page.getByLabel('Your private link').inputValue();
      expect(privateLink).toContain(`/complaints/track/${trackingNumber}?token=`);
      expect(await page.locator('[data-confirm-needed]').textContent()).toContain(
        `We sent a link to ${CONSUMER.email}`,
      );
      expect(await page.locator('[data-routing="local"]').textContent()).toBe(
        'CrossTrust demo operator (Viet Nam), the operator of this service',
      );
      expect(await page.locator('.complaint-filed').textContent()).toContain(
        `${SEEDED_NAME} is told and has to answer`,
      );
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await shot(page, 'phone-filed');
      filed = { trackingNumber, privateLink };

      // The same steps in Vietnamese: labels and messages come from the Vietnamese catalogue.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.locator('.menu-toggle').click();
      await page.getByRole('button', { name: 'Gửi khiếu nại khác' }).click();
      await page.getByRole('heading', { level: 2, name: 'Cửa hàng' }).waitFor();
      await shot(page, 'phone-step1-vi');
      await page.getByLabel('Trang web của cửa hàng').fill(SEEDED_SHOP);
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await page.getByRole('heading', { level: 2, name: 'Sự việc' }).waitFor();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      expect(await page.locator('#f-category-error').textContent()).toBe('Hãy chọn vấn đề gặp phải.');
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await shot(page, 'phone-step2-vi');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'confirms through the mailed link and shows the complaint as sent to the merchant',
    async () => {
      expect(filed, 'the filing test ran first').not.toBeNull();
      const { trackingNumber, privateLink } = filed!;
      const link = await confirmationLink(CONSUMER.email, trackingNumber);
      expect(link.startsWith(privateLink)).toBe(true);

      const page = await suite.open(`${new URL(link).pathname}${new URL(link).search}`);
      await page.getByText('Thank you: your e-mail address is confirmed.').waitFor();
      const status = page.locator('.complaint-status');
      await status.getByRole('heading', { name: `Sent to ${SEEDED_NAME}` }).waitFor();
      expect(await status.getAttribute('data-status')).toBe('merchant_notified');
      expect(await status.textContent()).toContain('Answer due by');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Complaint ${trackingNumber}`);
      expect(await page.locator('.page-head [data-state]').textContent()).toBe(
        'Awaiting the merchant’s answer',
      );
      // The code has done its work: the address is the plain private link again.
      await page.waitForURL((u) => !u.searchParams.has('confirm') && u.searchParams.has('token'));
      const details = await page.locator('section[aria-labelledby="details-heading"]').textContent();
      for (const text of [SEEDED_NAME, SEEDED_SHOP, 'Faulty or damaged', 'VND 1250000', CONSUMER.email])
        expect(details).toContain(text);
      const timeline = page.locator('section[aria-labelledby="timeline-heading"] li');
      expect(await timeline.allTextContents()).toEqual([
        expect.stringContaining('E-mail address confirmed'),
        expect.stringContaining('Complaint filed'),
      ]);
      await shot(page, 'track');

      // A message from the consumer, on a phone.
      await page.setViewportSize(PHONE);
      await page
        .getByLabel('Write to the business and the mediator')
        .fill('Photos of the broken cups follow.');
      await page.getByRole('button', { name: 'Send message' }).click();
      await page
        .locator('.message[data-author="consumer"]')
        .getByText('Photos of the broken cups follow.')
        .waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await shot(page, 'track-phone');

      // Without the private link's key the page explains what is needed; the tracking number alone opens nothing.
      await page.goto(`${suite.node.url}/complaints/track/${trackingNumber}?token=not-the-key`);
      await page.getByRole('heading', { name: 'Open your complaint with its private link' }).waitFor();
      expect(await page.locator('.complaint-not-found').textContent()).toContain('does not open a complaint');
      await page.getByLabel('Paste your private link').fill(privateLink);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await page.getByRole('heading', { name: `Complaint ${trackingNumber}` }).waitFor();

      // A seal's verification page leads to the form with the shop filled in.
      await page.goto(`${suite.node.url}/trustmarks/verify/${SEEDED_SHOP}`);
      await page.locator('.complaint-link').getByRole('link', { name: 'File a complaint' }).click();
      await page.waitForURL((u) => u.pathname === '/complaints/new');
      expect(await page.getByLabel('Shop’s website').inputValue()).toBe(SEEDED_SHOP);
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'finds the shop by its name in the register, and a business page starts the form with it chosen',
    async () => {
      const page = await suite.open('/complaints/new');
      await page.getByLabel('Find the business by name').fill('gom su bat trang');
      await page.getByRole('button', { name: 'Find', exact: true }).click();
      // Choosing it replaces the list with the chosen business.
      await page.getByRole('radio', { name: SEEDED_NAME }).click();
      await page.locator('.chosen-business').getByText(SEEDED_NAME).waitFor();
      // The website is optional once the business is chosen.
      await page.getByRole('button', { name: 'Next' }).click();
      await page.locator('.step-heading').getByText('What happened').waitFor();

      await page.goto(`${suite.node.url}/parties/${partyId}`);
      const record = page.locator('section[aria-labelledby="complaint-record-heading"]');
      await record
        .getByText('No complaints about this business have been confirmed on this service.')
        .waitFor();
      await record.getByRole('link', { name: 'File a complaint' }).click();
      await page.waitForURL(
        (u) => u.pathname === '/complaints/new' && u.searchParams.get('merchant') === partyId,
      );
      await page.locator('.chosen-business').getByText(NAME).waitFor();
      await page.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'resolves a complaint: the merchant answers and proposes terms, the consumer accepts, confirms and rates',
    async () => {
      const email = 'linh@example.vn';
      const { path, tn } = await fileAndConfirm({ website: SHOP }, email);

      // The merchant: its inbox has the notice, its queue the case.
      const merchant = await suite.open('/login?next=%2Fconsole%2Fcomplaints');
      await merchant.getByLabel('E-mail').fill(MERCHANT.email);
      await merchant.getByLabel('Password').fill(MERCHANT.password);
      await merchant.getByRole('button', { name: 'Sign in' }).click();
      await merchant.waitForURL((u) => u.pathname === '/console/complaints');
      await merchant.getByRole('heading', { name: 'Complaints about your business' }).waitFor();
      const inbox = merchant.locator('section[aria-labelledby="inbox-heading"]');
      await inbox.locator('[data-unread="1"]').waitFor();
      expect(await inbox.locator('.notice.is-unread').textContent()).toContain(tn);
      await inbox.getByRole('button', { name: 'Mark as read' }).click();
      await inbox.locator('[data-unread]').waitFor({ state: 'detached' });
      expect(await inbox.locator('.notice.is-read').count()).toBe(1);
      const row = merchant.locator(`tr[data-complaint="${tn}"]`);
      expect(await row.textContent()).toContain('Awaiting the merchant’s answer');
      await shot(merchant, 'console-merchant');
      await row.getByRole('link', { name: tn }).click();
      await merchant.waitForURL((u) => /^\/console\/complaints\/[0-9a-f-]{36}$/.test(u.pathname));
      await merchant.getByRole('heading', { level: 1, name: tn }).waitFor();
      // The merchant sees the consumer's name and economy, never the e-mail address.
      const consumer = await merchant.locator('section[aria-labelledby="consumer-heading"]').textContent();
      expect(consumer).toContain('Nguyễn Thị Linh');
      expect(consumer).not.toContain(email);

      // The first message is the response; then a settlement proposal.
      await merchant
        .getByLabel('Your response')
        .fill('We are sorry: the parcel was lost. We will refund you.');
      await merchant.getByRole('button', { name: 'Send response' }).click();
      await merchant.getByText('Your response was sent: the complaint is now in negotiation.').waitFor();
      const next = merchant.locator('section[aria-labelledby="next-heading"]');
      await next.locator('[data-state="negotiation"]').waitFor();
      await next.getByRole('button', { name: 'Propose a settlement' }).click();
      await next.getByRole('button', { name: 'Send the proposal' }).click();
      expect(await next.locator('#f-terms-error').textContent()).toBe(
        'Write the terms (at least 3 characters).',
      );
      await next.getByLabel('Terms').fill('Full refund of USD 49.90 within 5 days');
      await next.getByRole('button', { name: 'Send the proposal' }).click();
      await merchant.getByText('The settlement proposal was sent to the consumer.').waitFor();
      expect(
        await merchant.locator('section[aria-labelledby="case-settlement-heading"]').textContent(),
      ).toContain('Full refund of USD 49.90 within 5 days');
      await shot(merchant, 'console-case');
      // The header keeps to one line for a signed-in user, and the page reads in Vietnamese.
      expect(await merchant.locator('.header-inner').evaluate((e) => e.clientHeight)).toBeLessThan(80);
      await merchant.getByRole('button', { name: 'Tiếng Việt' }).click();
      await next.getByRole('heading', { name: 'Tình trạng hiện tại' }).waitFor();
      expect(await merchant.locator('section[aria-labelledby="consumer-heading"] h2').textContent()).toBe(
        'Người tiêu dùng',
      );
      expect(await merchant.locator('.header-inner').evaluate((e) => e.clientHeight)).toBeLessThan(80);
      await shot(merchant, 'console-case-vi');
      await merchant.getByRole('button', { name: 'English' }).click();

      // The consumer accepts on the tracking page, reports it carried out, and rates it.
      const page = await suite.open(path);
      const settlement = page.locator('section[aria-labelledby="settlement-heading"]');
      await settlement.getByText('Full refund of USD 49.90 within 5 days').waitFor();
      expect(await page.locator('.message[data-author="merchant"]').textContent()).toContain(
        'the parcel was lost',
      );
      await shot(page, 'track-settlement');
      await settlement.getByRole('button', { name: 'Accept this settlement' }).click();
      await page.getByText('You accepted the settlement.', { exact: false }).waitFor();
      const compliance = page.locator('section[aria-labelledby="compliance-heading"]');
      await compliance.getByRole('button', { name: 'Yes, it was carried out' }).click();
      await page.getByText('Thank you: the complaint is closed as settled.').waitFor();
      expect(await page.locator('.complaint-status').getAttribute('data-status')).toBe('closed');
      const rating = page.locator('section[aria-labelledby="rating-heading"]');
      await rating.getByRole('button', { name: 'Send rating' }).click();
      expect(await rating.locator('#rating-error').textContent()).toBe('Choose a number of stars.');
      await rating.getByRole('radio', { name: '5 stars: Very satisfied' }).check({ force: true });
      expect(await rating.locator('.star.is-on').count()).toBe(5);
      await shot(page, 'track-rating');
      await rating.getByRole('button', { name: 'Send rating' }).click();
      await page.getByText('Thank you for your rating.').waitFor();
      expect(await rating.getByRole('img').getAttribute('aria-label')).toBe('5 stars out of 5');
      const events = await page.locator('section[aria-labelledby="timeline-heading"] li').allTextContents();
      expect(events[0]).toContain('Rated');
      expect(events.some((e) => e.includes('Settlement accepted'))).toBe(true);
      await shot(page, 'track-closed');

      // The merchant's public page shows the record: one complaint, answered on time, settled, rated 5.
      await page.goto(`${suite.node.url}/parties/${partyId}`);
      const record = page.locator('section[aria-labelledby="complaint-record-heading"]');
      await record.locator('[data-stat="received"]').waitFor();
      expect(await record.locator('[data-stat="received"] .stat-value').textContent()).toBe('1');
      expect(await record.locator('[data-stat="answeredOnTime"] .stat-value').textContent()).toBe('100%');
      expect(await record.locator('[data-stat="resolved"] .stat-value').textContent()).toBe('1');
      expect(await record.locator('[data-stat="satisfaction"] .stat-value').textContent()).toBe('5 / 5');
      expect(await record.textContent()).not.toContain('Nguyễn');
      await shot(page, 'party-record');
      await page.context().close();
      await merchant.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'mediates: the consumer asks for it and attaches a receipt, the mediator decides, the consumer erases the data',
    async () => {
      const email = 'dewi@example.id';
      const { path, tn } = await fileAndConfirm(
        { website: SHOP, category: 'defective', desiredOutcome: 'replacement' },
        email,
      );
      const page = await suite.open(path);
      const mediation = page.locator('section[aria-labelledby="mediation-heading"]');
      await mediation.getByRole('button', { name: 'Ask for mediation' }).click();
      await mediation.getByLabel('Why?').fill('The shop does not answer my messages.');
      await mediation.locator('form').getByRole('button', { name: 'Ask for mediation' }).click();
      await page.getByText('A mediator will take over your complaint.').waitFor();
      expect(await page.locator('.complaint-status').getAttribute('data-status')).toBe('mediation');
      const files = page.locator('section[aria-labelledby="files-heading"]');
      await files.getByLabel('Attach a file').setInputFiles({
        name: 'receipt.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% receipt\n%%EOF\n'),
      });
      await files.getByRole('button', { name: 'Upload' }).click();
      const receipt = files.getByRole('link', { name: 'receipt.pdf' });
      await receipt.waitFor();
      expect(await receipt.getAttribute('href')).toMatch(
        new RegExp(`^/api/v1/complaints/${tn}/attachments/[0-9a-f-]{36}\\?token=`),
      );

      // The mediator finds it first in the local queue, takes it and decides it settled.
      const staff = await suite.open('/login?next=%2Fconsole%2Fcomplaints');
      await signInAsAdmin(staff);
      await staff.waitForURL((u) => u.pathname === '/console/complaints');
      const first = staff.locator('tbody tr').first();
      await first.waitFor();
      expect(await first.getAttribute('data-complaint')).toBe(tn);
      await first.getByRole('link', { name: tn }).click();
      const next = staff.locator('section[aria-labelledby="next-heading"]');
      await next.getByRole('button', { name: 'Take the case' }).click();
      await next.getByText('You are the mediator.').waitFor();
      expect(await staff.locator('section[aria-labelledby="case-files-heading"]').textContent()).toContain(
        'receipt.pdf',
      );
      await next.getByRole('button', { name: 'Decide the outcome' }).click();
      await next.getByLabel('Outcome', { exact: true }).selectOption('settled');
      await next.getByLabel('Terms').fill('A replacement tea set sent by express within 7 days');
      await next.getByLabel('Reason').fill('Both parties agreed in mediation');
      await shot(staff, 'console-decide');
      await next.getByRole('button', { name: 'Record the outcome' }).click();
      await staff.getByText('The outcome is recorded.').waitFor();
      await next.locator('[data-state="compliance_check"]').waitFor();
      await next.getByRole('button', { name: 'Record compliance' }).click();
      await next.getByRole('radio', { name: 'Yes' }).check();
      await next.getByRole('button', { name: 'Record', exact: true }).click();
      await staff.getByText('Compliance is recorded and the case is closed.').waitFor();
      expect(await staff.locator('.page-head').textContent()).toContain('Settled');

      // The consumer sees the outcome, then erases the personal data after confirming.
      await page.reload();
      await page.locator('.complaint-status').getByRole('heading', { name: 'Closed: settled' }).waitFor();
      const data = page.locator('section[aria-labelledby="data-heading"]');
      await data.getByRole('button', { name: 'Erase my data' }).click();
      const erase = data.getByRole('button', { name: 'Erase my data' });
      expect(await erase.isDisabled()).toBe(true);
      await data.getByLabel('I understand that this cannot be undone.').check();
      await shot(page, 'track-erase');
      await erase.click();
      await page.getByText('Your personal data has been erased.').waitFor();
      await data.getByText('Your personal data in this complaint has been erased.').waitFor();
      expect(await page.locator('article').textContent()).not.toContain(email);
      expect(await files.getByRole('link').count()).toBe(0);
      await page.context().close();
      await staff.context().close();
    },
    TEST_TIMEOUT,
  );

  it(
    'lets a mediator forward a complaint about a shop in another economy',
    async () => {
      const { tn } = await fileAndConfirm(
        { website: 'gadgets.example.sg', category: 'not_as_described' },
        'chi@example.vn',
      );
      const page = await suite.open('/login?next=%2Fconsole%2Fcomplaints');
      await signInAsAdmin(page);
      await page.waitForURL((u) => u.pathname === '/console/complaints');
      await page.getByRole('heading', { name: 'Complaints handled here' }).waitFor();
      await page.getByLabel('Queue').selectOption('foreign');
      await page.getByRole('heading', { name: 'Complaints to forward' }).waitFor();
      const row = page.locator(`tr[data-complaint="${tn}"]`);
      expect(await row.textContent()).toContain('To the operator in SG');
      await shot(page, 'console-foreign');
      await row.getByRole('link', { name: tn }).click();
      const next = page.locator('section[aria-labelledby="next-heading"]');
      await next.getByRole('link', { name: 'Download the forwarding package' }).waitFor();
      expect(await next.textContent()).toContain('Consumers Association of Singapore (CASE)');
      // The mediator sees the consumer's e-mail address.
      expect(await page.locator('section[aria-labelledby="consumer-heading"]').textContent()).toContain(
        'chi@example.vn',
      );
      await next.getByRole('button', { name: 'Mark as forwarded' }).click();
      await next.getByLabel('Their reference').fill('CASE 2026/1187');
      await next.getByRole('button', { name: 'Mark as forwarded' }).click();
      await page.getByText('The complaint is marked as forwarded.').waitFor();
      await next.locator('[data-state="forwarded"]').waitFor();
      expect(await page.locator('section[aria-labelledby="case-details-heading"]').textContent()).toContain(
        'Their reference: CASE 2026/1187',
      );
      await shot(page, 'console-forwarded');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
