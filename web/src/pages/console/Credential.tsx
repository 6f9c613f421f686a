import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  type AuditEvent,
  api,
  type CredentialStatus,
  type IssuedCredential,
  type StatusAction,
} from '../../api.ts';
import { CREDENTIAL_MANAGERS, hasRole, useAuth } from '../../auth.tsx';
import { CredentialStatusBadge, formatName, JsonDetails, typeName } from '../../components/credential.tsx';
import { ActionPanel, CopyButton, Field, Loading, Notice, TextInput } from '../../components/form.tsx';
import { AuditTimeline } from '../../components/history.tsx';
import { Breadcrumb } from '../../components/layout.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import {
  credentialFile,
  decodeCredential,
  downloadText,
  envelopedJwt,
  subjectOf,
  verifyHref,
} from '../../credentials.ts';
import { useAction, useActorName, useLoad } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

/** What each status allows, as the node enforces it. */
const ACTIONS: Record<CredentialStatus, StatusAction[]> = {
  active: ['suspend', 'revoke'],
  suspended: ['reinstate', 'revoke'],
  revoked: [],
};

function StatusForm({
  credential,
  action,
  onDone,
  onCancel,
}: {
  credential: IssuedCredential;
  action: StatusAction;
  onDone(updated: IssuedCredential): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [tooShort, setTooShort] = useState(false);
  const { busy, problem, run } = useAction();
  const final = action === 'revoke';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    await run(async () => onDone(await api.changeCredentialStatus(credential.id, action, reason.trim())));
  };

  return (
    <ActionPanel
      headingId="status-form-heading"
      title={t(`cred.${action}Title`)}
      text={t(`cred.${action}Text`)}
      problem={problem}
      busy={busy}
      danger={final}
      submitLabel={t(`cred.${action}Submit`)}
      submitDisabled={final && !understood}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Field
        label={t('cred.reason')}
        location="reason"
        hint={t('cred.reasonHint')}
        errors={errorsAt(problem, 'reason')}
        clientErrors={tooShort && reason.trim().length < 3 ? [t('cred.reasonTooShort')] : []}
      >
        {(control) => (
          <TextInput
            {...control}
            value={reason}
            onChange={setReason}
            maxLength={500}
            autoComplete="off"
            // Autofocus: the form opens on request; the reason is what to type next.
            autoFocus
          />
        )}
      </Field>
      {final ? (
        <label className="checkbox">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          <span>{t('cred.revokeConfirm')}</span>
        </label>
      ) : null}
    </ActionPanel>
  );
}

