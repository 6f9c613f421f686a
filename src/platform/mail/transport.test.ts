import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import {
  createMailTransport,
  describeSmtp,
  isLoopbackHost,
  LogTransport,
  parseSmtpUrl,
  SMTP_DEFAULT_TIMEOUTS,
  SmtpTransport,
} from './transport.ts';

function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino({ level }, stream), lines };
}

describe('parseSmtpUrl', () => {
  it('requires STARTTLS for a host that is not loopback, with port 587 and decoded credentials', () => {
    expect(parseSmtpUrl('smtp://mailer%40odr.vn:p%40ss%3Aw%C3%B6rd@mail.example.vn')).toEqual({
      host: 'mail.example.vn',
      port: 587,
      secure: false,
      tls: 'required',
      user: 'mailer@odr.vn',
      pass: 'p@ss:wörd',
      ...SMTP_DEFAULT_TIMEOUTS,
    });
  });

  it('uses implicit TLS on 465 for smtps://', () => {
    expect(parseSmtpUrl('smtps://u:p@mail.example.vn')).toMatchObject({ secure: true, port: 465 });
    expect(() => parseSmtpUrl('smtps://mail.example.vn?tls=off')).toThrow(/smtps/);
  });

  it('uses STARTTLS when offered on loopback, never with tls=off, and reads the timeouts', () => {
    expect(parseSmtpUrl('smtp://127.0.0.1:2525')).toMatchObject({ tls: 'opportunistic', port: 2525 });
    expect(parseSmtpUrl('smtp://localhost:25')).toMatchObject({ tls: 'opportunistic' });
    expect(parseSmtpUrl('smtp://[::1]:25')).toMatchObject({ host: '::1', tls: 'opportunistic' });
    expect(
      parseSmtpUrl(
        'smtp://127.0.0.1:2525?tls=off&connection_timeout_ms=2000&greeting_timeout_ms=3000&socket_timeout_ms=4000',
      ),
    ).toMatchObject({
      tls: 'off',
      connectionTimeoutMs: 2000,
      greetingTimeoutMs: 3000,
      socketTimeoutMs: 4000,
    });
    expect(parseSmtpUrl('smtp://relay.example.vn?tls=opportunistic')).toMatchObject({ tls: 'opportunistic' });
  });

  it.each([
    ['not a url', /not a URL/],
    ['http://mail.example.vn', /smtp:\/\/ or smtps:\/\//],
    ['smtp://mail.example.vn/path', /no path/],
    ['smtp://mail.example.vn?tls=maybe', /tls must be/],
    ['smtp://mail.example.vn?timeout=5', /unknown option timeout/],
    ['smtp://mail.example.vn?socket_timeout_ms=0', /socket_timeout_ms/],
    ['smtp://user@mail.example.vn', /needs a password/],
  ])('refuses %s', (url, message) => {
    expect(() => parseSmtpUrl(url)).toThrow(message);
  });

  it('describes the settings without the password', () => {
    const text = describeSmtp(parseSmtpUrl('smtp://mailer:s3cret@mail.example.vn:587'));
    expect(text).toBe('smtp://mailer:***@mail.example.vn:587?tls=required');
    expect(text).not.toContain('s3cret');
  });

  it('knows loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.8.0.1', 'localhost', 'mail.localhost', '::1', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['10.0.0.1', '192.168.1.1', 'mail.example.vn', '::2', 'localhost.example.vn'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('transports', () => {
  it('logs instead of sending when the node has no SMTP URL', async () => {
    const { log, lines } = capture('debug');
    const transport = createMailTransport(undefined, log);
    expect(transport).toBeInstanceOf(LogTransport);
    const sent = await transport.send({
      from: 'CrossTrust <no-reply@localhost>',
      to: 'lan@example.vn',
      subject: 'Khiếu nại của bạn đã được tiếp nhận',
      text: 'Xin chào',
      messageId: '<1@localhost>',
    });
    expect(sent).toEqual({ messageId: '<1@localhost>' });
    expect(lines.map((l) => l.mail).filter(Boolean)).toEqual([
      { to: 'lan@example.vn', subject: 'Khiếu nại của bạn đã được tiếp nhận', messageId: '<1@localhost>' },
      { messageId: '<1@localhost>', text: 'Xin chào' },
    ]);
    await transport.close();
  });

  it('uses SMTP when the node has a URL, and never logs its password', async () => {
    const { log, lines } = capture();
    const transport = createMailTransport('smtp://mailer:s3cret@mail.example.vn', log);
    expect(transport).toBeInstanceOf(SmtpTransport);
    expect(JSON.stringify(lines)).toContain('smtp://mailer:***@mail.example.vn:587?tls=required');
    expect(JSON.stringify(lines)).not.toContain('s3cret');
    await transport.close();
  });
});
