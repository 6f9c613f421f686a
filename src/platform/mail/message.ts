import { domainToASCII } from 'node:url';
import type { ErrorDetail } from '../errors.ts';

/**
 * One email to one person. The platform sends what it is given: the words come from the module's message
 * catalogue, never from here. `to` and `replyTo` are an address (`a@example.vn`) or a name and an address
 * (`Nguyễn Văn A <a@example.vn>`); `headers` are extra header fields (`List-Unsubscribe`, `X-…`), never ones that
 * change who receives the message or how it is structured.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  headers?: Record<string, string>;
}

export type MailProblemCode =
  /** A required field is missing or empty. */
  | 'MAIL_FIELD_REQUIRED'
  /** A field is not a string (or `headers` not an object of strings). */
  | 'MAIL_FIELD_INVALID'
  /** Not an address we send to: `local@domain`, dot-atom local part in ASCII, a host name as domain. */
  | 'MAIL_ADDRESS_INVALID'
  /** A line break in a header value, subject or address: it would start a header of the sender's choosing. */
  | 'MAIL_HEADER_INJECTION'
  /** A header name that is not a field name, or a control character in a header value. */
  | 'MAIL_HEADER_INVALID'
  /** A header the message builder owns (To, From, Bcc, Content-Type, …). */
  | 'MAIL_HEADER_RESERVED'
  /** Over a length cap. */
  | 'MAIL_TOO_LONG';

export interface MailProblem extends ErrorDetail {
  code: MailProblemCode;
  /** Dotted path of the field: `to`, `subject`, `headers.X-Ref`. */
  location: string;
}

export interface Mailbox {
  name?: string;
  address: string;
}

/** Caps: RFC 5321 paths and parts, and sizes an operator's relay accepts without thinking twice. */
export const MAIL_LIMITS = {
  address: 254,
  localPart: 64,
  domain: 253,
  displayName: 128,
  subject: 255,
  headerName: 76,
  headerValue: 998,
  headers: 20,
  /** UTF-8 bytes of `text` and of `html`, each. */
  bodyBytes: 262_144,
} as const;

/** Headers the message builder sets itself; letting a caller set them would let it redirect or reshape mail. */
const RESERVED_HEADERS = new Set([
  'bcc',
  'cc',
  'content-disposition',
  'content-transfer-encoding',
  'content-type',
  'date',
  'from',
  'message-id',
  'mime-version',
  'received',
  'reply-to',
  'resent-bcc',
  'resent-cc',
  'resent-from',
  'resent-sender',
  'resent-to',
  'return-path',
  'sender',
  'subject',
  'to',
]);

const LINE_BREAK = /[\r\n]/;
// C0 controls except tab, DEL, C1 controls, and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
/** RFC 5322 field-name: printable ASCII except the colon. */
const FIELD_NAME = /^[\x21-\x39\x3b-\x7e]+$/;
/** RFC 5322 dot-atom of atext: no quoted local parts, no comments. */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const problem = (code: MailProblemCode, location: string, message: string): MailProblem => ({
  code,
  location,
  message,
});

/** Problems of a string that goes into a header: line breaks (injection) and other control characters. */
function headerTextProblems(value: string, location: string): MailProblem[] {
  if (LINE_BREAK.test(value))
    return [problem('MAIL_HEADER_INJECTION', location, 'A header value must not contain a line break')];
  if (CONTROL.test(value))
    return [problem('MAIL_HEADER_INVALID', location, 'A header value must not contain control characters')];
  return [];
}

/** The ASCII form of a host name, or undefined when it is not one. Unicode (IDN) names are accepted. */
function asciiDomain(domain: string): string | undefined {
  if (domain.length === 0 || domain.length > MAIL_LIMITS.domain) return undefined;
  const ascii = domainToASCII(domain);
  if (!ascii || ascii.length > MAIL_LIMITS.domain) return undefined;
  const labels = ascii.split('.');
  // An address literal ([192.0.2.1]) or an all-numeric top label is not a name we send to.
  if (/^[0-9]+$/.test(labels.at(-1)!)) return undefined;
  return labels.every((label) => LABEL.test(label)) ? ascii : undefined;
}

/**
 * Parses `local@domain` or `Display Name <local@domain>` into a mailbox with the domain in ASCII, or returns
 * undefined. The display name is taken as it stands (no quotes, no comments, no groups, one address only); the
 * sender hands it to the message builder as a name, so commas and quotes in it cannot add recipients.
 */
