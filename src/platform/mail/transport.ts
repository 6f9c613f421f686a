import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { createTransport, type Mail, type SMTPSentMessageInfo, type SMTPTransportOptions } from 'nodemailer';
import type { Logger } from 'pino';
import { type Mailbox, type MailMessage, parseMailbox } from './message.ts';

/** A message ready to go: the sender is the node's, the Message-ID (`<id@domain>`) optional. */
export type OutgoingMail = MailMessage & { from: string; messageId?: string };

export interface MailTransport {
  /**
   * Hands the message to the next hop. Rejects with the SMTP client's error when it could not: `responseCode`
   * (the server's reply, e.g. 550) and `code` (`EENVELOPE`, `EMESSAGE`, `ECONNECTION`, `EAUTH`, …) say why.
   */
  send(message: OutgoingMail): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export type SmtpTlsMode = 'required' | 'opportunistic' | 'off';

export interface SmtpSettings {
  host: string;
  port: number;
  /** smtps://: TLS from the first byte (port 465 by default). */
  secure: boolean;
  /**
   * smtp:// only. `required`: STARTTLS or no mail (nothing, credentials least of all, goes out in clear);
   * `opportunistic`: STARTTLS when the server offers it; `off`: never, for a relay on loopback or in a lab.
   */
  tls: SmtpTlsMode;
  user: string | undefined;
  pass: string | undefined;
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
}

/**
 * Timeouts short enough that one send ends well inside a job's lease (2 min by default): a send that outlived
 * the lease could be taken over by another runner and go out twice.
 */
export const SMTP_DEFAULT_TIMEOUTS = {
  connectionTimeoutMs: 10_000,
  greetingTimeoutMs: 10_000,
  socketTimeoutMs: 30_000,
} as const;

const QUERY_OPTIONS: Record<string, keyof typeof SMTP_DEFAULT_TIMEOUTS | 'tls'> = {
  tls: 'tls',
  connection_timeout_ms: 'connectionTimeoutMs',
  greeting_timeout_ms: 'greetingTimeoutMs',
  socket_timeout_ms: 'socketTimeoutMs',
};

export const isLoopbackHost = (host: string): boolean => {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare.startsWith('::ffff:127.');
};

/**
 * Reads CROSSTRUST_SMTP_URL:
 *
 * - `smtp://user:pass@mail.example.vn:587`: submission with STARTTLS, which is **required** for any host that is
 *   not loopback (a server that does not offer it, or a failed upgrade, fails the send instead of sending the
 *   password and the message in clear). Default port 587.
 * - `smtps://user:pass@mail.example.vn`: TLS from the start (implicit TLS). Default port 465.
 * - `smtp://127.0.0.1:2525?tls=off`: a relay on this machine; on loopback STARTTLS is used when offered
 *   (`opportunistic`) unless `tls=off` says never.
 *
 * Query options: `tls=required|opportunistic|off` (smtp:// only), `connection_timeout_ms` (TCP connect, 10 s),
 * `greeting_timeout_ms` (server banner, 10 s), `socket_timeout_ms` (silence mid-session, 30 s). User and password
 * are percent-decoded. Certificates are always verified against the system store (plus NODE_EXTRA_CA_CERTS for a
 * private CA). Anything else in the URL is a configuration error, so a typo fails at start, not at the first mail.
 */
export function parseSmtpUrl(url: string): SmtpSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('CROSSTRUST_SMTP_URL is not a URL (smtp://user:pass@host:587 or smtps://…)');
  }
  const secure = parsed.protocol === 'smtps:';
  if (!secure && parsed.protocol !== 'smtp:')
    throw new Error(`CROSSTRUST_SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//`);
  if (!parsed.hostname) throw new Error('CROSSTRUST_SMTP_URL needs a host');
  if (parsed.pathname && parsed.pathname !== '/') throw new Error('CROSSTRUST_SMTP_URL takes no path');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const settings: SmtpSettings = {
    host,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    tls: isLoopbackHost(host) ? 'opportunistic' : 'required',
    user: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    pass: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    ...SMTP_DEFAULT_TIMEOUTS,
  };
  for (const [key, value] of parsed.searchParams) {
    const option = QUERY_OPTIONS[key];
    if (!option) throw new Error(`CROSSTRUST_SMTP_URL: unknown option ${key}`);
    if (option === 'tls') {
      if (value !== 'required' && value !== 'opportunistic' && value !== 'off')
        throw new Error('CROSSTRUST_SMTP_URL: tls must be required, opportunistic or off');
      if (secure) throw new Error('CROSSTRUST_SMTP_URL: tls= is for smtp://; smtps:// is always TLS');
      settings.tls = value;
    } else {
      const ms = Number(value);
      if (!Number.isInteger(ms) || ms < 100 || ms > 600_000)
        throw new Error(`CROSSTRUST_SMTP_URL: ${key} must be milliseconds between 100 and 600000`);
      settings[option] = ms;
    }
  }
  if (settings.user && settings.pass === undefined)
    throw new Error('CROSSTRUST_SMTP_URL: a user needs a password (smtp://user:pass@host)');
  return settings;
}

