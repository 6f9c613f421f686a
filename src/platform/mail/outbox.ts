import { and, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Executor } from '../db/client.ts';
import { unprocessable } from '../errors.ts';
import { type Job, type JobHandler, jobs, PermanentJobError, scheduleJob } from '../jobs/index.ts';
import { type MailMessage, parseMailbox, validateMailMessage } from './message.ts';
import type { MailTransport } from './transport.ts';

export const MAIL_SEND = 'mail.send';
/** With the runner's backoff (30 s doubling, at most 1 h) eight attempts cover a relay that is down for ~1 h. */
export const MAIL_MAX_ATTEMPTS = 8;

/**
 * Queues one email. Call it with the transaction that makes the email necessary, so the email is sent if and
 * only if the state change commits. A bad message is refused here, with status 422 and the problems' codes
 * (MAIL_HEADER_INJECTION, MAIL_ADDRESS_INVALID, …), and nothing is queued. With a `key`, queueing again replaces
 * the email of that key that has not gone out yet (a reminder moved, not doubled). Returns the job id.
 */
export async function enqueueMail(
  executor: Executor,
  message: MailMessage,
  options: { key?: string } = {},
): Promise<string> {
  const problems = validateMailMessage(message);
  if (problems.length > 0) unprocessable(problems, 'the mail message');
  const payload: MailMessage = { to: message.to, subject: message.subject, text: message.text };
  if (message.html !== undefined) payload.html = message.html;
  if (message.replyTo !== undefined) payload.replyTo = message.replyTo;
  if (message.headers !== undefined) payload.headers = { ...message.headers };
  return scheduleJob(executor, {
    kind: MAIL_SEND,
    runAt: new Date(),
    payload,
    key: options.key,
    maxAttempts: MAIL_MAX_ATTEMPTS,
  });
}

/**
 * Queues a notice to an address that came from stored data (a business's contacts), where an unusable address
 * must not stop the step that sends it: returns false, queueing nothing, when the message does not validate.
 */
export async function enqueueNotice(
  executor: Executor,
  message: MailMessage,
  options: { key?: string } = {},
): Promise<boolean> {
  if (validateMailMessage(message).length > 0) return false;
  await enqueueMail(executor, message, options);
  return true;
}

/**
 * Forgets the queued and sent mail to an address whose subject mentions a reference (a tracking number): its job
 * rows hold the text, so erasing a person's data in one case removes them. Returns how many were removed.
 */
export async function forgetMailTo(
  executor: Executor,
  address: string,
  subjectMentions: string,
): Promise<number> {
  const removed = await executor
    .delete(jobs)
    .where(
      and(
        eq(jobs.kind, MAIL_SEND),
        sql`lower(${jobs.payload}->>'to') = ${address.trim().toLowerCase()}`,
        sql`strpos(${jobs.payload}->>'subject', ${subjectMentions}) > 0`,
      ),
    )
    .returning({ id: jobs.id });
  return removed.length;
}

/**
 * A refusal that sending the same message again would get again: a 5xx reply (except 503, a session out of
 * step) to MAIL FROM, RCPT TO or DATA — no such mailbox, policy refusal, message too big. Everything else is
 * worth a retry: 4xx replies, connection failures and timeouts, TLS failures, and authentication failures (5xx
 * too, but the node's configuration, not this message, is wrong, and an operator fixes it within the hour).
 */
export function isPermanentRejection(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  if (code !== 'EENVELOPE' && code !== 'EMESSAGE') return false;
  return (
    typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && responseCode !== 503
  );
}

export interface MailJobOptions {
  log?: Logger;
}

/**
 * The handler of `mail.send` jobs, for a JobRunner: sends the queued message from `from` (CROSSTRUST_MAIL_FROM)
 * through the transport.
 *
 * - Sent: the job is done. Its Message-ID is `<job id@sender's domain>`, the same on every attempt, so a message
 *   sent twice (a runner died between sending and recording it) is one message to the recipient's mail client.
 * - Transient failure (server down, 4xx, timeout, TLS, auth): the error is thrown and the runner retries with
 *   backoff, up to MAIL_MAX_ATTEMPTS, then marks the job failed.
 * - Permanent rejection (isPermanentRejection) or a payload that no longer validates: retrying cannot help, so
 *   the handler throws a PermanentJobError with `MAIL_REJECTED: <server reply>` (or the problem's code), and the
 *   runner fails the job at once. An operator sees it among the failed jobs and can retry it (retryJob) once the
 *   cause is fixed.
 *
 * Throws at once if `from` is not a valid address: a configuration error belongs at start.
 */
export function mailJobHandlers(
  transport: MailTransport,
  from: string,
  options: MailJobOptions = {},
): Record<string, JobHandler> {
  const sender = parseMailbox(from);
  if (!sender) throw new Error(`CROSSTRUST_MAIL_FROM is not an address we can send from: ${from}`);
  const domain = sender.address.slice(sender.address.lastIndexOf('@') + 1);

  const send: JobHandler = async (job: Job<MailMessage>) => {
    const problems = validateMailMessage(job.payload);
    if (problems.length > 0) {
      const first = problems[0]!;
      options.log?.error({ job: job.id, problems }, 'queued mail is not valid; not sent');
      throw new PermanentJobError(`${first.code}: ${first.location}: ${first.message}`);
    }
    try {
      const { messageId } = await transport.send({
        ...job.payload,
        from,
        messageId: `<${job.id}@${domain}>`,
      });
      options.log?.info({ job: job.id, messageId }, 'mail sent');
    } catch (error) {
      if (!isPermanentRejection(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      options.log?.warn({ job: job.id, err: error }, 'mail permanently rejected; not retried');
      throw new PermanentJobError(`MAIL_REJECTED: ${reason}`);
    }
  };

  return { [MAIL_SEND]: send };
}
