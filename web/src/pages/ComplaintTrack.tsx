import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import {
  ApiError,
  api,
  COMPLAINT_CONVERSATION_STATES,
  type Complaint,
  complaintTransition,
  type Problem,
  toProblem,
} from '../api.ts';
import {
  AttachmentList,
  AttachmentUpload,
  ComplaintBadges,
  ComplaintFacts,
  ComplaintTimeline,
  dueLabel,
  MerchantPairs,
  MessageForm,
  MessageThread,
  SettlementTerms,
} from '../components/complaint.tsx';
import { ActionPanel, Field, Loading, Notice, TextInput } from '../components/form.tsx';
import { ProblemAlert } from '../components/problem.tsx';
import { useAction, useLoad } from '../hooks.ts';
import { type I18n, type MessageKey, useI18n, useTitle } from '../i18n/index.tsx';

const TRACK_PATH = /\/complaints\/track\/(CT-\d{4}-[0-9A-Z]{8})\/?$/i;
const MAX_ATTACHMENTS = 10;

/** The complaint, or null when the link does not open one (a 404 is an answer here: wrong or missing token). */
async function load(
  trackingNumber: string,
  token: string,
  confirmCode: string | null,
  onConfirm: (result: { ok: true } | { ok: false; problem: Problem }) => void,
): Promise<Complaint | null> {
  if (!token) return null;
  try {
    if (confirmCode) {
      try {
        const confirmed = await api.confirmComplaint(trackingNumber, token, confirmCode);
        onConfirm({ ok: true });
        return confirmed;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) throw error;
        onConfirm({ ok: false, problem: toProblem(error) });
      }
    }
    return await api.trackComplaint(trackingNumber, token);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The words for the complaint's state: what it means and what happens next. */
function statusWords(i18n: I18n, c: Complaint): { title: string; text: string } {
  const params = {
    merchant: c.merchant.name ?? c.website ?? '',
    operator: c.routedTo.operator,
    economy: i18n.region(c.routedTo.economy),
    due: c.dueAt ? i18n.date(c.dueAt) : i18n.t('app.none'),
    reference: c.forwardingReference ?? '',
  };
  if (c.status === 'closed') {
    const outcome = c.outcome ?? 'settled';
    return {
      title: i18n.t(`ctrack.closed.${outcome}.title`, params),
      text: i18n.t(`ctrack.closed.${outcome}.text`, params),
    };
  }
  if (c.status === 'merchant_notified' && !c.merchant.partyId)
    return {
      title: i18n.t('ctrack.state.merchant_notified.title', params),
      text: i18n.t('ctrack.unregistered', params),
    };
  return {
    title: i18n.t(`ctrack.state.${c.status}.title`, params),
    text: i18n.t(`ctrack.state.${c.status}.text`, params),
  };
}

const VERDICT_KIND: Record<Complaint['status'], string> = {
  received: 'verdict-warning',
  awaiting_forwarding: 'verdict-neutral',
  forwarded: 'verdict-neutral',
  merchant_notified: 'verdict-neutral',
  negotiation: 'verdict-neutral',
  mediation: 'verdict-warning',
  compliance_check: 'verdict-neutral',
  closed: 'verdict-neutral',
};

function StatusPanel({ complaint }: { complaint: Complaint }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const words = statusWords(i18n, complaint);
  const label = dueLabel(complaint.status);
  const kind =
    complaint.status === 'closed' && complaint.outcome === 'settled'
      ? 'verdict-ok'
      : VERDICT_KIND[complaint.status];
  return (
    <section
      className={`verdict complaint-status ${kind}`}
      aria-labelledby="status-heading"
      data-status={complaint.status}
    >
      <p className="muted small status-eyebrow">{t('ctrack.statusNow')}</p>
      <h2 id="status-heading">{words.title}</h2>
      <p>{words.text}</p>
      {label && complaint.dueAt ? (
        <p className="due">
          <strong>{t(label)}:</strong> <time dateTime={complaint.dueAt}>{date(complaint.dueAt)}</time>
        </p>
      ) : null}
    </section>
  );
}

/** Shows the complaint as a step left it, with a note of what was done. */
type Apply = (next: Complaint, note: MessageKey) => void;
interface CardProps {
  complaint: Complaint;
  token: string;
  apply: Apply;
}

/** The settlement on the table: accept it, or ask the mediator to step in. */
function SettlementCard({ complaint, token, apply }: CardProps) {
  const { t } = useI18n();
  const { busy, problem, run } = useAction();
  const settlement = complaint.settlement;
  if (!settlement) return null;
  const open =
    !settlement.acceptedAt && complaintTransition(complaint.status, { type: 'settlement_accepted' }).ok;
  const mediation = open && complaintTransition(complaint.status, { type: 'mediation_requested' }).ok;
  const tn = complaint.trackingNumber;
  return (
    <section
      className={`card stack${open ? ' card-highlight' : ''}`}
      aria-labelledby="settlement-heading"
      data-settlement={settlement.acceptedAt ? 'accepted' : 'proposed'}
    >
      <h2 id="settlement-heading">
        {settlement.acceptedAt ? t('ctrack.settlementAgreed') : t('ctrack.settlementProposed')}
      </h2>
      <SettlementTerms settlement={settlement} viewer="consumer" />
      {open ? (
        <>
          <p className="muted small">{t('ctrack.settlementHelp')}</p>
          <ProblemAlert problem={problem} />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(async () => apply(await api.acceptSettlement(tn, token), 'ctrack.accepted'))}
            >
              {t('ctrack.accept')}
            </button>
            {mediation ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() =>
                  run(async () =>
                    apply(
                      await api.askForMediation(tn, token, t('ctrack.declinedReason')),
                      'ctrack.mediationAsked',
                    ),
                  )
                }
              >
                {t('ctrack.askMediation')}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

/** Asking for mediation before any proposal, with an optional reason. */
function MediationCard({ complaint, token, apply }: CardProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, problem, run } = useAction();
  if (complaint.settlement && !complaint.settlement.acceptedAt) return null;
  if (!complaintTransition(complaint.status, { type: 'mediation_requested' }).ok) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () =>
      apply(
        await api.askForMediation(complaint.trackingNumber, token, reason.trim() || undefined),
        'ctrack.mediationAsked',
      ),
    );
  };
  return (
    <section className="card stack" aria-labelledby="mediation-heading">
      <h2 id="mediation-heading">{t('ctrack.mediationTitle')}</h2>
      <p>
        {t(
          complaint.status === 'negotiation'
            ? 'ctrack.mediationTextNegotiation'
            : 'ctrack.mediationTextWaiting',
        )}
      </p>
      {open ? (
        <ActionPanel
          headingId="mediation-panel"
          title={t('ctrack.askMediation')}
          text={t('ctrack.mediationPanelText')}
          problem={problem}
          busy={busy}
          submitLabel={t('ctrack.askMediation')}
          onSubmit={submit}
          onCancel={() => setOpen(false)}
        >
          <Field label={t('ctrack.mediationReason')} location="reason" optional>
            {(control) => (
              <textarea
                {...control}
                className="input"
                rows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
        </ActionPanel>
      ) : (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
            {t('ctrack.askMediation')}
          </button>
        </p>
      )}
    </section>
  );
}

/** In the compliance check: did the merchant do what was agreed? */
function ComplianceCard({ complaint, token, apply }: CardProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const { busy, problem, run } = useAction();
  if (complaint.status !== 'compliance_check') return null;
  const answer = (honoured: boolean) =>
    run(async () =>
      apply(
        await api.reportCompliance(complaint.trackingNumber, token, honoured, note.trim() || undefined),
        honoured ? 'ctrack.complianceYesDone' : 'ctrack.complianceNoDone',
      ),
    );
  return (
    <section className="card stack card-highlight" aria-labelledby="compliance-heading">
      <h2 id="compliance-heading">{t('ctrack.complianceTitle')}</h2>
      <p>{t('ctrack.complianceText', { merchant: complaint.merchant.name ?? complaint.website ?? '' })}</p>
      <ProblemAlert problem={problem} />
      <Field label={t('ctrack.complianceNote')} optional>
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => answer(true)}>
          {t('ctrack.complianceYes')}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => answer(false)}>
          {t('ctrack.complianceNo')}
        </button>
      </div>
    </section>
  );
}

const RATING_WORDS: Record<number, MessageKey> = {
  1: 'ctrack.rate1',
  2: 'ctrack.rate2',
  3: 'ctrack.rate3',
  4: 'ctrack.rate4',
  5: 'ctrack.rate5',
};

function Stars({ value }: { value: number }) {
  const { t } = useI18n();
  return (
    <span className="stars-shown" role="img" aria-label={t('ctrack.ratedStars', { count: value })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} aria-hidden="true" className={n <= value ? 'is-on' : undefined}>
          ★
        </span>
      ))}
    </span>
  );
}