export function parseMailbox(value: string): Mailbox | undefined {
  const trimmed = value.trim();
  let name: string | undefined;
  let spec = trimmed;
  const open = trimmed.lastIndexOf('<');
  if (open !== -1) {
    if (!trimmed.endsWith('>')) return undefined;
    spec = trimmed.slice(open + 1, -1);
    name = trimmed.slice(0, open).trim();
    if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) name = name.slice(1, -1);
    if (/[<>"]/.test(name) || name.length > MAIL_LIMITS.displayName) return undefined;
  }
  if (spec.length > MAIL_LIMITS.address || LINE_BREAK.test(value) || CONTROL.test(value)) return undefined;
  const at = spec.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = spec.slice(0, at);
  if (local.length > MAIL_LIMITS.localPart || !DOT_ATOM.test(local)) return undefined;
  const domain = asciiDomain(spec.slice(at + 1).toLowerCase());
  if (!domain) return undefined;
  const address = `${local}@${domain}`;
  if (address.length > MAIL_LIMITS.address) return undefined;
  return name ? { name, address } : { address };
}

function addressProblems(value: unknown, location: string, required: boolean): MailProblem[] {
  if (value === undefined || value === null || value === '')
    return required ? [problem('MAIL_FIELD_REQUIRED', location, 'An email address is required')] : [];
  if (typeof value !== 'string')
    return [problem('MAIL_FIELD_INVALID', location, 'An email address must be a string')];
  const text = headerTextProblems(value, location);
  if (text.length > 0) return text;
  if (!parseMailbox(value))
    return [
      problem('MAIL_ADDRESS_INVALID', location, `Not an email address we can send to: ${value.slice(0, 80)}`),
    ];
  return [];
}

function bodyProblems(value: unknown, location: string, required: boolean): MailProblem[] {
  if (value === undefined || value === null || value === '')
    return required ? [problem('MAIL_FIELD_REQUIRED', location, 'The message needs a body')] : [];
  if (typeof value !== 'string') return [problem('MAIL_FIELD_INVALID', location, 'A body must be a string')];
  if (Buffer.byteLength(value, 'utf8') > MAIL_LIMITS.bodyBytes)
    return [problem('MAIL_TOO_LONG', location, `A body may have at most ${MAIL_LIMITS.bodyBytes} bytes`)];
  return [];
}

function headersProblems(value: unknown): MailProblem[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [problem('MAIL_FIELD_INVALID', 'headers', 'Headers must be an object of names and values')];
  const entries = Object.entries(value);
  if (entries.length > MAIL_LIMITS.headers)
    return [problem('MAIL_TOO_LONG', 'headers', `At most ${MAIL_LIMITS.headers} extra headers`)];
  const problems: MailProblem[] = [];
  for (const [name, headerValue] of entries) {
    const location = `headers.${name}`;
    if (LINE_BREAK.test(name)) {
      problems.push(
        problem('MAIL_HEADER_INJECTION', location, 'A header name must not contain a line break'),
      );
    } else if (!FIELD_NAME.test(name) || name.length > MAIL_LIMITS.headerName) {
      problems.push(problem('MAIL_HEADER_INVALID', location, 'Not a header field name'));
    } else if (RESERVED_HEADERS.has(name.toLowerCase()) || name.toLowerCase().startsWith('content-')) {
      problems.push(problem('MAIL_HEADER_RESERVED', location, `The ${name} header is set by the sender`));
    } else if (typeof headerValue !== 'string') {
      problems.push(problem('MAIL_FIELD_INVALID', location, 'A header value must be a string'));
    } else if (headerValue.length > MAIL_LIMITS.headerValue) {
      problems.push(
        problem(
          'MAIL_TOO_LONG',
          location,
          `A header value may have at most ${MAIL_LIMITS.headerValue} characters`,
        ),
      );
    } else {
      problems.push(...headerTextProblems(headerValue, location));
    }
  }
  return problems;
}

/**
 * Every problem of a message, or none. Pure and total: any input (also not a MailMessage, e.g. a job payload
 * read back from the database) gets an answer, never an exception.
 */
export function validateMailMessage(message: unknown): MailProblem[] {
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return [problem('MAIL_FIELD_INVALID', '', 'A mail message must be an object')];
  const m = message as Record<string, unknown>;
  const problems: MailProblem[] = [
    ...addressProblems(m.to, 'to', true),
    ...addressProblems(m.replyTo, 'replyTo', false),
  ];
  if (m.subject === undefined || m.subject === null || m.subject === '') {
    problems.push(problem('MAIL_FIELD_REQUIRED', 'subject', 'The message needs a subject'));
  } else if (typeof m.subject !== 'string') {
    problems.push(problem('MAIL_FIELD_INVALID', 'subject', 'The subject must be a string'));
  } else if (m.subject.length > MAIL_LIMITS.subject) {
    problems.push(
      problem('MAIL_TOO_LONG', 'subject', `The subject may have at most ${MAIL_LIMITS.subject} characters`),
    );
  } else {
    problems.push(...headerTextProblems(m.subject, 'subject'));
  }
  problems.push(...bodyProblems(m.text, 'text', true), ...bodyProblems(m.html, 'html', false));
  problems.push(...headersProblems(m.headers));
  return problems;
}
