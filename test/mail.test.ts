import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Job, JobRunner, jobs, listJobs, retryJob } from '../src/platform/jobs/index.ts';
import {
  enqueueMail,
  MAIL_MAX_ATTEMPTS,
  MAIL_SEND,
  type MailMessage,
  type MailTransport,
  mailJobHandlers,
  SmtpTransport,
} from '../src/platform/mail/index.ts';
import { createTestDatabase } from './support/db.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.ts';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;

const FROM = 'CrossTrust VN <no-reply@crosstrust.test>';
const RECEIVED_VI = 'Khiếu nại của bạn đã được tiếp nhận';

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  to: 'lan@example.vn',
  subject: 'Complaint received',
  text: 'Your complaint has been received.',
  ...overrides,
});

describe('email through the job outbox and a real SMTP client', () => {
  let database: TestDb;
  let smtp: TestSmtpServer;
  let transport: SmtpTransport;
  // The runner's clock: real time (mail is queued due now) moved forward by what the test lets pass.
  let skew = 0;
  const now = () => new Date(Date.now() + skew);
  const extra: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer({
      rejectRecipients: {
        'gone@example.vn': [550, '5.1.1 No such user here'],
        'busy@example.vn': [450, '4.2.1 Mailbox busy, try later'],
      },
    });
    transport = new SmtpTransport(smtp.url);
  });
  afterAll(async () => {
    await transport?.close();
    await smtp?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(jobs);
    smtp.received.length = 0;
    skew = 0;
  });
  afterEach(async () => {
    for (const thing of extra.splice(0)) await thing.close();
  });

  const runner = (through: MailTransport = transport) =>
    new JobRunner(database.db, {
      handlers: mailJobHandlers(through, FROM),
      now,
    });
  const mailJobs = () => listJobs(database.db, { kind: MAIL_SEND });
  const later = (ms: number) => {
    skew += ms;
  };

  it('sends a mail queued in a committed transaction: to, subject, UTF-8 Vietnamese body, headers', async () => {
    const text = `Xin chào chị Lan,\n\n${RECEIVED_VI}. Mã số: VN-2026-0001.\nTrân trọng, Cục TMĐT và Kinh tế số`;
    const id = await database.db.transaction((tx) =>
      enqueueMail(tx, {
        to: 'Nguyễn Thị Lan <lan@example.vn>',
        subject: RECEIVED_VI,
        text,
        html: `<p>${RECEIVED_VI}</p>`,
        replyTo: 'hotro@example.vn',
        headers: { 'X-CrossTrust-Ref': 'VN-2026-0001' },
      }),
    );
    // Queued, not sent: nothing goes out before a runner takes the job.
    expect(smtp.received).toHaveLength(0);
    expect((await mailJobs()).map((j) => [j.id, j.state, j.maxAttempts])).toEqual([
      [id, 'pending', MAIL_MAX_ATTEMPTS],
    ]);

    expect(await runner().runDue()).toBe(1);
    const mail = await smtp.waitFor((m) => m.to.includes('lan@example.vn'));
    expect(mail.envelope).toEqual({ from: 'no-reply@crosstrust.test', to: ['lan@example.vn'] });
    expect(mail.toText).toBe('"Nguyễn Thị Lan" <lan@example.vn>');
    expect(mail.from).toBe('no-reply@crosstrust.test');
    expect((mail.headers.get('from') as { text: string }).text).toBe(
      '"CrossTrust VN" <no-reply@crosstrust.test>',
    );
    expect(mail.subject).toBe(RECEIVED_VI);
    expect(mail.text?.trimEnd()).toBe(text);
    expect(mail.html).toContain(`<p>${RECEIVED_VI}</p>`);
    expect(mail.replyTo).toBe('hotro@example.vn');
    expect(mail.headers.get('x-crosstrust-ref')).toBe('VN-2026-0001');
    // The Message-ID is the job's, so a resend after a crash is the same message to the recipient.
    expect(mail.messageId).toBe(`<${id}@crosstrust.test>`);

    const [job] = await mailJobs();
    expect(job).toMatchObject({ state: 'done', attempts: 1, lastError: null });
    expect(await runner().runDue()).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('sends nothing when the transaction that queued the mail rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueMail(tx, message({ subject: RECEIVED_VI }));
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await mailJobs()).toEqual([]);
    expect(await runner().runDue()).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('refuses header injection and bad addresses with stable codes and schedules nothing', async () => {
    const cases: [Partial<MailMessage>, string, string][] = [
      [{ subject: 'Hello\r\nBcc: victim@example.net' }, 'MAIL_HEADER_INJECTION', 'subject'],
      [{ subject: 'Hello\nBcc: victim@example.net' }, 'MAIL_HEADER_INJECTION', 'subject'],
      [{ to: 'lan@example.vn\r\nBcc: victim@example.net' }, 'MAIL_HEADER_INJECTION', 'to'],
      [{ replyTo: 'a@example.vn\nX-Evil: 1' }, 'MAIL_HEADER_INJECTION', 'replyTo'],
      [{ headers: { 'X-Ref': 'a\r\nBcc: victim@example.net' } }, 'MAIL_HEADER_INJECTION', 'headers.X-Ref'],
      [{ headers: { Bcc: 'victim@example.net' } }, 'MAIL_HEADER_RESERVED', 'headers.Bcc'],
      [{ to: 'lan@example.vn, victim@example.net' }, 'MAIL_ADDRESS_INVALID', 'to'],
      [{ to: 'not an address' }, 'MAIL_ADDRESS_INVALID', 'to'],
      [{ text: '' }, 'MAIL_FIELD_REQUIRED', 'text'],
    ];
    for (const [overrides, code, location] of cases) {
      await expect(enqueueMail(database.db, message(overrides)), code).rejects.toMatchObject({
        name: 'DomainError',
        status: 422,
        code,
        location,
      });
    }
    expect(await mailJobs()).toEqual([]);
  });

  it('retries while the SMTP server is down and sends once it is back', async () => {
    // Find a free port, then leave it empty: the "server" is down.
    const probe = await startSmtpServer();
    const port = probe.port;
    await probe.close();
    const downstream = new SmtpTransport(`smtp://127.0.0.1:${port}?tls=off`);
    extra.push(downstream);

    const id = await enqueueMail(database.db, message({ subject: RECEIVED_VI }));
    const r = runner(downstream);
    expect(await r.runDue()).toBe(1);
    let [job] = await mailJobs();
    expect(job).toMatchObject({ id, state: 'pending', attempts: 1 });
    expect(job!.lastError).toMatch(/ECONNREFUSED|connect/i);
    const backoff = new Date(job!.runAt).getTime() - new Date(job!.updatedAt).getTime();
    expect(backoff).toBeGreaterThanOrEqual(30_000);
    expect(backoff).toBeLessThan(31_000);

    const back = await startSmtpServer({ port });
    extra.push(back);
    expect(await r.runDue()).toBe(0); // not due yet: backoff
    later(30_000);
    expect(await r.runDue()).toBe(1);
    const mail = await back.waitFor((m) => m.subject === RECEIVED_VI);
    expect(mail.to).toEqual(['lan@example.vn']);
    [job] = await mailJobs();
    expect(job).toMatchObject({ state: 'done', attempts: 2, lastError: null });
  });

  it('fails a permanently rejected (5xx) mail at once instead of retrying it; an operator can retry it', async () => {
    const id = await enqueueMail(database.db, message({ to: 'gone@example.vn' }));
    const r = runner();
    expect(await r.runDue()).toBe(1);
    let [job] = await mailJobs();
    expect(job).toMatchObject({ id, state: 'failed', attempts: 1 });
    expect(job!.lastError).toMatch(/^MAIL_REJECTED: .*550 5\.1\.1 No such user here/);
    later(24 * 3_600_000);
    expect(await r.runDue()).toBe(0);
    expect(smtp.received).toHaveLength(0);
    // Still a failed job the operator can see and put back, e.g. once the address is fixed at the source.
    expect((await listJobs(database.db, { state: 'failed' })).map((j: Job) => j.id)).toEqual([id]);
    await retryJob(database.db, id, now());
    expect(await r.runDue()).toBe(1);
    [job] = await mailJobs();
    expect(job).toMatchObject({ state: 'failed', attempts: 1 });
  });

  it('retries a temporary (4xx) rejection', async () => {
    await enqueueMail(database.db, message({ to: 'busy@example.vn' }));
    expect(await runner().runDue()).toBe(1);
    const [job] = await mailJobs();
    expect(job).toMatchObject({ state: 'pending', attempts: 1 });
    expect(job!.lastError).toMatch(/450 4\.2\.1 Mailbox busy/);
  });

  it('logs in with the user and password of the URL; a wrong password is retried, not dropped', async () => {
    const password = 'p@ss:wörd/1';
    const guarded = await startSmtpServer({ users: { 'mailer@crosstrust.test': password } });
    extra.push(guarded);
    const user = encodeURIComponent('mailer@crosstrust.test');
    const good = new SmtpTransport(
      `smtp://${user}:${encodeURIComponent(password)}@127.0.0.1:${guarded.port}?tls=off`,
    );
    const bad = new SmtpTransport(`smtp://${user}:wrong@127.0.0.1:${guarded.port}?tls=off`);
    extra.push(good, bad);

    await enqueueMail(database.db, message({ subject: 'with a bad password' }));
    expect(await runner(bad).runDue()).toBe(1);
    let [job] = await mailJobs();
    expect(job).toMatchObject({ state: 'pending', attempts: 1 });
    expect(job!.lastError).toMatch(/535/);

    later(30_000);
    expect(await runner(good).runDue()).toBe(1);
    const mail = await guarded.waitFor((m) => m.subject === 'with a bad password');
    expect(mail.user).toBe('mailer@crosstrust.test');
    [job] = await mailJobs();
    expect(job).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('with tls=required, does not send to a server that offers no STARTTLS', async () => {
    const strict = new SmtpTransport(`smtp://127.0.0.1:${smtp.port}?tls=required`);
    extra.push(strict);
    await enqueueMail(database.db, message());
    expect(await runner(strict).runDue()).toBe(1);
    const [job] = await mailJobs();
    expect(job).toMatchObject({ state: 'pending', attempts: 1 });
    expect(job!.lastError).toMatch(/STARTTLS/i);
    expect(smtp.received).toHaveLength(0);
  });

  it('queueing again with the same key replaces the mail not yet sent', async () => {
    await enqueueMail(database.db, message({ subject: 'first draft' }), { key: 'complaint:1:received' });
    await enqueueMail(database.db, message({ subject: RECEIVED_VI }), { key: 'complaint:1:received' });
    expect(await runner().runDue()).toBe(1);
    await smtp.waitFor((m) => m.subject === RECEIVED_VI);
    expect(smtp.received.map((m) => m.subject)).toEqual([RECEIVED_VI]);
  });

  it('refuses to start with a sender that is not an address', () => {
    expect(() => mailJobHandlers(transport, 'no-reply')).toThrow(/CROSSTRUST_MAIL_FROM/);
  });
});
