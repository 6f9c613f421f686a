import { type FormEvent, useState } from 'react';
import { api, type IssuerKey, type TrustedIssuer, toProblem } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { ActionPanel, CopyButton, Field, Notice, SubmitButton, TextInput } from '../../components/form.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { DataTable, LoadStatus } from '../../components/table.tsx';
import { useAction, useActorName, useLoad } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

/** `did:web:example#key-2` → `#key-2`: the part that tells a node's keys apart. */
const fragment = (verificationMethod: string): string => {
  const i = verificationMethod.indexOf('#');
  return i >= 0 ? verificationMethod.slice(i) : verificationMethod;
};

function RotateKey({ onRotated }: { onRotated(verificationMethod: string): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, problem, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const rotated = await api.rotateIssuerKey(reason.trim() || undefined);
      setOpen(false);
      setReason('');
      onRotated(rotated.verificationMethod);
    });
  };

  if (!open)
    return (
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('issuer.rotate')}
        </button>
      </div>
    );
  return (
    <ActionPanel
      headingId="rotate-heading"
      title={t('issuer.rotateTitle')}
      text={t('issuer.rotateText')}
      problem={problem}
      busy={busy}
      submitLabel={t('issuer.rotateSubmit')}
      onSubmit={submit}
      onCancel={() => setOpen(false)}
    >
      <Field
        label={t('issuer.rotateReason')}
        location="rotate.reason"
        optional
        hint={t('admin.reasonHint')}
        errors={errorsAt(problem, 'reason')}
      >
        {(control) => (
          <TextInput {...control} value={reason} onChange={setReason} maxLength={500} autoComplete="off" />
        )}
      </Field>
    </ActionPanel>
  );
}