/** Once closed: how satisfied the consumer is with how the complaint was handled (1–5 stars, once). */
function RatingCard({ complaint, token, apply }: CardProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(0);
  const [tried, setTried] = useState(false);
  const { busy, problem, run } = useAction();
  if (complaint.status !== 'closed' || complaint.outcome === 'unconfirmed') return null;
  if (complaint.satisfaction !== null)
    return (
      <section className="card stack" aria-labelledby="rating-heading">
        <h2 id="rating-heading">{t('ctrack.ratingTitle')}</h2>
        <p>
          {t('ctrack.youRated')} <Stars value={complaint.satisfaction} />{' '}
          <span className="muted">{t(RATING_WORDS[complaint.satisfaction] ?? 'ctrack.rate3')}</span>
        </p>
      </section>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!value) return;
    await run(async () =>
      apply(await api.rateComplaint(complaint.trackingNumber, token, value), 'ctrack.rated'),
    );
  };
  return (
    <section className="card stack card-highlight" aria-labelledby="rating-heading">
      <h2 id="rating-heading">{t('ctrack.ratingTitle')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} />
        <fieldset
          className={`fieldset-plain${tried && !value ? ' field-invalid' : ''}`}
          aria-describedby={tried && !value ? 'rating-error' : undefined}
        >
          <legend>{t('ctrack.ratingQuestion')}</legend>
          {tried && !value ? (
            <p className="field-error" id="rating-error">
              {t('ctrack.ratingRequired')}
            </p>
          ) : null}
          <div className="stars">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className={`star${n <= value ? ' is-on' : ''}`}>
                <input
                  type="radio"
                  name="satisfaction"
                  value={n}
                  checked={value === n}
                  onChange={() => setValue(n)}
                  className="star-input"
                />
                <span aria-hidden="true" className="star-glyph">
                  ★
                </span>
                <span className="visually-hidden">
                  {t('ctrack.stars', { count: n })}: {t(RATING_WORDS[n] ?? 'ctrack.rate3')}
                </span>
              </label>
            ))}
          </div>
          <p className="muted small star-words" aria-hidden="true">
            {value ? t(RATING_WORDS[value] ?? 'ctrack.rate3') : t('ctrack.ratingHint')}
          </p>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('app.working') : t('ctrack.sendRating')}
          </button>
        </div>
      </form>
    </section>
  );
}

