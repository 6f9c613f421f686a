/**
 * The pieces the complaint pages share: badges for states and outcomes, the facts of a complaint, the message
 * thread, the attachments with their upload, the settlement proposal and the timeline. The consumer's tracking
 * page and the console's case page show the same complaint through them, each in its own words.
 */
import { type ChangeEvent, type FormEvent, type ReactNode, useState } from 'react';
import {
  COMPLAINT_ATTACHMENT_MAX_BYTES,
  type Complaint,
  type ComplaintAttachment,
  type ComplaintOutcome,
  type ComplaintState,
  type ComplaintTimelineEntry,
  normalizeLocation,
  type ParticipantRole,
  type Problem,
  type Role,
} from '../api.ts';
import { useAction } from '../hooks.ts';
import { type I18n, type MessageKey, useI18n } from '../i18n/index.tsx';
import { fileSize } from '../pages/Verify.tsx';
import { FilePicker } from './file-picker.tsx';
import { Field } from './form.tsx';
import { errorsAt, ProblemAlert } from './problem.tsx';

/** The roles that open complaint cases: merchants (their own) and the operator's mediators (administrators too). */
export const COMPLAINT_USERS: readonly Role[] = ['merchant', 'mediator'];
export const COMPLAINT_STAFF: readonly Role[] = ['mediator'];

/** Who is looking: the consumer (tracking page), the merchant or the operator's staff (console). */
export type ComplaintViewer = 'consumer' | 'merchant' | 'staff';

const STATE_BADGES: Record<ComplaintState, string> = {
  received: 'badge-neutral',
  awaiting_forwarding: 'badge-neutral',
  forwarded: 'badge-neutral',
  merchant_notified: 'badge-unverified',
  negotiation: 'badge-info',
  mediation: 'badge-unverified',
  compliance_check: 'badge-info',
  closed: 'badge-neutral',
};

const OUTCOME_BADGES: Record<ComplaintOutcome, string> = {
  settled: 'badge-verified',
  not_settled: 'badge-danger',
  withdrawn: 'badge-neutral',
  out_of_scope: 'badge-neutral',
  unresolved: 'badge-danger',
  unconfirmed: 'badge-neutral',
  forwarded: 'badge-neutral',
};

