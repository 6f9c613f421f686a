import { type ChangeEvent, type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  type ApplicationState,
  type AuditEvent,
  api,
  type CertificateAction,
  type CriterionAssessment,
  type CriterionVerdict,
  EVIDENCE_MAX_BYTES,
  type TrustmarkApplicationDetail,
  type TrustmarkSchemes,
} from '../../api.ts';
import { CREDENTIAL_READERS, hasRole, useAuth } from '../../auth.tsx';
import { FilePicker } from '../../components/file-picker.tsx';
import { ActionPanel, CopyButton, Field, Loading, Notice, TextInput } from '../../components/form.tsx';
import { AuditTimeline } from '../../components/history.tsx';
import { Breadcrumb } from '../../components/layout.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { DataTable } from '../../components/table.tsx';
import {
  ApplicationStateBadge,
  FINDING_OUTCOMES,
  FindingUrl,
  LevelBadge,
  sealSnippet,
  snippet,
  TRUSTMARK_STAFF,
  useTrustmarkSchemes,
  VERDICTS,
  VerdictBadge,
} from '../../components/trustmark.tsx';
import { useAction, useActorName, useLoad } from '../../hooks.ts';
import { type I18n, type MessageKey, useI18n, useTitle } from '../../i18n/index.tsx';
import { CATEGORY_KEYS } from '../TrustmarkSchemes.tsx';
import { fileSize } from '../Verify.tsx';

