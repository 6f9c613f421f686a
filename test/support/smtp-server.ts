import type { AddressInfo } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  /** The SMTP envelope: MAIL FROM and RCPT TO, as the server saw them. */
  envelope: { from: string; to: string[] };
  /** Who logged in, when someone did. */
  user: string | undefined;
  /** Recipient addresses of the To header. */
  to: string[];
  /** The To header as text, display names included. */
  toText: string;
  from: string | undefined;
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
  replyTo: string | undefined;
  messageId: string | undefined;
  /** Header values by lower-case name, as parsed. */
  headers: Map<string, unknown>;
  raw: string;
}

export interface TestSmtpServer {
  port: number;
  /** An smtp:// URL for it, without TLS. */
  url: string;
  received: ReceivedMail[];
  /** The first received message (already there or still to come) that matches, or a rejection after timeoutMs. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface TestSmtpServerOptions {
  /** Listen on this port (to bring a server back where a client expects it); 0, any free one, by default. */
  port?: number;
  /** When set, AUTH is required and these users (name → password) may log in. */
  users?: Record<string, string>;
  /** Answer RCPT TO for these addresses with this reply, e.g. { 'gone@example.test': [550, 'No such user'] }. */
  rejectRecipients?: Record<string, [number, string]>;
}

const list = (value: AddressObject | AddressObject[] | undefined): AddressObject[] =>
  Array.isArray(value) ? value : value ? [value] : [];
const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  list(value).flatMap((a) => a.value.map((v) => v.address ?? '').filter(Boolean));

/**
 * A real SMTP server on 127.0.0.1 for tests (the `smtp-server` package, no STARTTLS): what the node sends arrives
 * here over TCP and is parsed with mailparser before the server answers 250, so a message is in `received` by
 * the time the client's send resolves.
 */
export async function startSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<{
    predicate: (mail: ReceivedMail) => boolean;
    resolve: (mail: ReceivedMail) => void;
  }>();
  const users = options.users;

  const serverOptions: SMTPServerOptions = {
    disabledCommands: users ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !users,
    allowInsecureAuth: true,
    closeTimeout: 500,
    logger: false,
    onAuth(auth, _session, callback) {
      if (users && auth.username && users[auth.username] === auth.password)
        return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const reject = options.rejectRecipients?.[address.address.toLowerCase()];
      if (reject) return callback(Object.assign(new Error(reject[1]), { responseCode: reject[0] }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const mail: ReceivedMail = {
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            user: typeof session.user === 'string' ? session.user : undefined,
            to: addresses(parsed.to),
            toText: list(parsed.to)
              .map((a) => a.text)
              .join(', '),
            from: addresses(parsed.from)[0],
            subject: parsed.subject,
            text: parsed.text,
            html: typeof parsed.html === 'string' ? parsed.html : undefined,
            replyTo: addresses(parsed.replyTo)[0],
            messageId: parsed.messageId,
            headers: parsed.headers as Map<string, unknown>,
            raw: raw.toString('utf8'),
          };
          received.push(mail);
          for (const waiter of waiters) {
            if (waiter.predicate(mail)) {
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
          }
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  server.on('error', () => {
    // A client that drops its connection is the client's problem, not the test server's.
  });
  const port = await new Promise<number>((resolve, reject) => {
    const listener = server.listen(options.port ?? 0, '127.0.0.1', () =>
      resolve((listener.address() as AddressInfo).port),
    );
    listener.once('error', reject);
  });

  return {
    port,
    url: `smtp://127.0.0.1:${port}?tls=off`,
    received,
    waitFor(predicate, timeoutMs = 5_000) {
      const already = received.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (mail: ReceivedMail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching mail arrived within ${timeoutMs} ms (${received.length} received)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