export function ComplaintStateBadge({ state }: { state: ComplaintState }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${STATE_BADGES[state]}`} data-state={state}>
      {t(`complaintState.${state}`)}
    </span>
  );
}

export function ComplaintOutcomeBadge({ outcome }: { outcome: ComplaintOutcome | null }) {
  const { t } = useI18n();
  if (!outcome) return null;
  return (
    <span className={`badge ${OUTCOME_BADGES[outcome]}`} data-outcome={outcome}>
      {t(`complaintOutcome.${outcome}`)}
    </span>
  );
}

/** Marks a case where the merchant missed a deadline or did not carry out a settlement. */
export function FlaggedBadge({ flagged }: { flagged: boolean }) {
  const { t } = useI18n();
  if (!flagged) return null;
  return (
    <span className="badge badge-danger" title={t('complaint.flaggedHint')} data-flagged="true">
      ⚑ {t('complaint.flagged')}
    </span>
  );
}

/** State, outcome (once closed) and flag side by side. */
export function ComplaintBadges({
  complaint,
}: {
  complaint: Pick<Complaint, 'status' | 'outcome' | 'flagged'>;
}) {
  return (
    <span className="tags-inline">
      <ComplaintStateBadge state={complaint.status} />
      {complaint.status === 'closed' ? <ComplaintOutcomeBadge outcome={complaint.outcome} /> : null}
      <FlaggedBadge flagged={complaint.flagged} />
    </span>
  );
}

/** An amount as the consumer typed it, with its currency code (decimal strings, never floats). */
export function money(amount: string | null, currency: string | null): string | null {
  if (!amount) return null;
  return currency ? `${currency} ${amount}` : amount;
}

/** What the deadline of each state is for, as a label. */
const DUE_LABELS: Partial<Record<ComplaintState, MessageKey>> = {
  received: 'complaint.due.received',
  merchant_notified: 'complaint.due.merchant_notified',
  negotiation: 'complaint.due.negotiation',
  mediation: 'complaint.due.mediation',
  compliance_check: 'complaint.due.compliance_check',
};

export function dueLabel(state: ComplaintState): MessageKey | null {
  return DUE_LABELS[state] ?? null;
}

/** Who the handling operator is, in a sentence: this node's operator, or the one of the merchant's economy. */
export function routingText(i18n: I18n, routedTo: Complaint['routedTo']): string {
  return routedTo.routing === 'local'
    ? i18n.t('complaint.routingLocal', { operator: routedTo.operator })
    : i18n.t('complaint.routingForeign', {
        operator: routedTo.operator,
        economy: i18n.region(routedTo.economy),
      });
}

/** The facts of the complaint: what, when, how much, what the consumer wants, and the description. */
export function ComplaintFacts({ complaint }: { complaint: Complaint }) {
  const { t, date, dateTime } = useI18n();
  const amount = money(complaint.amount, complaint.currency);
  return (
    <>
      <dl className="pairs">
        <div>
          <dt>{t('complaint.category')}</dt>
          <dd>{t(`complaintCategory.${complaint.category}`)}</dd>
        </div>
        <div>
          <dt>{t('complaint.desiredOutcome')}</dt>
          <dd>{t(`desiredOutcome.${complaint.desiredOutcome}`)}</dd>
        </div>
        {complaint.orderReference ? (
          <div>
            <dt>{t('complaint.orderReference')}</dt>
            <dd>
              <code>{complaint.orderReference}</code>
            </dd>
          </div>
        ) : null}
        {complaint.orderDate ? (
          <div>
            <dt>{t('complaint.orderDate')}</dt>
            <dd>{date(complaint.orderDate)}</dd>
          </div>
        ) : null}
        {amount ? (
          <div>
            <dt>{t('complaint.amount')}</dt>
            <dd>{amount}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('complaint.filed')}</dt>
          <dd>
            <time dateTime={complaint.createdAt}>{dateTime(complaint.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('complaint.language')}</dt>
          <dd>{t(`complaintLang.${complaint.language}`)}</dd>
        </div>
      </dl>
      <h3 className="card-subhead">{t('complaint.description')}</h3>
      <p className="complaint-text">{complaint.description}</p>
    </>
  );
}

/** The business the complaint is about, and who handles it. */
export function MerchantPairs({ complaint, children }: { complaint: Complaint; children?: ReactNode }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <dl className="pairs">
      <div>
        <dt>{t('complaint.merchant')}</dt>
        <dd>
          {complaint.merchant.name ?? t('app.none')}
          {complaint.merchant.partyId ? null : (
            <div className="muted small">{t('complaint.merchantUnregistered')}</div>
          )}
        </dd>
      </div>
      {complaint.website ? (
        <div>
          <dt>{t('complaint.website')}</dt>
          <dd>
            <code>{complaint.website}</code>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('complaint.handledBy')}</dt>
        <dd>
          {routingText(i18n, complaint.routedTo)}
          {complaint.forwardingReference ? (
            <div className="muted small">
              {t('complaint.forwardingReference', { reference: complaint.forwardingReference })}
            </div>
          ) : null}
        </dd>
      </div>
      {children}
    </dl>
  );
}

/**
 * A participant's role in the reader's words; the viewer's own role reads "you". `inline` gives the form used
 * inside a sentence ("proposed by the merchant"), otherwise the form that starts a line ("The merchant").
 */
export function roleName(i18n: I18n, role: string, viewer: ComplaintViewer, inline = false): string {
  const family = inline ? 'complaintRoleInline' : 'complaintRole';
  if ((role === 'consumer' && viewer === 'consumer') || (role === 'merchant' && viewer === 'merchant'))
    return i18n.tx(`${family}.you`, role);
  if (role === 'operator') return i18n.tx(`${family}.mediator`, role);
  return i18n.tx(`${family}.${role}`, role);
}

/** The conversation between the consumer, the merchant and the mediator, oldest first. */
export function MessageThread({
  messages,
  viewer,
}: {
  messages: Complaint['messages'];
  viewer: ComplaintViewer;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  if (messages.length === 0) return <p className="muted">{t('complaint.noMessages')}</p>;
  const own = (role: ParticipantRole) =>
    (viewer === 'consumer' && role === 'consumer') ||
    (viewer === 'merchant' && role === 'merchant') ||
    (viewer === 'staff' && role === 'mediator');
  return (
    <ol className="messages">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`message message-${m.authorRole}${own(m.authorRole) ? ' is-own' : ''}`}
          data-author={m.authorRole}
        >
          <p className="message-meta">
            <strong>{roleName(i18n, m.authorRole, viewer)}</strong>{' '}
            <time className="muted small" dateTime={m.createdAt}>
              {dateTime(m.createdAt)}
            </time>
          </p>
          <p className="message-body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** Writing a message; `onSend` posts it and answers once the complaint shown has the message. */
export function MessageForm({
  label,
  hint,
  submitLabel,
  onSend,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  onSend(body: string): Promise<void>;
}) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, problem, run } = useAction();
  const empty = body.trim().length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (empty) return;
    const sent = await run(() => onSend(body.trim()));
    if (sent) {
      setBody('');
      setTried(false);
    }
  };

  return (
    <form className="stack message-form" onSubmit={submit} noValidate>
      <ProblemAlert problem={problem} />
      <Field
        label={label}
        location="body"
        hint={hint}
        errors={errorsAt(problem, 'body')}
        clientErrors={tried && empty ? [t('complaint.messageRequired')] : []}
      >
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={4}
            maxLength={10_000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('app.working') : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The files attached to a complaint, each a download link. */
export function AttachmentList({
  attachments,
  href,
  viewer,
}: {
  attachments: ComplaintAttachment[];
  href(attachment: ComplaintAttachment): string;
  viewer: ComplaintViewer;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  if (attachments.length === 0) return <p className="muted">{t('complaint.noAttachments')}</p>;
  return (
    <ul className="attachments">
      {attachments.map((a) => (
        <li key={a.id} className="attachment" data-attachment={a.id}>
          <a href={href(a)} download={a.filename} className="break">
            {a.filename}
          </a>
          <span className="muted small">
            {fileSize(i18n, a.sizeBytes)} · {roleName(i18n, a.uploadedByRole, viewer)} ·{' '}
            <time dateTime={a.createdAt}>{dateTime(a.createdAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Adding a file: a picker, the size check in the browser, and the node's answer shown at the picker. */
export function AttachmentUpload({ onUpload }: { onUpload(file: File): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const { busy, problem, run } = useAction();
  const tooLarge = file ? file.size > COMPLAINT_ATTACHMENT_MAX_BYTES : false;
  const clientErrors = !tried
    ? []
    : !file
      ? [t('tmapp.fileRequired')]
      : tooLarge
        ? [t('tmapp.fileTooLarge', { name: file.name, size: fileSize(i18n, file.size) })]
        : [];

  // The node names the request body (or its type) for a refused file; on this page that is the file picker,
  // whose id must differ from the message box's (which answers for `body` too).
  const shown: Problem | null = problem
    ? {
        ...problem,
        errors: problem.errors?.map((e) =>
          ['body', 'content-type'].includes(normalizeLocation(e.location)) ? { ...e, location: 'file' } : e,
        ),
      }
    : null;
  const choose = (event: ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? null);
  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!file || tooLarge) return;
    const done = await run(() => onUpload(file));
    if (done) {
      setFile(null);
      setTried(false);
      setInputKey((k) => k + 1);
    }
  };

  return (
    <form className="stack" onSubmit={upload} noValidate>
      <ProblemAlert problem={shown} />
      <Field
        label={t('complaint.file')}
        location="file"
        hint={t('complaint.fileHint')}
        errors={errorsAt(shown, 'file')}
        clientErrors={clientErrors}
      >
        {(control) => <FilePicker control={control} inputKey={inputKey} file={file} onChange={choose} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? t('app.working') : t('complaint.upload')}
        </button>
      </div>
    </form>
  );
}

/** The settlement on the table (or agreed): its terms, who proposed it and when. */
export function SettlementTerms({
  settlement,
  viewer,
}: {
  settlement: NonNullable<Complaint['settlement']>;
  viewer: ComplaintViewer;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  return (
    <div className="settlement" data-accepted={settlement.acceptedAt ? 'true' : 'false'}>
      <p className="settlement-terms">{settlement.terms}</p>
      <p className="muted small">
        {t('complaint.proposedBy', {
          who: roleName(i18n, settlement.proposedBy, viewer, true),
          date: dateTime(settlement.proposedAt),
        })}
        {settlement.acceptedAt
          ? ` · ${t('complaint.acceptedAt', { date: dateTime(settlement.acceptedAt) })}`
          : ''}
      </p>
    </div>
  );
}

/** Who did a step, as the reader may know it: roles for the parties, names for the operator's staff. */
function byName(
  i18n: I18n,
  by: string,
  viewer: ComplaintViewer,
  actorName?: (actor: string) => string,
): string {
  if (by.startsWith('system')) return i18n.t('complaintRoleInline.system');
  if (/^(user|apikey):/.test(by)) return actorName ? actorName(by) : i18n.t('complaintRoleInline.mediator');
  return roleName(i18n, by, viewer, true);
}

/** What happened to the complaint, newest first. */
export function ComplaintTimeline({
  timeline,
  viewer,
  actorName,
}: {
  timeline: ComplaintTimelineEntry[];
  viewer: ComplaintViewer;
  actorName?: (actor: string) => string;
}) {
  const i18n = useI18n();
  const { t, tx, dateTime } = i18n;
  const sorted = [...timeline].reverse();
  return (
    <ol className="timeline">
      {sorted.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; counted from the oldest, keys stay put
        <li key={sorted.length - i} data-event={e.event}>
          <p className="timeline-title">
            <strong>{tx(`complaintEvent.${e.event}`, e.event.replaceAll('_', ' '))}</strong>
          </p>
          <p className="muted small">
            <time dateTime={e.at}>{dateTime(e.at)}</time> ·{' '}
            {t('complaint.by', { who: byName(i18n, e.by, viewer, actorName) })}
          </p>
          {e.reason ? (
            <p className="timeline-reason">{t('admin.reasonShown', { reason: e.reason })}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