type Application = TrustmarkApplicationDetail;
type Scheme = TrustmarkSchemes['schemes'][number];
/** What a step did, said in the reader's language (kept as a key, so it follows a change of language). */
interface Note {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** States in which an application may still be withdrawn, and evidence added (as the node allows). */
const OPEN_STATES: ReadonlySet<ApplicationState> = new Set([
  'submitted',
  'checking',
  'in_review',
  'gaps_reported',
  'resubmitted',
  'approved',
]);
const EVIDENCE_STATES: ReadonlySet<ApplicationState> = new Set([
  'submitted',
  'checking',
  'in_review',
  'gaps_reported',
  'resubmitted',
]);
const CERTIFICATE_STATES: ReadonlySet<ApplicationState> = new Set([
  'certified',
  'suspended',
  'revoked',
  'expired',
]);

/** The panels that ask for details before a step is taken. */
type Panel = 'gaps' | 'approve' | CertificateAction | 'openReview' | 'closeReview' | 'withdraw';

interface PanelSpec {
  title: MessageKey;
  text: MessageKey;
  submit: MessageKey;
  /** A reason of at least 3 characters is required (otherwise it is optional). */
  reasonRequired?: boolean;
  deadline?: boolean;
  /** Final: the panel is red and asks for a confirmation. */
  danger?: boolean;
}

const PANELS: Record<Panel, PanelSpec> = {
  gaps: { title: 'tmapp.gapsTitle', text: 'tmapp.gapsText', submit: 'tmapp.gapsSubmit', deadline: true },
  approve: { title: 'tmapp.approveTitle', text: 'tmapp.approveText', submit: 'tmapp.approveSubmit' },
  suspend: {
    title: 'tmapp.suspendTitle',
    text: 'tmapp.suspendText',
    submit: 'tmapp.suspendSubmit',
    reasonRequired: true,
  },
  reinstate: {
    title: 'tmapp.reinstateTitle',
    text: 'tmapp.reinstateText',
    submit: 'tmapp.reinstateSubmit',
    reasonRequired: true,
  },
  revoke: {
    title: 'tmapp.revokeTitle',
    text: 'tmapp.revokeText',
    submit: 'tmapp.revokeSubmit',
    reasonRequired: true,
    danger: true,
  },
  openReview: {
    title: 'tmapp.openReviewTitle',
    text: 'tmapp.openReviewText',
    submit: 'tmapp.openReviewSubmit',
    reasonRequired: true,
  },
  closeReview: {
    title: 'tmapp.closeReviewTitle',
    text: 'tmapp.closeReviewText',
    submit: 'tmapp.closeReviewSubmit',
    reasonRequired: true,
  },
  withdraw: {
    title: 'tmapp.withdrawTitle',
    text: 'tmapp.withdrawText',
    submit: 'tmapp.withdrawSubmit',
    danger: true,
  },
};

/** Reasons the public verification page shows in the certificate's status history. */
const PUBLIC_REASONS: ReadonlySet<Panel> = new Set(['suspend', 'reinstate', 'revoke']);

const DONE: Record<Panel, MessageKey> = {
  gaps: 'tmapp.gapsSent',
  approve: 'tmapp.approved',
  suspend: 'tmapp.suspended',
  reinstate: 'tmapp.reinstated',
  revoke: 'tmapp.revoked',
  openReview: 'tmapp.reviewOpened',
  closeReview: 'tmapp.reviewClosed',
  withdraw: 'tmapp.withdrawn',
};

function StepForm({
  application,
  panel,
  onDone,
  onCancel,
}: {
  application: Application;
  panel: Panel;
  onDone(note: Note): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const spec = PANELS[panel];
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('14');
  const [understood, setUnderstood] = useState(false);
  const [tried, setTried] = useState(false);
  const { busy, problem, run } = useAction();
  const reasonShort = Boolean(spec.reasonRequired) && reason.trim().length < 3;
  const dayCount = Number(days);
  const daysInvalid =
    Boolean(spec.deadline) && !(Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= 180);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (reasonShort || daysInvalid) return;
    const why = reason.trim() || undefined;
    const id = application.id;
    await run(async () => {
      if (panel === 'gaps') await api.reportTrustmarkGaps(id, dayCount, why);
      else if (panel === 'approve') await api.approveTrustmark(id, why);
      else if (panel === 'withdraw') await api.withdrawTrustmark(id, why);
      else if (panel === 'openReview' || panel === 'closeReview')
        await api.reviewTrustmarkCertificate(id, panel === 'openReview' ? 'open' : 'close', reason.trim());
      else await api.changeTrustmarkCertificate(id, panel, reason.trim());
      onDone({ key: DONE[panel] });
    });
  };

  return (
    <ActionPanel
      headingId="step-form-heading"
      title={t(spec.title)}
      text={t(spec.text)}
      problem={problem}
      busy={busy}
      danger={spec.danger}
      submitLabel={t(spec.submit)}
      submitDisabled={spec.danger && !understood}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {spec.deadline ? (
        <Field
          label={t('tmapp.deadlineDays')}
          location="deadlineDays"
          hint={t('tmapp.deadlineDaysHint')}
          errors={errorsAt(problem, 'deadlineDays')}
          clientErrors={tried && daysInvalid ? [t('tmapp.deadlineDaysInvalid')] : []}
        >
          {(control) => (
            <TextInput
              {...control}
              type="number"
              min={1}
              max={180}
              step={1}
              inputMode="numeric"
              value={days}
              onChange={setDays}
              // Autofocus: the form opens on request; the number of days is what to type next.
              autoFocus
            />
          )}
        </Field>
      ) : null}
      <Field
        label={t('cred.reason')}
        location="reason"
        optional={!spec.reasonRequired}
        hint={
          PUBLIC_REASONS.has(panel)
            ? t('tmapp.reasonPublicHint')
            : spec.reasonRequired
              ? t('cred.reasonHint')
              : t('admin.reasonHint')
        }
        errors={errorsAt(problem, 'reason')}
        clientErrors={tried && reasonShort ? [t('cred.reasonTooShort')] : []}
      >
        {(control) => (
          <TextInput
            {...control}
            value={reason}
            onChange={setReason}
            maxLength={2000}
            autoComplete="off"
            autoFocus={!spec.deadline}
          />
        )}
      </Field>
      {spec.danger ? (
        <label className="checkbox">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          <span>{t(panel === 'revoke' ? 'cred.revokeConfirm' : 'tmapp.withdrawConfirm')}</span>
        </label>
      ) : null}
    </ActionPanel>
  );
}

/** What happens next, and the steps this user may take now. */
function NextSteps({ application, onChanged }: { application: Application; onChanged(note: Note): void }) {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const [panel, setPanel] = useState<Panel | null>(null);
  const { busy, problem, run } = useAction();
  const staff = hasRole(auth.user, TRUSTMARK_STAFF);
  const applicant = auth.isAdmin || Boolean(auth.user?.roles.includes('merchant'));
  const { state } = application;
  const unmet = application.criteria.filter(
    (c) => c.level === 'mandatory' && c.verdict !== 'met' && c.verdict !== 'not_applicable',
  );

  const open = (p: Panel) => {
    setPanel(p);
  };
  const step = (work: () => Promise<Note>) =>
    run(async () => {
      onChanged(await work());
    });

  const buttons: Array<{ key: string; label: string; onClick(): void; kind?: 'primary' | 'danger' }> = [];
  if (staff && (state === 'submitted' || state === 'resubmitted'))
    buttons.push({
      key: 'check',
      label: t('tmapp.runCheck'),
      kind: 'primary',
      onClick: () =>
        step(async () => {
          await api.runTrustmarkCheck(application.id);
          return { key: 'tmapp.checkDone' };
        }),
    });
  if (staff && state === 'in_review') {
    buttons.push({
      key: 'approve',
      label: t('tmapp.approve'),
      kind: 'primary',
      onClick: () => open('approve'),
    });
    buttons.push({ key: 'gaps', label: t('tmapp.gaps'), onClick: () => open('gaps') });
  }
  if (applicant && state === 'gaps_reported')
    buttons.push({
      key: 'resubmit',
      label: t('tmapp.resubmit'),
      kind: 'primary',
      onClick: () =>
        step(async () => {
          await api.resubmitTrustmark(application.id);
          return { key: 'tmapp.resubmitted' };
        }),
    });
  if (staff && state === 'certified') {
    buttons.push({
      key: 'recheck',
      label: t('tmapp.recheck'),
      onClick: () =>
        step(async () => {
          const check = await api.recheckTrustmark(application.id);
          return check.failedMandatory.length === 0
            ? { key: 'tmapp.recheckPassed' }
            : { key: 'tmapp.recheckFailed', params: { ids: check.failedMandatory.join(', ') } };
        }),
    });
    buttons.push({ key: 'suspend', label: t('tmapp.suspend'), onClick: () => open('suspend') });
  }
  if (staff && state === 'suspended')
    buttons.push({ key: 'reinstate', label: t('tmapp.reinstate'), onClick: () => open('reinstate') });
  if (staff && (state === 'certified' || state === 'suspended')) {
    if (application.review)
      buttons.push({ key: 'closeReview', label: t('tmapp.closeReview'), onClick: () => open('closeReview') });
    else buttons.push({ key: 'openReview', label: t('tmapp.openReview'), onClick: () => open('openReview') });
    buttons.push({ key: 'revoke', label: t('tmapp.revoke'), kind: 'danger', onClick: () => open('revoke') });
  }
  if (applicant && state === 'certified')
    buttons.push({
      key: 'renew',
      label: t('tmapp.renew'),
      onClick: () =>
        run(async () => {
          const renewal = await api.renewTrustmark(application.id);
          navigate(`/console/trustmarks/${renewal.id}`);
        }),
    });
  if (OPEN_STATES.has(state) && (staff || applicant))
    buttons.push({
      key: 'withdraw',
      label: t('tmapp.withdraw'),
      kind: 'danger',
      onClick: () => open('withdraw'),
    });

  // Steps that end something come last.
  buttons.sort((a, b) => Number(a.kind === 'danger') - Number(b.kind === 'danger'));

  return (
    <section className="card stack" aria-labelledby="next-heading">
      <div className="card-title-row">
        <h2 id="next-heading">{t('tmapp.nextSteps')}</h2>
        <ApplicationStateBadge state={state} />
      </div>
      <p>{t(`tmapp.help.${state}`)}</p>
      {staff && state === 'in_review' && unmet.length > 0 ? (
        <p className="muted small">{t('tmapp.unmetMandatory', { count: unmet.length })}</p>
      ) : null}
      {applicant && state === 'certified' ? <p className="muted small">{t('tmapp.renewText')}</p> : null}
      <ProblemAlert problem={problem} />
      {busy ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('app.working')}
        </p>
      ) : null}
      {buttons.length > 0 && !panel ? (
        <div className="button-row">
          {buttons.map((b) => (
            <button
              key={b.key}
              type="button"
              data-action={b.key}
              className={
                b.kind === 'primary'
                  ? 'button'
                  : b.kind === 'danger'
                    ? 'button button-danger'
                    : 'button button-secondary'
              }
              onClick={b.onClick}
              disabled={busy}
            >
              {b.label}
            </button>
          ))}
        </div>
      ) : null}
      {panel ? (
        <StepForm
          key={panel}
          application={application}
          panel={panel}
          onCancel={() => setPanel(null)}
          onDone={(note) => {
            setPanel(null);
            onChanged(note);
          }}
        />
      ) : null}
    </section>
  );
}