function KeysSection() {
  const { t, date } = useI18n();
  const auth = useAuth();
  const issuer = useLoad(() => api.issuer(), 'issuer');
  const [rotated, setRotated] = useState('');
  const keys: IssuerKey[] = issuer.data
    ? [...issuer.data.keys].sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null))
    : [];

  return (
    <section className="card stack" aria-labelledby="keys-heading">
      <h2 id="keys-heading">{t('issuer.identity')}</h2>
      <LoadStatus loaded={issuer} />
      {issuer.data ? (
        <>
          <dl className="pairs">
            <div>
              <dt>{t('issuer.did')}</dt>
              <dd>
                <code className="break">{issuer.data.did}</code> <CopyButton text={issuer.data.did} />
              </dd>
            </div>
            <div>
              <dt>{t('issuer.didDocument')}</dt>
              <dd>
                <a href="/.well-known/did.json">/.well-known/did.json</a>
              </dd>
            </div>
          </dl>
          <h3>{t('issuer.keys')}</h3>
          <p className="muted">{t('issuer.keysIntro')}</p>
          {rotated ? <Notice>{t('issuer.rotated', { key: fragment(rotated) })}</Notice> : null}
          {keys.length === 0 ? (
            <p className="muted">{t('issuer.noKeys')}</p>
          ) : (
            <DataTable
              compact
              columns={[
                t('issuer.colKey'),
                t('issuer.colPublicKey'),
                t('issuer.colCreated'),
                t('issuer.colStatus'),
              ]}
            >
              {keys.map((k) => (
                <tr key={k.id} className={k.retiredAt ? 'is-muted' : undefined}>
                  <td>
                    <code title={k.verificationMethod}>{fragment(k.verificationMethod)}</code>
                  </td>
                  <td>
                    <code className="key-text" title={k.publicKeyMultibase}>
                      {k.publicKeyMultibase}
                    </code>
                  </td>
                  <td className="nowrap">{date(k.createdAt)}</td>
                  <td>
                    {k.retiredAt ? (
                      <span className="badge badge-neutral">
                        {t('issuer.retired', { date: date(k.retiredAt) })}
                      </span>
                    ) : (
                      <span className="badge badge-verified">{t('issuer.active')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {auth.isAdmin ? (
            <RotateKey
              onRotated={(vm) => {
                setRotated(vm);
                issuer.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function TrustedSection() {
  const { t, date } = useI18n();
  const auth = useAuth();
  const actorName = useActorName();
  const trusted = useLoad(() => api.trustedIssuers(), 'trusted-issuers');
  const [did, setDid] = useState('');
  const [name, setName] = useState('');
  const { busy, problem, setProblem, run } = useAction();
  const [notice, setNotice] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    await run(async () => {
      const added = await api.addTrustedIssuer(did.trim(), name.trim());
      setDid('');
      setName('');
      setNotice(t('issuer.added', { name: added.name }));
      trusted.reload();
    });
  };

  const remove = async (issuer: TrustedIssuer) => {
    if (!window.confirm(t('issuer.confirmRemove', { name: issuer.name }))) return;
    setProblem(null);
    setNotice('');
    try {
      await api.removeTrustedIssuer(issuer.did);
      setNotice(t('issuer.removed', { name: issuer.name }));
      trusted.reload();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section className="card stack" aria-labelledby="trusted-heading">
      <h2 id="trusted-heading">{t('issuer.trusted')}</h2>
      <p className="muted">{t('issuer.trustedIntro')}</p>
      {notice ? <Notice>{notice}</Notice> : null}
      <LoadStatus loaded={trusted} />
      {trusted.data ? (
        trusted.data.issuers.length === 0 ? (
          <p className="muted">{t('issuer.trustedEmpty')}</p>
        ) : (
          <DataTable
            compact
            columns={[
              t('issuer.colName'),
              t('issuer.colDid'),
              t('issuer.colAdded'),
              ...(auth.isAdmin ? [{ label: t('app.remove'), hidden: true }] : []),
            ]}
          >
            {trusted.data.issuers.map((issuer) => (
              <tr key={issuer.did}>
                <td>{issuer.name}</td>
                <td>
                  <code className="break">{issuer.did}</code>
                </td>
                <td>
                  <span className="nowrap">{date(issuer.addedAt)}</span>
                  <div className="muted small">{actorName(issuer.addedBy)}</div>
                </td>
                {auth.isAdmin ? (
                  <td className="actions">
                    <button
                      type="button"
                      className="button button-danger button-small"
                      onClick={() => remove(issuer)}
                      aria-label={t('issuer.removeNamed', { name: issuer.name })}
                    >
                      {t('app.remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        )
      ) : null}
      {auth.isAdmin ? (
        <form className="stack" onSubmit={add} noValidate aria-labelledby="add-issuer-heading">
          <h3 id="add-issuer-heading">{t('issuer.add')}</h3>
          <ProblemAlert problem={problem} />
          <div className="form-row">
            <Field
              label={t('issuer.addDid')}
              location="did"
              className="grow grow-2"
              hint={t('issuer.addDidHint')}
              errors={errorsAt(problem, 'did')}
            >
              {(control) => <TextInput {...control} mono value={did} onChange={setDid} autoComplete="off" />}
            </Field>
            <Field
              label={t('issuer.addName')}
              location="name"
              className="grow"
              hint={t('issuer.addNameHint')}
              errors={errorsAt(problem, 'name')}
            >
              {(control) => <TextInput {...control} value={name} onChange={setName} autoComplete="off" />}
            </Field>
          </div>
          <div className="form-actions">
            <SubmitButton busy={busy} disabled={!did.trim() || !name.trim()}>
              {t('issuer.addSubmit')}
            </SubmitButton>
          </div>
        </form>
      ) : (
        <p className="muted small">{t('issuer.adminOnly')}</p>
      )}
    </section>
  );
}

export function IssuerPage() {
  const { t } = useI18n();
  useTitle(t('issuer.title'));
  return (
    <>
      <h1>{t('issuer.title')}</h1>
      <p className="muted">{t('issuer.intro')}</p>
      <div className="stack">
        <KeysSection />
        <TrustedSection />
      </div>
    </>
  );
}