/** The URL without its password, for logs and status pages. */
export function describeSmtp(settings: SmtpSettings): string {
  const user = settings.user ? `${encodeURIComponent(settings.user)}:***@` : '';
  const host = isIP(settings.host) === 6 ? `[${settings.host}]` : settings.host;
  const tls = settings.secure ? '' : `?tls=${settings.tls}`;
  return `${settings.secure ? 'smtps' : 'smtp'}://${user}${host}:${settings.port}${tls}`;
}

function mailbox(value: string, field: string): Mailbox {
  const parsed = parseMailbox(value);
  if (!parsed) throw new Error(`Invalid ${field} address`);
  return parsed;
}

const nodemailerAddress = (box: Mailbox) =>
  box.name ? { name: box.name, address: box.address } : box.address;

/**
 * Sends through an SMTP server with nodemailer, one connection per message (no pool: nothing to keep alive
 * between job batches, and close() has nothing in flight to wait for). Addresses are handed over already parsed,
 * as name and address, so nothing in a display name is read as another recipient; file and URL access in
 * message content are turned off.
 */
export class SmtpTransport implements MailTransport {
  readonly settings: SmtpSettings;
  private readonly transporter: Mail<SMTPSentMessageInfo, SMTPTransportOptions>;

  constructor(settings: SmtpSettings | string) {
    this.settings = typeof settings === 'string' ? parseSmtpUrl(settings) : settings;
    const s = this.settings;
    this.transporter = createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure,
      requireTLS: !s.secure && s.tls === 'required',
      ignoreTLS: !s.secure && s.tls === 'off',
      auth: s.user ? { user: s.user, pass: s.pass ?? '' } : undefined,
      connectionTimeout: s.connectionTimeoutMs,
      greetingTimeout: s.greetingTimeoutMs,
      socketTimeout: s.socketTimeoutMs,
      dnsTimeout: s.connectionTimeoutMs,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  async send(message: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.transporter.sendMail({
      from: nodemailerAddress(mailbox(message.from, 'from')),
      to: nodemailerAddress(mailbox(message.to, 'to')),
      replyTo: message.replyTo ? nodemailerAddress(mailbox(message.replyTo, 'replyTo')) : undefined,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      messageId: message.messageId,
    });
    return { messageId: info.messageId };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/**
 * For a node without SMTP configured (a fresh `npm start`, a demo, a test): every message is logged instead of
 * sent, so everything that sends mail still works and a developer sees what would have gone out. Recipient and
 * subject are logged at info, the text at debug. Nothing reaches anyone: production nodes set CROSSTRUST_SMTP_URL.
 */
export class LogTransport implements MailTransport {
  constructor(private readonly log: Logger) {}

  async send(message: OutgoingMail): Promise<{ messageId: string }> {
    const messageId = message.messageId ?? `<${randomUUID()}@log.invalid>`;
    this.log.info(
      { mail: { to: message.to, subject: message.subject, messageId } },
      'mail not sent (no CROSSTRUST_SMTP_URL): logged instead',
    );
    this.log.debug({ mail: { messageId, text: message.text } }, 'mail text');
    return { messageId };
  }

  async close(): Promise<void> {}
}

/** SMTP when the node has a URL for it, the log otherwise (see LogTransport). */
export function createMailTransport(smtpUrl: string | undefined, log: Logger): MailTransport {
  if (!smtpUrl) {
    log.warn('CROSSTRUST_SMTP_URL is not set: mail is logged, not sent');
    return new LogTransport(log);
  }
  const transport = new SmtpTransport(smtpUrl);
  log.info({ smtp: describeSmtp(transport.settings) }, 'mail goes out through SMTP');
  return transport;
}
