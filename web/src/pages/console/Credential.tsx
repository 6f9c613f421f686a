import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  type AuditEvent,
  api,
  type CredentialStatus,
  type IssuedCredential,
  type Problem,
  type StatusAction,
  toProblem,
} from '../../api.ts';
import { CREDENTIAL_MANAGERS, hasRole, useAuth } from '../../auth.tsx';
import { CredentialStatusBadge, formatName, JsonDetails, typeName } from '../../components/credential.tsx';
import { CopyButton, Field, Loading, Notice } from '../../components/form.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import {
  credentialFile,
  decodeCredential,
  downloadText,
  envelopedJwt,
  subjectOf,
  verifyHref,
} from '../../credentials.ts';
import { useActorName, useLoad } from '../../hooks.ts';
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
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const final = action === 'revoke';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onDone(await api.changeCredentialStatus(credential.id, action, reason.trim()));
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  };

  return (
    <form
      className={`action-panel stack${final ? ' action-panel-danger' : ''}`}
      onSubmit={submit}
      noValidate
      aria-labelledby="status-form-heading"
    >
      <h3 id="status-form-heading">{t(`cred.${action}Title`)}</h3>
      <p>{t(`cred.${action}Text`)}</p>
      <ProblemAlert problem={problem} />
      <Field
        label={t('cred.reason')}
        location="reason"
        hint={t('cred.reasonHint')}
        errors={errorsAt(problem, 'reason')}
        clientErrors={tooShort && reason.trim().length < 3 ? [t('cred.reasonTooShort')] : []}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the form opens on request; the reason is what to type next
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
      <div className="form-actions">
        <button
          type="submit"
          className={final ? 'button button-danger-solid' : 'button'}
          disabled={busy || (final && !understood)}
        >
          {busy ? t('app.working') : t(`cred.${action}Submit`)}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel} disabled={busy}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}

function StatusSection({ credential, onChanged }: { credential: IssuedCredential; onChanged(): void }) {
  const { t, tx } = useI18n();
  const auth = useAuth();
  const [action, setAction] = useState<StatusAction | null>(null);
  const [notice, setNotice] = useState('');
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
  const { t, tx, dateTime } = useI18n();
  const actorName = useActorName();
  const sorted = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('cred.history')}</h2>
      {sorted.length === 0 ? <p className="muted">{t('admin.historyEmpty')}</p> : null}
      <ol className="timeline">
        {sorted.map((e) => (
          <li key={e.id}>
            <p className="timeline-title">
              <strong>{tx(`event.${e.subject}`, e.subject)}</strong>
            </p>
            <p className="muted small">
              <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time> ·{' '}
              {t('admin.actor', { actor: actorName(e.actor) })}
            </p>
            {e.reason ? (
              <p className="timeline-reason">{t('admin.reasonShown', { reason: e.reason })}</p>
            ) : null}
            <details className="payload">
              <summary>{t('admin.payload')}</summary>
              <pre>{JSON.stringify(e.payload, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
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

  const back = (
    <p className="breadcrumb">
      <Link to="/console/credentials">← {t('creds.title')}</Link>
    </p>
  );
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
