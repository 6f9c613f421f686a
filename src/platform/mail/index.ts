export {
  MAIL_LIMITS,
  type Mailbox,
  type MailMessage,
  type MailProblem,
  type MailProblemCode,
  parseMailbox,
  validateMailMessage,
} from './message.ts';
export {
  enqueueMail,
  enqueueNotice,
  forgetMailTo,
  isPermanentRejection,
  MAIL_MAX_ATTEMPTS,
  MAIL_SEND,
  type MailJobOptions,
  mailJobHandlers,
} from './outbox.ts';
export {
  createMailTransport,
  describeSmtp,
  isLoopbackHost,
  LogTransport,
  type MailTransport,
  type OutgoingMail,
  parseSmtpUrl,
  SMTP_DEFAULT_TIMEOUTS,
  type SmtpSettings,
  type SmtpTlsMode,
  SmtpTransport,
} from './transport.ts';