type DataPanel = 'withdraw' | 'erase';

/** The consumer's own data: take it away, withdraw the complaint, or erase the personal data now. */
function YourData({ complaint, token, apply }: CardProps) {
  const { t } = useI18n();
  const [panel, setPanel] = useState<DataPanel | null>(null);
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const { busy, problem, run } = useAction();
  const withdrawable = complaintTransition(complaint.status, { type: 'withdrawn' }).ok;
  const open = (p: DataPanel) => {
    setPanel(p);
    setUnderstood(false);
    setReason('');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(async () => {
      if (panel === 'withdraw')
        apply(
          await api.withdrawComplaint(complaint.trackingNumber, token, reason.trim() || undefined),
          'ctrack.withdrawn',
        );
      else apply(await api.eraseComplaintData(complaint.trackingNumber, token), 'ctrack.erased');
    });
    if (done) setPanel(null);
  };
  return (
    <section className="card stack" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('ctrack.dataTitle')}</h2>
      {complaint.personalDataErased ? (
        <p>{t('ctrack.dataErased')}</p>
      ) : (
        <p className="muted small">{t('ctrack.dataText')}</p>
      )}
      {panel === null ? (
        <div className="button-row">
          <a
            href={api.complaintExportHref(complaint.trackingNumber, token)}
            download={`complaint-${complaint.trackingNumber}.json`}
            className="button button-secondary button-small"
          >
            {t('ctrack.download')}
          </a>
          {withdrawable ? (
            <button
              type="button"
              className="button button-danger button-small"
              onClick={() => open('withdraw')}
            >
              {t('ctrack.withdraw')}
            </button>
          ) : null}
          {complaint.personalDataErased ? null : (
            <button type="button" className="button button-danger button-small" onClick={() => open('erase')}>
              {t('ctrack.erase')}
            </button>
          )}
        </div>
      ) : (
        <ActionPanel
          headingId="data-panel-heading"
          title={t(panel === 'withdraw' ? 'ctrack.withdrawTitle' : 'ctrack.eraseTitle')}
          text={t(panel === 'withdraw' ? 'ctrack.withdrawText' : 'ctrack.eraseText')}
          problem={problem}
          busy={busy}
          danger
          submitLabel={t(panel === 'withdraw' ? 'ctrack.withdrawSubmit' : 'ctrack.eraseSubmit')}
          submitDisabled={!understood}
          onSubmit={submit}
          onCancel={() => setPanel(null)}
        >
          {panel === 'withdraw' ? (
            <Field label={t('cred.reason')} location="reason" optional>
              {(control) => (
                <TextInput
                  {...control}
                  value={reason}
                  onChange={setReason}
                  maxLength={2000}
                  autoComplete="off"
                />
              )}
            </Field>
          ) : null}
          <label className="checkbox">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
            <span>{t(panel === 'withdraw' ? 'ctrack.withdrawConfirm' : 'ctrack.eraseConfirm')}</span>
          </label>
        </ActionPanel>
      )}
    </section>
  );
}

