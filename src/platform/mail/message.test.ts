import { describe, expect, it } from 'vitest';
import { MAIL_LIMITS, type MailMessage, parseMailbox, validateMailMessage } from './message.ts';

const ok: MailMessage = {
  to: 'lan@example.vn',
  subject: 'Khiếu nại của bạn đã được tiếp nhận',
  text: 'Xin chào',
};
const codes = (message: unknown) => validateMailMessage(message).map((p) => `${p.code}@${p.location}`);

describe('parseMailbox', () => {
  it.each([
    ['lan@example.vn', { address: 'lan@example.vn' }],
    ['  Lan.Nguyen+odr@Example.VN ', { address: 'Lan.Nguyen+odr@example.vn' }],
    ['Nguyễn Thị Lan <lan@example.vn>', { name: 'Nguyễn Thị Lan', address: 'lan@example.vn' }],
    ['"Lan, ODR desk" <lan@example.vn>', { name: 'Lan, ODR desk', address: 'lan@example.vn' }],
    ['CrossTrust <no-reply@localhost>', { name: 'CrossTrust', address: 'no-reply@localhost' }],
    ['<lan@example.vn>', { address: 'lan@example.vn' }],
    ['info@münchen.de', { address: 'info@xn--mnchen-3ya.de' }],
  ])('reads %s', (input, expected) => {
    expect(parseMailbox(input)).toEqual(expected);
  });

  it.each([
    '',
    'lan',
    '@example.vn',
    'lan@',
    'lan@@example.vn',
    'lan@example..vn',
    'lan@-example.vn',
    'lan@192.168.1.1',
    'lan@[192.168.1.1]',
    '.lan@example.vn',
    'la..n@example.vn',
    'lan nguyen@example.vn',
    '"lan nguyen"@example.vn',
    'lân@example.vn',
    'a@example.vn, b@example.vn',
    'Lan <lan@example.vn',
    'Lan <a@example.vn> <b@example.vn>',
    'Lan "x" <lan@example.vn>',
    'lan@example.vn\r\nBcc: x@example.net',
    'Lan\u0000 <lan@example.vn>',
    `${'a'.repeat(65)}@example.vn`,
    `lan@${'a'.repeat(250)}.vn`,
    `${'N'.repeat(MAIL_LIMITS.displayName + 1)} <lan@example.vn>`,
  ])('refuses %j', (input) => {
    expect(parseMailbox(input)).toBeUndefined();
  });
});

describe('validateMailMessage', () => {
  it('accepts a plain message and one with every optional field', () => {
    expect(validateMailMessage(ok)).toEqual([]);
    expect(
      validateMailMessage({
        ...ok,
        html: '<p>Xin chào</p>',
        replyTo: 'ODR desk <odr@example.vn>',
        headers: { 'X-CrossTrust-Ref': 'VN-1', 'List-Unsubscribe': '<mailto:u@example.vn>' },
      }),
    ).toEqual([]);
  });

  it('finds line breaks anywhere a header is made from', () => {
    expect(codes({ ...ok, subject: 'a\r\nBcc: x@example.net' })).toEqual(['MAIL_HEADER_INJECTION@subject']);
    expect(codes({ ...ok, subject: 'a\rb' })).toEqual(['MAIL_HEADER_INJECTION@subject']);
    expect(codes({ ...ok, to: 'lan@example.vn\nBcc: x@example.net' })).toEqual(['MAIL_HEADER_INJECTION@to']);
    expect(codes({ ...ok, replyTo: 'a@example.vn\r\n' })).toEqual(['MAIL_HEADER_INJECTION@replyTo']);
    expect(codes({ ...ok, headers: { 'X-A': 'v\nX-B: w' } })).toEqual(['MAIL_HEADER_INJECTION@headers.X-A']);
    expect(codes({ ...ok, headers: { 'X-A\r\nBcc': 'v' } })).toEqual([
      'MAIL_HEADER_INJECTION@headers.X-A\r\nBcc',
    ]);
  });

  it('refuses other control characters, bad names and headers the sender owns', () => {
    expect(codes({ ...ok, subject: 'a\u0000b' })).toEqual(['MAIL_HEADER_INVALID@subject']);
    expect(codes({ ...ok, subject: 'a\u2028b' })).toEqual(['MAIL_HEADER_INVALID@subject']);
    expect(codes({ ...ok, headers: { 'X A': 'v' } })).toEqual(['MAIL_HEADER_INVALID@headers.X A']);
    expect(codes({ ...ok, headers: { 'X:A': 'v' } })).toEqual(['MAIL_HEADER_INVALID@headers.X:A']);
    expect(
      codes({ ...ok, headers: { BCC: 'x@example.net', 'content-type': 'text/html', From: 'a@b.vn' } }),
    ).toEqual([
      'MAIL_HEADER_RESERVED@headers.BCC',
      'MAIL_HEADER_RESERVED@headers.content-type',
      'MAIL_HEADER_RESERVED@headers.From',
    ]);
  });

  it('reports every problem at once, with its location', () => {
    expect(
      codes({ to: 'nobody', subject: '', text: 5, html: 'x'.repeat(MAIL_LIMITS.bodyBytes + 1) }),
    ).toEqual([
      'MAIL_ADDRESS_INVALID@to',
      'MAIL_FIELD_REQUIRED@subject',
      'MAIL_FIELD_INVALID@text',
      'MAIL_TOO_LONG@html',
    ]);
  });

  it('caps lengths in characters for headers and in UTF-8 bytes for bodies', () => {
    expect(codes({ ...ok, subject: 'ệ'.repeat(MAIL_LIMITS.subject) })).toEqual([]);
    expect(codes({ ...ok, subject: 'a'.repeat(MAIL_LIMITS.subject + 1) })).toEqual(['MAIL_TOO_LONG@subject']);
    // 'ệ' is three bytes in UTF-8.
    expect(codes({ ...ok, text: 'ệ'.repeat(MAIL_LIMITS.bodyBytes / 3 + 1) })).toEqual(['MAIL_TOO_LONG@text']);
    const many = Object.fromEntries(
      Array.from({ length: MAIL_LIMITS.headers + 1 }, (_, i) => [`X-${i}`, 'v']),
    );
    expect(codes({ ...ok, headers: many })).toEqual(['MAIL_TOO_LONG@headers']);
  });

  it('answers anything, never throws', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      'mail',
      [],
      { to: ['a@example.vn'], subject: {}, text: null },
      { ...ok, headers: [] },
      { ...ok, headers: { 'X-A': 1 } },
      Object.create(null),
    ];
    for (const input of hostile) expect(validateMailMessage(input).length).toBeGreaterThan(0);
    for (let i = 0; i < 500; i++) {
      const junk = Array.from({ length: 40 }, () =>
        String.fromCharCode(Math.floor(Math.random() * 0x3000)),
      ).join('');
      expect(() =>
        validateMailMessage({
          to: junk,
          subject: junk,
          text: junk,
          replyTo: junk,
          headers: { [junk]: junk },
        }),
      ).not.toThrow();
    }
  });
});
