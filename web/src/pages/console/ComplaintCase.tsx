import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  api,
  COMPLAINT_CONVERSATION_STATES,
  type Complaint,
  complaintTransition,
  MEDIATION_OUTCOMES,
  type MediationOutcome,
} from '../../api.ts';
import { hasRole, useAuth } from '../../auth.tsx';
import {
  AttachmentList,
  AttachmentUpload,
  COMPLAINT_STAFF,
  ComplaintBadges,
  ComplaintFacts,
  ComplaintTimeline,
  type ComplaintViewer,
  dueLabel,
  MerchantPairs,
  MessageForm,
  MessageThread,
  SettlementTerms,
} from '../../components/complaint.tsx';
import { ActionPanel, Field, Loading, Notice, TextInput } from '../../components/form.tsx';
import { Breadcrumb } from '../../components/layout.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { useAction, useActorName, useLoad } from '../../hooks.ts';
import { type MessageKey, useI18n, useTitle } from '../../i18n/index.tsx';

const MAX_ATTACHMENTS = 10;

type Panel = 'settlement' | 'mediation' | 'outcome' | 'compliance' | 'forwarded';

const DONE: Record<Panel | 'assign', MessageKey> = {
  settlement: 'ccase.settlementSent',
  mediation: 'ccase.mediationDone',
  outcome: 'ccase.outcomeDone',
  compliance: 'ccase.complianceDone',
  forwarded: 'ccase.forwardedDone',
  assign: 'ccase.assignedDone',
};