/** Without a link that opens a complaint: what the private link is, and a box to paste it into. */
function NeedsPrivateLink({ hadToken }: { hadToken: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [link, setLink] = useState('');
  const [error, setError] = useState(false);
  const open = (event: FormEvent) => {
    event.preventDefault();
    try {
      const url = new URL(link.trim(), window.location.origin);
      const match = TRACK_PATH.exec(url.pathname);
      const token = url.searchParams.get('token');
      if (!match || !token) throw new Error('not a complaint link');
      const query = new URLSearchParams({ token });
      const confirm = url.searchParams.get('confirm');
      if (confirm) query.set('confirm', confirm);
      navigate(`/complaints/track/${match[1]?.toUpperCase()}?${query}`);
    } catch {
      setError(true);
    }
  };
  return (
    <section className="narrow stack complaint-not-found">
      <div className="verdict verdict-neutral" role="status">
        <h1>{t('ctrack.notFoundTitle')}</h1>
        <p>{t(hadToken ? 'ctrack.notFoundWrongLink' : 'ctrack.notFoundNoLink')}</p>
        <p>{t('ctrack.notFoundWhy')}</p>
      </div>
      <form className="card stack" onSubmit={open} noValidate>
        <Field
          label={t('ctrack.pasteLink')}
          location="link"
          hint={t('ctrack.pasteLinkHint')}
          clientErrors={error ? [t('ctrack.pasteLinkInvalid')] : []}
        >
          {(control) => (
            <TextInput
              {...control}
              mono
              inputMode="url"
              autoComplete="off"
              value={link}
              onChange={(v) => {
                setLink(v);
                setError(false);
              }}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('ctrack.openLink')}
          </button>
        </div>
      </form>
      <p>
        <Link to="/complaints/new">{t('ctrack.fileNew')} →</Link>
      </p>
    </section>
  );
}

/**
 * The consumer's page for one complaint, opened with the private link (no account): the status in plain words
 * with the next deadline, the settlement to accept, the compliance question, the rating, the conversation, the
 * files, the timeline and the consumer's data. Opened from the confirmation mail, it confirms the address first.
 */
export function ComplaintTrackPage() {
  const { trackingNumber: raw = '' } = useParams();
  const [params] = useSearchParams();
  const trackingNumber = raw.trim().toUpperCase();
  const token = params.get('token') ?? '';
  // A fresh page for each complaint and link: notes and the confirmation of one never show on another.
  return (
    <TrackedComplaint key={`${trackingNumber}|${token}`} trackingNumber={trackingNumber} token={token} />
  );
}

function TrackedComplaint({ trackingNumber, token }: { trackingNumber: string; token: string }) {
  const [params, setParams] = useSearchParams();
  const confirmCode = params.get('confirm');
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  useTitle(t('ctrack.title', { trackingNumber }));
  const [confirmation, setConfirmation] = useState<{ ok: true } | { ok: false; problem: Problem } | null>(
    null,
  );
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const top = useRef<HTMLElement>(null);

  const loaded = useLoad(
    () => load(trackingNumber, token, confirmCode, setConfirmation),
    `${trackingNumber}|${token}`,
  );
  const complaint = loaded.data;

  // The confirmation code has done its work: drop it from the address, so a bookmark is the plain private link.
  useEffect(() => {
    if (!confirmation || !params.has('confirm')) return;
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('confirm');
        return next;
      },
      { replace: true },
    );
  }, [confirmation, params, setParams]);

  const apply: Apply = (next, note) => {
    loaded.setData(next);
    setNotice(note);
    top.current?.scrollIntoView({ block: 'start' });
  };

  if (complaint === undefined)
    return loaded.problem ? <ProblemAlert problem={loaded.problem} /> : <Loading />;
  if (complaint === null) return <NeedsPrivateLink hadToken={Boolean(token)} />;

  const conversation = COMPLAINT_CONVERSATION_STATES.has(complaint.status) && !complaint.personalDataErased;
  const uploads =
    complaint.status !== 'closed' &&
    complaint.status !== 'forwarded' &&
    !complaint.personalDataErased &&
    complaint.attachments.length < MAX_ATTACHMENTS;

  return (
    <article className="complaint-page">
      <header className="page-head" ref={top}>
        <p className="muted small">{t('ctrack.eyebrow')}</p>
        <h1>{t('ctrack.title', { trackingNumber: complaint.trackingNumber })}</h1>
        <p className="tags">
          <ComplaintBadges complaint={complaint} />
        </p>
        <p className="muted small">
          {t('ctrack.filedOn', { date: dateTime(complaint.createdAt) })} · {t('ctrack.privateHint')}
        </p>
      </header>
      {confirmation?.ok ? <Notice>{t('ctrack.confirmed')}</Notice> : null}
      {confirmation && !confirmation.ok ? <ProblemAlert problem={confirmation.problem} /> : null}
      {notice ? <Notice>{t(notice)}</Notice> : null}
      <div className="admin-grid complaint-grid">
        <div className="stack">
          <StatusPanel complaint={complaint} />
          <SettlementCard complaint={complaint} token={token} apply={apply} />
          <ComplianceCard complaint={complaint} token={token} apply={apply} />
          <RatingCard complaint={complaint} token={token} apply={apply} />
          <MediationCard complaint={complaint} token={token} apply={apply} />
          <section className="card stack" aria-labelledby="messages-heading">
            <h2 id="messages-heading">{t('complaint.messages')}</h2>
            <MessageThread messages={complaint.messages} viewer="consumer" />
            {conversation ? (
              <MessageForm
                label={t('ctrack.writeLabel')}
                hint={t('ctrack.writeHint')}
                submitLabel={t('complaint.send')}
                onSend={async (body) => {
                  loaded.setData(await api.writeToMerchant(complaint.trackingNumber, token, body));
                }}
              />
            ) : (
              <p className="muted small">{t('ctrack.messagesClosed')}</p>
            )}
          </section>
          <section className="card stack" aria-labelledby="files-heading">
            <h2 id="files-heading">{t('complaint.attachments')}</h2>
            <AttachmentList
              attachments={complaint.attachments}
              viewer="consumer"
              href={(a) => api.complaintAttachmentHref(complaint.trackingNumber, token, a.id)}
            />
            {uploads ? (
              <AttachmentUpload
                onUpload={async (file) => {
                  await api.uploadComplaintAttachment(complaint.trackingNumber, token, file, file.name);
                  loaded.reload();
                }}
              />
            ) : null}
          </section>
        </div>
        <div className="stack">
          <section className="card stack" aria-labelledby="details-heading">
            <h2 id="details-heading">{t('ctrack.details')}</h2>
            <MerchantPairs complaint={complaint} />
            <ComplaintFacts complaint={complaint} />
            {complaint.consumer ? (
              <>
                <h3 className="card-subhead">{t('ctrack.you')}</h3>
                <dl className="pairs">
                  <div>
                    <dt>{t('cnew.name')}</dt>
                    <dd>{complaint.consumer.name}</dd>
                  </div>
                  <div>
                    <dt>{t('cnew.email')}</dt>
                    <dd>{complaint.consumer.email}</dd>
                  </div>
                  {complaint.consumer.economy ? (
                    <div>
                      <dt>{t('cnew.economy')}</dt>
                      <dd>{i18n.region(complaint.consumer.economy)}</dd>
                    </div>
                  ) : null}
                  {complaint.consumer.phone ? (
                    <div>
                      <dt>{t('cnew.phone')}</dt>
                      <dd>{complaint.consumer.phone}</dd>
                    </div>
                  ) : null}
                </dl>
              </>
            ) : null}
          </section>
          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('complaint.timeline')}</h2>
            <ComplaintTimeline timeline={complaint.timeline} viewer="consumer" />
          </section>
          <YourData complaint={complaint} token={token} apply={apply} />
        </div>
      </div>
    </article>
  );
}