function StatusSection({
  credential: loaded,
  onChanged,
}: {
  credential: IssuedCredential;
  onChanged(): void;
}) {
  const { t, tx } = useI18n();
  const auth = useAuth();
  const [action, setAction] = useState<StatusAction | null>(null);
  const [notice, setNotice] = useState('');
  // The server's answer to a change is shown at once; the page's reload (which also brings the history) follows.
  const [changed, setChanged] = useState<IssuedCredential | null>(null);
  const credential =
    changed && changed.id === loaded.id && changed.status !== loaded.status ? changed : loaded;
  const canManage = hasRole(auth.user, CREDENTIAL_MANAGERS);
  const actions = ACTIONS[credential.status];

  return (
    <section className="card stack" aria-labelledby="status-heading">
      <div className="card-title-row">
        <h2 id="status-heading">{t('cred.statusHeading')}</h2>
        <CredentialStatusBadge status={credential.status} />
      </div>
      <p className="muted">{t('cred.statusIntro')}</p>
      {notice ? <Notice>{notice}</Notice> : null}
      {credential.status === 'revoked' ? <p>{t('cred.revokedFinal')}</p> : null}
      {!canManage ? <p className="muted small">{t('cred.readOnly')}</p> : null}
      {canManage && actions.length > 0 && !action ? (
        <div className="button-row">
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              className={a === 'revoke' ? 'button button-danger' : 'button button-secondary'}
              onClick={() => {
                setNotice('');
                setAction(a);
              }}
            >
              {t(`cred.${a}`)}
            </button>
          ))}
        </div>
      ) : null}
      {canManage && action ? (
        <StatusForm
          key={action}
          credential={credential}
          action={action}
          onCancel={() => setAction(null)}
          onDone={(updated) => {
            setChanged(updated);
            setAction(null);
            setNotice(tx(`cred.changed.${updated.status}`, updated.status));
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

function CredentialBody({ credential }: { credential: IssuedCredential }) {
  const { t } = useI18n();
  const vc = credential.verifiableCredential;
  const jwt = envelopedJwt(vc);
  const href = verifyHref(vc);
  const download = () => {
    const file = credentialFile(vc, `credential-${credential.id}`);
    downloadText(file.name, file.text, file.type);
  };
  return (
    <section className="card stack" aria-labelledby="vc-heading">
      <h2 id="vc-heading">{t('cred.credential')}</h2>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={download}>
          {t('cred.download')} ({jwt ? '.jwt' : '.json'})
        </button>
        <Link to={href} className="button button-secondary button-small">
          {t('cred.verify')}
        </Link>
        <CopyButton text={`${window.location.origin}${href}`} label={t('cred.copyVerifyLink')} />
      </div>
      {jwt ? (
        <>
          <h3 className="card-subhead">{t('cred.jwt')}</h3>
          <pre className="pre-wrap">{jwt}</pre>
          <JsonDetails summary={t('cred.decoded')} value={decodeCredential(vc)} open />
        </>
      ) : (
        <pre className="vc-json">{JSON.stringify(vc, null, 2)}</pre>
      )}
    </section>
  );
}

function History({ events }: { events: AuditEvent[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('cred.history')}</h2>
      {events.length === 0 ? <p className="muted">{t('admin.historyEmpty')}</p> : null}
      <AuditTimeline events={events} />
    </section>
  );
}

export function CredentialPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const credential = useLoad(() => api.getCredential(id), id);
  const actorName = useActorName();
  const c = credential.data;
  const subject = c ? subjectOf(decodeCredential(c.verifiableCredential)) : undefined;
  const subjectId = c?.subjectId ?? subject?.id;
  useTitle(c ? typeName(i18n, c.type) : t('creds.title'));

  const back = <Breadcrumb to="/console/credentials">{t('creds.title')}</Breadcrumb>;
  if (!c) {
    return credential.problem ? (
      <>
        {back}
        <ProblemAlert problem={credential.problem} />
      </>
    ) : (
      <Loading />
    );
  }

  return (
    <>
      {back}
      <header className="page-head">
        <div className="page-title-row">
          <h1>{typeName(i18n, c.type)}</h1>
          <Link to={verifyHref(c.verifiableCredential)} className="button button-secondary button-small">
            {t('cred.verify')}
          </Link>
        </div>
        {subject?.name ? <p className="name-latin">{subject.name}</p> : null}
        <p className="tags">
          <CredentialStatusBadge status={c.status} />
          <span className="tag">{formatName(i18n, c.format)}</span>
        </p>
      </header>
      <div className="admin-grid">
        <div className="stack">
          <section className="card" aria-labelledby="details-heading">
            <h2 id="details-heading">{t('cred.details')}</h2>
            <dl className="pairs">
              <div>
                <dt>{t('cred.credentialId')}</dt>
                <dd>
                  <code className="break">{c.credentialId}</code> <CopyButton text={c.credentialId} />
                </dd>
              </div>
              <div>
                <dt>{t('cred.subject')}</dt>
                <dd>{subjectId ? <code className="break">{subjectId}</code> : t('app.none')}</dd>
              </div>
              {c.partyId ? (
                <div>
                  <dt>{t('cred.party')}</dt>
                  <dd>
                    <Link to={`/console/parties/${c.partyId}`}>{subject?.name ?? t('cred.openParty')}</Link>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('cred.issued')}</dt>
                <dd>
                  <time dateTime={c.issuedAt}>{dateTime(c.issuedAt)}</time>
                  <div className="muted small">{t('admin.actor', { actor: actorName(c.issuedBy) })}</div>
                </dd>
              </div>
              <div>
                <dt>{t('verify.validFrom')}</dt>
                <dd>
                  <time dateTime={c.validFrom}>{dateTime(c.validFrom)}</time>
                </dd>
              </div>
              <div>
                <dt>{t('verify.validUntil')}</dt>
                <dd>
                  {c.validUntil ? (
                    <time dateTime={c.validUntil}>{dateTime(c.validUntil)}</time>
                  ) : (
                    t('verify.noExpiry')
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('verify.format')}</dt>
                <dd>{formatName(i18n, c.format)}</dd>
              </div>
            </dl>
          </section>
          <StatusSection credential={c} onChanged={credential.reload} />
          <CredentialBody credential={c} />
        </div>
        <History events={c.history} />
      </div>
    </>
  );
}