/** The form behind each step that asks for details: terms, a reason, an outcome, a reference. */
function StepForm({
  complaint,
  panel,
  onDone,
  onCancel,
}: {
  complaint: Complaint;
  panel: Panel;
  onDone(next: Complaint, note: MessageKey): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const pending = complaint.settlement && !complaint.settlement.acceptedAt ? complaint.settlement.terms : '';
  const [terms, setTerms] = useState(panel === 'outcome' ? pending : '');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<MediationOutcome | ''>('');
  const [honoured, setHonoured] = useState<'yes' | 'no' | ''>('');
  const [reference, setReference] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, problem, run } = useAction();
  const id = complaint.id;

  const missing: Record<string, MessageKey> = {};
  if (panel === 'settlement' && terms.trim().length < 3) missing.terms = 'ccase.termsRequired';
  if (panel === 'outcome') {
    if (!outcome) missing.outcome = 'ccase.outcomeRequired';
    if (reason.trim().length < 3) missing.reason = 'cred.reasonTooShort';
    if (outcome === 'settled' && terms.trim().length < 3 && !complaint.settlement)
      missing.terms = 'ccase.termsRequired';
  }
  if (panel === 'compliance' && !honoured) missing.honoured = 'ccase.honouredRequired';
  if (panel === 'forwarded' && !reference.trim()) missing.reference = 'ccase.referenceRequired';
  const shown = (location: string) => (tried && missing[location] ? [t(missing[location])] : []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(missing).length > 0) return;
    await run(async () => {
      const why = reason.trim() || undefined;
      const next =
        panel === 'settlement'
          ? await api.proposeSettlement(id, terms.trim())
          : panel === 'mediation'
            ? await api.caseToMediation(id, why)
            : panel === 'outcome'
              ? await api.decideCase(id, {
                  outcome: outcome as MediationOutcome,
                  reason: reason.trim(),
                  ...(outcome === 'settled' && terms.trim() ? { terms: terms.trim() } : {}),
                })
              : panel === 'compliance'
                ? await api.recordCompliance(id, honoured === 'yes', why)
                : await api.markForwarded(id, reference.trim());
      onDone(next, DONE[panel]);
    });
  };

  const spec: Record<Panel, { title: MessageKey; text: MessageKey; submit: MessageKey }> = {
    settlement: {
      title: 'ccase.settlementTitle',
      text: 'ccase.settlementText',
      submit: 'ccase.settlementSubmit',
    },
    mediation: {
      title: 'ccase.mediationTitle',
      text: 'ccase.mediationText',
      submit: 'ccase.mediationSubmit',
    },
    outcome: { title: 'ccase.outcomeTitle', text: 'ccase.outcomeText', submit: 'ccase.outcomeSubmit' },
    compliance: {
      title: 'ccase.complianceTitle',
      text: 'ccase.complianceText',
      submit: 'ccase.complianceSubmit',
    },
    forwarded: {
      title: 'ccase.forwardedTitle',
      text: 'ccase.forwardedText',
      submit: 'ccase.forwardedSubmit',
    },
  };

  return (
    <ActionPanel
      headingId="case-step-heading"
      title={t(spec[panel].title)}
      text={t(spec[panel].text)}
      problem={problem}
      busy={busy}
      submitLabel={t(spec[panel].submit)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {panel === 'outcome' ? (
        <Field
          label={t('ccase.outcome')}
          location="outcome"
          errors={errorsAt(problem, 'outcome')}
          clientErrors={shown('outcome')}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as MediationOutcome)}
            >
              <option value="">{t('ccase.chooseOutcome')}</option>
              {MEDIATION_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`complaintOutcome.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {panel === 'settlement' || (panel === 'outcome' && outcome === 'settled') ? (
        <Field
          label={t('ccase.terms')}
          location="terms"
          hint={t(panel === 'outcome' ? 'ccase.termsOutcomeHint' : 'ccase.termsHint')}
          errors={errorsAt(problem, 'terms')}
          clientErrors={shown('terms')}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={4}
              maxLength={5000}
              value={terms}
              onChange={(e) => setTerms(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      {panel === 'compliance' ? (
        <fieldset className="fieldset-plain">
          <legend>{t('ccase.honouredQuestion')}</legend>
          {shown('honoured').map((m) => (
            <p key={m} className="field-error">
              {m}
            </p>
          ))}
          <div className="radio-list">
            <label className="checkbox">
              <input
                type="radio"
                name="honoured"
                checked={honoured === 'yes'}
                onChange={() => setHonoured('yes')}
              />
              <span>{t('ccase.honouredYes')}</span>
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name="honoured"
                checked={honoured === 'no'}
                onChange={() => setHonoured('no')}
              />
              <span>{t('ccase.honouredNo')}</span>
            </label>
          </div>
        </fieldset>
      ) : null}
      {panel === 'forwarded' ? (
        <Field
          label={t('ccase.reference')}
          location="reference"
          hint={t('ccase.referenceHint')}
          errors={errorsAt(problem, 'reference')}
          clientErrors={shown('reference')}
        >
          {(control) => (
            <TextInput
              {...control}
              value={reference}
              onChange={setReference}
              maxLength={500}
              autoComplete="off"
              autoFocus
            />
          )}
        </Field>
      ) : null}
      {panel === 'mediation' || panel === 'outcome' || panel === 'compliance' ? (
        <Field
          label={panel === 'compliance' ? t('ccase.note') : t('cred.reason')}
          location={panel === 'compliance' ? 'note' : 'reason'}
          optional={panel !== 'outcome'}
          hint={panel === 'outcome' ? t('ccase.reasonHint') : undefined}
          errors={errorsAt(problem, panel === 'compliance' ? 'note' : 'reason')}
          clientErrors={shown('reason')}
        >
          {(control) => (
            <TextInput
              {...control}
              value={reason}
              onChange={setReason}
              maxLength={2000}
              autoComplete="off"
              autoFocus={panel === 'mediation'}
            />
          )}
        </Field>
      ) : null}
    </ActionPanel>
  );
}

/** What happens next on the case, and the steps this viewer may take now. */
function NextSteps({
  complaint,
  viewer,
  onChanged,
}: {
  complaint: Complaint;
  viewer: ComplaintViewer;
  onChanged(next: Complaint, note: MessageKey): void;
}) {
  const i18n = useI18n();
  const { t, date, region } = i18n;
  const auth = useAuth();
  const actorName = useActorName();
  const [panel, setPanel] = useState<Panel | null>(null);
  const { busy, problem, run } = useAction();
  const { status } = complaint;
  const staff = viewer === 'staff';
  const me = auth.user ? `user:${auth.user.id}` : '';
  const can = (type: 'mediation_requested' | 'forwarded') => complaintTransition(status, { type }).ok;

  const buttons: Array<{ key: string; label: string; onClick(): void; primary?: boolean }> = [];
  if (staff && status === 'mediation' && complaint.mediator !== me)
    buttons.push({
      key: 'assign',
      label: t('ccase.assign'),
      primary: !complaint.mediator,
      onClick: () =>
        run(async () => {
          onChanged(await api.assignCase(complaint.id), DONE.assign);
        }),
    });
  if (staff && status === 'mediation')
    buttons.push({
      key: 'outcome',
      label: t('ccase.decide'),
      primary: true,
      onClick: () => setPanel('outcome'),
    });
  if ((status === 'negotiation' && !staff) || status === 'mediation')
    buttons.push({
      key: 'settlement',
      label:
        complaint.settlement && !complaint.settlement.acceptedAt
          ? t('ccase.replaceSettlement')
          : t('ccase.proposeSettlement'),
      primary: !staff,
      onClick: () => setPanel('settlement'),
    });
  if (staff && status === 'compliance_check')
    buttons.push({
      key: 'compliance',
      label: t('ccase.recordCompliance'),
      primary: true,
      onClick: () => setPanel('compliance'),
    });
  if (staff && can('forwarded'))
    buttons.push({
      key: 'forwarded',
      label: t('ccase.markForwarded'),
      primary: true,
      onClick: () => setPanel('forwarded'),
    });
  if (can('mediation_requested'))
    buttons.push({
      key: 'mediation',
      label: staff ? t('ccase.toMediation') : t('ccase.askMediation'),
      onClick: () => setPanel('mediation'),
    });

  const label = dueLabel(status);
  const params = {
    due: complaint.dueAt ? date(complaint.dueAt) : t('app.none'),
    operator: complaint.routedTo.operator,
    economy: region(complaint.routedTo.economy),
  };
  return (
    <section className="card stack" aria-labelledby="next-heading">
      <div className="card-title-row">
        <h2 id="next-heading">{t('ccase.nextSteps')}</h2>
        <ComplaintBadges complaint={complaint} />
      </div>
      <p>{t(`ccase.help.${staff ? 'staff' : 'merchant'}.${status}`, params)}</p>
      {label && complaint.dueAt && status !== 'closed' ? (
        <p className="due">
          <strong>{t(label)}:</strong> <time dateTime={complaint.dueAt}>{date(complaint.dueAt)}</time>
        </p>
      ) : null}
      {staff && complaint.mediator ? (
        <p className="muted small">
          {complaint.mediator === me
            ? t('ccase.mediatorYou')
            : t('ccase.mediatorOther', { who: actorName(complaint.mediator) })}
        </p>
      ) : null}
      {staff && status === 'awaiting_forwarding' ? (
        <p>
          <a
            href={api.forwardingPackageHref(complaint.id)}
            download={`forwarding-${complaint.trackingNumber}.json`}
            className="button button-secondary button-small"
          >
            {t('ccase.downloadPackage')}
          </a>
        </p>
      ) : null}
      <ProblemAlert problem={problem} />
      {buttons.length > 0 && !panel ? (
        <div className="button-row">
          {buttons.map((b) => (
            <button
              key={b.key}
              type="button"
              data-action={b.key}
              className={b.primary ? 'button' : 'button button-secondary'}
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
          complaint={complaint}
          panel={panel}
          onCancel={() => setPanel(null)}
          onDone={(next, note) => {
            setPanel(null);
            onChanged(next, note);
          }}
        />
      ) : null}
    </section>
  );
}

/** The consumer, as far as this viewer may see: the merchant the name and economy, staff everything. */
function Consumer({ complaint, viewer }: { complaint: Complaint; viewer: ComplaintViewer }) {
  const { t, region } = useI18n();
  const consumer = complaint.consumer;
  return (
    <section className="card stack" aria-labelledby="consumer-heading">
      <h2 id="consumer-heading">{t('ccase.consumer')}</h2>
      {consumer ? (
        <dl className="pairs">
          <div>
            <dt>{t('ccase.name')}</dt>
            <dd>{consumer.name ?? t('app.none')}</dd>
          </div>
          <div>
            <dt>{t('ccase.economy')}</dt>
            <dd>{consumer.economy ? region(consumer.economy) : t('app.none')}</dd>
          </div>
          {consumer.email ? (
            <div>
              <dt>{t('ccase.email')}</dt>
              <dd>{consumer.email}</dd>
            </div>
          ) : null}
          {consumer.phone ? (
            <div>
              <dt>{t('cnew.phone')}</dt>
              <dd>{consumer.phone}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('ccase.consumerErased')}</p>
      )}
      <p className="muted small">
        {viewer === 'merchant' ? t('ccase.consumerMerchantNote') : t('ccase.consumerStaffNote')}
      </p>
    </section>
  );
}

/**
 * One complaint case in the console, for the merchant concerned or the operator's mediators: where it stands
 * and what is due, the consumer as far as the viewer may see, the description, the conversation, the files, the
 * settlement and the mediator's steps (take the case, decide, record compliance, forward), and the timeline.
 */
export function ComplaintCasePage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useI18n();
  const auth = useAuth();
  const actorName = useActorName();
  const loaded = useLoad(() => api.getComplaintCase(id), id);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const complaint = loaded.data;
  useTitle(complaint ? complaint.trackingNumber : t('console.complaints'));
  const viewer: ComplaintViewer = hasRole(auth.user, COMPLAINT_STAFF) ? 'staff' : 'merchant';

  const back = <Breadcrumb to="/console/complaints">{t('console.complaints')}</Breadcrumb>;
  if (!complaint)
    return loaded.problem ? (
      <>
        {back}
        <ProblemAlert problem={loaded.problem} />
      </>
    ) : (
      <Loading />
    );

  const changed = (next: Complaint, note: MessageKey) => {
    loaded.setData(next);
    setNotice(note);
  };
  const conversation = COMPLAINT_CONVERSATION_STATES.has(complaint.status) && !complaint.personalDataErased;
  const firstResponse =
    viewer === 'merchant' && complaint.status === 'merchant_notified' && !complaint.respondedAt;
  const uploads =
    complaint.status !== 'closed' &&
    complaint.status !== 'forwarded' &&
    !complaint.personalDataErased &&
    complaint.attachments.length < MAX_ATTACHMENTS;

  return (
    <>
      {back}
      <header className="page-head">
        <h1>{complaint.trackingNumber}</h1>
        <p className="tags">
          <ComplaintBadges complaint={complaint} />
          <span className="tag" data-routing={complaint.routedTo.routing}>
            {complaint.routedTo.routing === 'local'
              ? t('ccase.routingLocal')
              : t('ccase.routingForeign', { economy: complaint.routedTo.economy })}
          </span>
        </p>
        <p className="muted small">
          {complaint.merchant.name ?? complaint.website} ·{' '}
          {t('ctrack.filedOn', { date: dateTime(complaint.createdAt) })}
        </p>
      </header>
      {notice && !loaded.loading ? <Notice>{t(notice)}</Notice> : null}
      {loaded.problem ? <ProblemAlert problem={loaded.problem} /> : null}
      <div className="admin-grid complaint-grid">
        <div className="stack">
          <NextSteps complaint={complaint} viewer={viewer} onChanged={changed} />
          {complaint.settlement ? (
            <section className="card stack" aria-labelledby="case-settlement-heading">
              <h2 id="case-settlement-heading">
                {complaint.settlement.acceptedAt
                  ? t('ctrack.settlementAgreed')
                  : t('ccase.settlementPending')}
              </h2>
              <SettlementTerms settlement={complaint.settlement} viewer={viewer} />
            </section>
          ) : null}
          <section className="card stack" aria-labelledby="case-messages-heading">
            <h2 id="case-messages-heading">{t('complaint.messages')}</h2>
            <MessageThread messages={complaint.messages} viewer={viewer} />
            {conversation ? (
              <MessageForm
                label={firstResponse ? t('ccase.responseLabel') : t('ccase.writeLabel')}
                hint={firstResponse ? t('ccase.responseHint') : t('ccase.writeHint')}
                submitLabel={firstResponse ? t('ccase.sendResponse') : t('complaint.send')}
                onSend={async (body) => {
                  changed(
                    await api.writeOnCase(complaint.id, body),
                    firstResponse ? 'ccase.responded' : 'ccase.messageSent',
                  );
                }}
              />
            ) : (
              <p className="muted small">{t('ccase.messagesClosed')}</p>
            )}
          </section>
          <section className="card stack" aria-labelledby="case-files-heading">
            <h2 id="case-files-heading">{t('complaint.attachments')}</h2>
            <AttachmentList
              attachments={complaint.attachments}
              viewer={viewer}
              href={(a) => api.caseAttachmentHref(complaint.id, a.id)}
            />
            {uploads ? (
              <AttachmentUpload
                onUpload={async (file) => {
                  await api.uploadCaseAttachment(complaint.id, file, file.name);
                  loaded.reload();
                }}
              />
            ) : null}
          </section>
        </div>
        <div className="stack">
          <Consumer complaint={complaint} viewer={viewer} />
          <section className="card stack" aria-labelledby="case-details-heading">
            <h2 id="case-details-heading">{t('ctrack.details')}</h2>
            <MerchantPairs complaint={complaint} />
            <ComplaintFacts complaint={complaint} />
          </section>
          <section className="card" aria-labelledby="case-timeline-heading">
            <h2 id="case-timeline-heading">{t('complaint.timeline')}</h2>
            <ComplaintTimeline
              timeline={complaint.timeline}
              viewer={viewer}
              actorName={viewer === 'staff' ? actorName : undefined}
            />
          </section>
        </div>
      </div>
    </>
  );
}