function ReviewBanner({ application }: { application: Application }) {
  const { t, dateTime } = useI18n();
  const review = application.review;
  if (!review) return null;
  return (
    <div className="alert alert-warning" role="status">
      <p className="alert-title">{t('tmapp.reviewTitle')}</p>
      <p>
        {t('tmapp.reviewText', {
          date: dateTime(review.openedAt),
          source: t(`tmReviewSource.${review.source}`),
          reason: review.reason,
        })}
      </p>
      {review.failedCriteria && review.failedCriteria.length > 0 ? (
        <p>{t('tmapp.reviewFailed', { ids: review.failedCriteria.join(', ') })}</p>
      ) : null}
      <p className="muted small">{t('tmapp.reviewStands')}</p>
    </div>
  );
}

function GapReport({ application, scheme }: { application: Application; scheme: Scheme | undefined }) {
  const { t, lang, dateTime } = useI18n();
  if (application.state !== 'gaps_reported') return null;
  const gaps = application.criteria.filter((c) => c.verdict === 'not_met');
  return (
    <section className="card stack tm-gaps" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t('tmapp.gapReport')}</h2>
      <p>
        {t('tmapp.gapReportText', {
          date: application.remediationDeadline ? dateTime(application.remediationDeadline) : t('app.none'),
        })}
      </p>
      <ul className="tm-gap-list">
        {gaps.map((c) => {
          const criterion = scheme?.criteria.find((s) => s.id === c.id);
          return (
            <li key={c.id} data-criterion={c.id}>
              <code>{c.id}</code> {criterion?.text[lang] ?? ''}
              {c.level === 'mandatory' ? (
                <>
                  {' '}
                  <LevelBadge level="mandatory" />
                </>
              ) : null}
              {c.note ? <p className="muted small">{t('tmapp.noteShown', { note: c.note })}</p> : null}
              {c.finding ? <p className="muted small">{c.finding.message}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Details({ application, scheme }: { application: Application; scheme: Scheme | undefined }) {
  const { t, lang, dateTime, date } = useI18n();
  const auth = useAuth();
  const staff = hasRole(auth.user, TRUSTMARK_STAFF);
  const party = useLoad(() => api.getParty(application.partyId), application.partyId);
  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('tmapp.details')}</h2>
      <dl className="pairs">
        <div>
          <dt>{t('tmapp.party')}</dt>
          <dd>
            <Link to={staff ? `/console/parties/${application.partyId}` : `/parties/${application.partyId}`}>
              {party.data?.name ?? t('tmapp.openParty')}
            </Link>
            {party.data ? <div className="muted small">{party.data.ubin}</div> : null}
          </dd>
        </div>
        <div>
          <dt>{t('tmapp.website')}</dt>
          <dd>
            <code>{application.domain}</code>
          </dd>
        </div>
        <div>
          <dt>{t('tmapp.scheme')}</dt>
          <dd>
            <Link to={`/trustmarks/schemes#scheme-${application.scheme.id}`}>
              {scheme?.title[lang] ?? application.scheme.id}
            </Link>
            <div className="muted small">{t('schemes.version', { version: application.scheme.version })}</div>
          </dd>
        </div>
        <div>
          <dt>{t('tmapp.state')}</dt>
          <dd>
            <ApplicationStateBadge state={application.state} />
          </dd>
        </div>
        {application.state === 'gaps_reported' && application.remediationDeadline ? (
          <div>
            <dt>{t('tmapp.deadline')}</dt>
            <dd>
              <time dateTime={application.remediationDeadline}>
                {dateTime(application.remediationDeadline)}
              </time>
            </dd>
          </div>
        ) : null}
        {application.validUntil ? (
          <div>
            <dt>{t('verify.validUntil')}</dt>
            <dd>
              <time dateTime={application.validUntil}>{date(application.validUntil)}</time>
            </dd>
          </div>
        ) : null}
        {application.renewalOf ? (
          <div>
            <dt>{t('tmapp.renewalOf')}</dt>
            <dd>
              <Link to={`/console/trustmarks/${application.renewalOf}`}>{t('tmapp.renewalOfLink')}</Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('tmapp.applied')}</dt>
          <dd>
            <time dateTime={application.createdAt}>{dateTime(application.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('tmapp.updated')}</dt>
          <dd>
            <time dateTime={application.updatedAt}>{dateTime(application.updatedAt)}</time>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Certificate({ application }: { application: Application }) {
  const { t, date } = useI18n();
  const auth = useAuth();
  if (!CERTIFICATE_STATES.has(application.state) || !application.credentialRecordId) return null;
  const live = application.state === 'certified' || application.state === 'suspended';
  const seal = sealSnippet(window.location.origin);
  return (
    <section className="card stack" aria-labelledby="certificate-heading">
      <div className="card-title-row">
        <h2 id="certificate-heading">{t('tmapp.certificate')}</h2>
        <ApplicationStateBadge state={application.state} />
      </div>
      <p>
        {application.validUntil
          ? t('tmapp.certificateValid', { date: date(application.validUntil) })
          : t('verify.noExpiry')}
      </p>
      <div className="button-row">
        <a
          className="button button-small"
          href={`/api/v1/trustmarks/certificates/${encodeURIComponent(application.id)}/credential`}
          download={`trustmark-${application.domain}.json`}
        >
          {t('tmapp.downloadCredential')}
        </a>
        <Link
          to={`/trustmarks/verify/${encodeURIComponent(application.domain)}`}
          className="button button-secondary button-small"
        >
          {t('tmapp.publicPage')}
        </Link>
        {hasRole(auth.user, CREDENTIAL_READERS) ? (
          <Link
            to={`/console/credentials/${application.credentialRecordId}`}
            className="button button-secondary button-small"
          >
            {t('tmapp.openCredential')}
          </Link>
        ) : null}
      </div>
      {live ? (
        <div className="stack tm-seal">
          <h3 id="seal-heading">{t('tmapp.seal')}</h3>
          <p>{t('tmapp.sealText', { domain: application.domain })}</p>
          <pre className="pre-wrap" data-seal-snippet>
            {seal}
          </pre>
          <p>
            <CopyButton text={seal} label={t('tmapp.copySeal')} />
          </p>
        </div>
      ) : null}
    </section>
  );
}

interface Draft {
  verdict: CriterionVerdict;
  note: string;
}

const draftOf = (c: CriterionAssessment): Draft => ({ verdict: c.verdict, note: c.note ?? '' });

function FindingCell({ criterion }: { criterion: CriterionAssessment }) {
  const { t } = useI18n();
  const finding = criterion.finding;
  if (!finding) return <span className="muted small">{t('tmapp.noFinding')}</span>;
  const outcome = FINDING_OUTCOMES[finding.outcome];
  return (
    <div className="tm-finding">
      {outcome ? (
        <span className={`badge ${outcome.badge}`}>{t(outcome.label)}</span>
      ) : (
        <code>{finding.outcome}</code>
      )}
      <p className="small">{finding.message}</p>
      {finding.evidence ? (
        <p className="small">
          <code title={finding.evidence}>{snippet(finding.evidence, 140)}</code>
        </p>
      ) : null}
      {finding.url ? (
        <p className="small break">
          <FindingUrl url={finding.url} />
        </p>
      ) : null}
    </div>
  );
}

/** The criteria with their verdicts; in review, an assessor sets each verdict and note and saves them at once. */
function Criteria({
  application,
  scheme,
  onSaved,
}: {
  application: Application;
  scheme: Scheme | undefined;
  onSaved(note: Note): void;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const auth = useAuth();
  const actorName = useActorName();
  const editable = hasRole(auth.user, TRUSTMARK_STAFF) && application.state === 'in_review';
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(application.criteria.map((c) => [c.id, draftOf(c)])),
  );
  const { busy, problem, run } = useAction();
  const changed = application.criteria.filter((c) => {
    const d = drafts[c.id];
    return d && (d.verdict !== c.verdict || d.note.trim() !== (c.note ?? ''));
  });
  const set = (id: string, change: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [id]: { ...(all[id] ?? { verdict: 'pending', note: '' }), ...change } }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (changed.length === 0) return;
    await run(async () => {
      await api.reviewTrustmark(
        application.id,
        changed.map((c) => {
          const d = drafts[c.id] ?? draftOf(c);
          return { criterionId: c.id, verdict: d.verdict, ...(d.note.trim() ? { note: d.note.trim() } : {}) };
        }),
      );
      onSaved({ key: 'tmapp.verdictsSaved', params: { count: changed.length } });
    });
  };

  const table = (
    <DataTable
      compact
      columns={[
        { label: t('schemes.colCriterion'), className: 'tm-col-criterion' },
        { label: t('schemes.colLevel'), className: 'scheme-col-level' },
        { label: t('tmapp.colVerdict'), className: 'tm-col-verdict' },
        { label: t('tmapp.colFinding'), className: 'tm-col-finding' },
        { label: t('tmapp.colNote'), className: 'tm-col-note' },
      ]}
    >
      {application.criteria.map((c) => {
        const criterion = scheme?.criteria.find((s) => s.id === c.id);
        const draft = drafts[c.id] ?? draftOf(c);
        const category = criterion ? CATEGORY_KEYS[criterion.category] : undefined;
        return (
          <tr key={c.id} data-criterion={c.id} data-verdict={c.verdict}>
            <td>
              <code className="tm-criterion-id">{c.id}</code>
              <div>{criterion?.text[lang] ?? c.id}</div>
              {category ? <div className="muted small">{t(category)}</div> : null}
            </td>
            <td>
              <LevelBadge level={c.level} />
            </td>
            <td>
              {editable ? (
                <>
                  <label className="visually-hidden" htmlFor={`verdict-${c.id}`}>
                    {t('tmapp.verdictFor', { id: c.id })}
                  </label>
                  <select
                    id={`verdict-${c.id}`}
                    className="input tm-verdict-select"
                    value={draft.verdict}
                    onChange={(e) => set(c.id, { verdict: e.target.value as CriterionVerdict })}
                  >
                    {VERDICTS.map((v) => (
                      <option key={v} value={v}>
                        {t(`tmVerdict.${v}`)}
                      </option>
                    ))}
                  </select>
                </>
              ) : (
                <VerdictBadge verdict={c.verdict} />
              )}
              {c.assessedBy ? (
                <div className="muted small">
                  {c.assessedBy === 'automated-check'
                    ? t('tmapp.byCheck')
                    : t('admin.actor', { actor: actorName(c.assessedBy) })}
                </div>
              ) : null}
              {c.changedSinceReview ? <ChangedSinceReview change={c.changedSinceReview} /> : null}
            </td>
            <td>
              <FindingCell criterion={c} />
            </td>
            <td>
              {editable ? (
                <>
                  <label className="visually-hidden" htmlFor={`note-${c.id}`}>
                    {t('tmapp.noteFor', { id: c.id })}
                  </label>
                  <textarea
                    id={`note-${c.id}`}
                    className="input tm-note"
                    rows={2}
                    maxLength={2000}
                    value={draft.note}
                    onChange={(e) => set(c.id, { note: e.target.value })}
                  />
                </>
              ) : (
                <span className="small">{c.note ?? ''}</span>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );

  return (
    <section className="card stack" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{t('tmapp.criteria')}</h2>
      <p className="muted">{editable ? t('tmapp.criteriaEdit') : t('tmapp.criteriaIntro')}</p>
      {editable ? (
        <form className="stack" onSubmit={save} noValidate aria-labelledby="criteria-heading">
          <ProblemAlert problem={problem} />
          {table}
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy || changed.length === 0}>
              {busy ? t('app.working') : t('tmapp.saveVerdicts')}
            </button>
            <span className="muted small" aria-live="polite">
              {changed.length > 0 ? t('tmapp.unsaved', { count: changed.length }) : t('tmapp.noChanges')}
            </span>
          </div>
        </form>
      ) : (
        table
      )}
    </section>
  );
}

function criterionLabel(i18n: I18n, scheme: Scheme | undefined, id: string): string {
  const text = scheme?.criteria.find((c) => c.id === id)?.text[i18n.lang];
  return text ? `${id} — ${text}` : id;
}

function Evidence({
  application,
  scheme,
  onUploaded,
}: {
  application: Application;
  scheme: Scheme | undefined;
  onUploaded(note: Note): void;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const actorName = useActorName();
  const [file, setFile] = useState<File | null>(null);
  const [criterionId, setCriterionId] = useState('');
  const [tried, setTried] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const { busy, problem, run } = useAction();
  const open = EVIDENCE_STATES.has(application.state);
  const tooLarge = file ? file.size > EVIDENCE_MAX_BYTES : false;
  const clientErrors = !tried
    ? []
    : !file
      ? [t('tmapp.fileRequired')]
      : tooLarge
        ? [t('tmapp.fileTooLarge', { name: file.name, size: fileSize(i18n, file.size) })]
        : [];
  // Documentary criteria first: they are the ones that ask for evidence.
  const criteria = [...(scheme?.criteria ?? [])].sort(
    (a, b) => Number(b.assessment.method === 'documentary') - Number(a.assessment.method === 'documentary'),
  );

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!file || tooLarge) return;
    await run(async () => {
      const stored = await api.uploadTrustmarkEvidence(application.id, file, {
        filename: file.name,
        criterionId: criterionId || undefined,
      });
      setFile(null);
      setTried(false);
      setInputKey((k) => k + 1);
      onUploaded({ key: 'tmapp.uploaded', params: { name: stored.filename } });
    });
  };

  return (
    <section className="card stack" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('tmapp.evidence')}</h2>
      <p className="muted">{t('tmapp.evidenceIntro')}</p>
      {application.evidence.length === 0 ? (
        <p>{t('tmapp.evidenceEmpty')}</p>
      ) : (
        <DataTable
          compact
          columns={[
            t('tmapp.colFile'),
            t('tmapp.colForCriterion'),
            { label: t('tmapp.colSize'), className: 'num' },
            t('tmapp.colUploaded'),
          ]}
        >
          {application.evidence.map((e) => (
            <tr key={e.id} data-evidence={e.id}>
              <td className="break">
                <a href={api.evidenceHref(application.id, e.id)} download={e.filename}>
                  {e.filename}
                </a>
                <div className="muted small">{e.mediaType}</div>
              </td>
              <td className="small">{e.criterionId ?? t('tmapp.forCriterionNone')}</td>
              <td className="num nowrap">{fileSize(i18n, e.sizeBytes)}</td>
              <td className="small">
                <time dateTime={e.createdAt}>{dateTime(e.createdAt)}</time>
                <div className="muted">{t('admin.actor', { actor: actorName(e.uploadedBy) })}</div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {open ? (
        <form className="stack tm-upload" onSubmit={upload} noValidate aria-labelledby="upload-heading">
          <h3 id="upload-heading">{t('tmapp.uploadTitle')}</h3>
          <ProblemAlert problem={problem} />
          <Field
            label={t('tmapp.file')}
            location="body"
            hint={t('tmapp.fileHint')}
            errors={errorsAt(problem, 'body')}
            clientErrors={clientErrors}
          >
            {(control) => <FilePicker control={control} inputKey={inputKey} file={file} onChange={choose} />}
          </Field>
          <Field
            label={t('tmapp.forCriterion')}
            location="criterionId"
            errors={errorsAt(problem, 'criterionId')}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={criterionId}
                onChange={(e) => setCriterionId(e.target.value)}
              >
                <option value="">{t('tmapp.forCriterionNone')}</option>
                {criteria.map((c) => (
                  <option key={c.id} value={c.id}>
                    {criterionLabel(i18n, scheme, c.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('app.working') : t('tmapp.upload')}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted small">{t('tmapp.evidenceClosed')}</p>
      )}
    </section>
  );
}

function Checks({ application }: { application: Application }) {
  const { t, dateTime, number } = useI18n();
  return (
    <section className="card stack" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('tmapp.checks')}</h2>
      {application.checks.length === 0 ? (
        <p className="muted">{t('tmapp.checksEmpty')}</p>
      ) : (
        <DataTable
          compact
          columns={[
            t('tmapp.colWhen'),
            t('tmapp.colPurpose'),
            t('tmapp.colFailed'),
            { label: t('tmapp.colPages'), className: 'num' },
          ]}
        >
          {application.checks.map((c) => (
            <tr key={c.id} data-check={c.id}>
              <td className="nowrap">
                <time dateTime={c.finishedAt}>{dateTime(c.finishedAt)}</time>
              </td>
              <td>
                {t(`tmPurpose.${c.purpose}`)}
                <div className="muted small">{t('schemes.version', { version: c.scheme.version })}</div>
              </td>
              <td className="small">
                {c.failedMandatory.length === 0 ? (
                  <span className="badge badge-verified">{t('tmapp.failedNone')}</span>
                ) : (
                  c.failedMandatory.map((id) => (
                    <code key={id} className="tm-id">
                      {id}
                    </code>
                  ))
                )}
              </td>
              <td className="num">{number(c.pages.length)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function History({ events }: { events: AuditEvent[] }) {
  const { t } = useI18n();
  const summarize = (e: AuditEvent): string => {
    const payload = (e.payload ?? {}) as Record<string, unknown>;
    if (e.subject === 'trustmark.application.reviewed' && Array.isArray(payload.verdicts))
      return t('tmapp.historyVerdicts', { count: payload.verdicts.length });
    if (e.subject === 'trustmark.application.evidence_added' && typeof payload.filename === 'string')
      return payload.filename;
    if (e.subject === 'trustmark.certificate.rechecked' && Array.isArray(payload.failedMandatory))
      return payload.failedMandatory.length === 0
        ? t('tmapp.failedNone')
        : payload.failedMandatory.join(', ');
    return '';
  };
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('tmapp.history')}</h2>
      {events.length === 0 ? <p className="muted">{t('admin.historyEmpty')}</p> : null}
      <AuditTimeline events={events} summarize={summarize} />
    </section>
  );
}

/** One trustmark application: its criteria, evidence, checks and history, and the steps the user may take. */
export function TrustmarkApplicationPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const loaded = useLoad(() => api.getTrustmarkApplication(id), id);
  const schemes = useTrustmarkSchemes();
  const [notice, setNotice] = useState<Note | null>(null);
  const application = loaded.data;
  useTitle(application ? application.domain : t('console.trustmarks'));
  const scheme = application
    ? schemes?.schemes.find((s) => s.id === application.scheme.id && s.version === application.scheme.version)
    : undefined;

  const back = <Breadcrumb to="/console/trustmarks">{t('console.trustmarks')}</Breadcrumb>;
  if (!application)
    return loaded.problem ? (
      <>
        {back}
        <ProblemAlert problem={loaded.problem} />
      </>
    ) : (
      <Loading />
    );

  const changed = (note: Note) => {
    setNotice(note);
    loaded.reload();
  };

  return (
    <>
      {back}
      <header className="page-head">
        <div className="page-title-row">
          <h1>{application.domain}</h1>
        </div>
        <p className="tags">
          <ApplicationStateBadge state={application.state} />
          {application.review ? (
            <span className="badge badge-unverified">{t('tmconsole.reviewOpen')}</span>
          ) : null}
          <span className="tag">
            {scheme?.title[lang] ?? application.scheme.id} ·{' '}
            {t('schemes.version', { version: application.scheme.version })}
          </span>
        </p>
      </header>
      {/* Said once the page shows the changed application, so the message and the page agree. */}
      {notice && !loaded.loading ? <Notice>{t(notice.key, notice.params)}</Notice> : null}
      {loaded.problem ? <ProblemAlert problem={loaded.problem} /> : null}
      <ReviewBanner application={application} />
      <div className="admin-grid">
        <div className="stack">
          <NextSteps application={application} onChanged={changed} />
          <GapReport application={application} scheme={scheme} />
          <Certificate application={application} />
        </div>
        <Details application={application} scheme={scheme} />
      </div>
      <div className="tm-section">
        <Criteria
          key={`${application.id}@${application.version}`}
          application={application}
          scheme={scheme}
          onSaved={changed}
        />
      </div>
      <div className="admin-grid tm-section">
        <div className="stack">
          <Evidence application={application} scheme={scheme} onUploaded={changed} />
          <Checks application={application} />
        </div>
        <History events={application.history} />
      </div>
    </>
  );
}

/** What a resubmission changed on a criterion a person had judged, so the assessor knows why it is open again. */
function ChangedSinceReview({ change }: { change: NonNullable<CriterionAssessment['changedSinceReview']> }) {
  const { t } = useI18n();
  const actorName = useActorName();
  return (
    <div className="alert alert-warning small" data-changed-since-review={change.changes.join(' ')}>
      <p>
        {t('tmapp.changedSinceReview', {
          changes: change.changes.map((c) => t(`tmapp.change.${c}`)).join('; '),
          verdict: t(`tmVerdict.${change.previousVerdict}`),
          actor: actorName(change.previousAssessedBy),
        })}
      </p>
      {change.previousFinding ? (
        <p className="muted">{t('tmapp.previousFinding', { message: change.previousFinding.message })}</p>
      ) : null}
    </div>
  );
}
