import { type FormEvent, useState } from 'react';
import { type ApiKey, api, ROLES, type Role, toProblem } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { CopyButton, Field, Notice, SubmitButton, TextInput } from '../../components/form.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { DataTable, LoadStatus } from '../../components/table.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

function NewKey({ apiKey, onDone }: { apiKey: ApiKey & { key: string }; onDone(): void }) {
  const { t } = useI18n();
  return (
    <section className="alert alert-success new-key" aria-labelledby="new-key-heading" role="status">
      <h2 id="new-key-heading" className="alert-title">
        {t('keys.newKeyTitle')}
      </h2>
      <p>{t('keys.newKeyText')}</p>
      <label htmlFor="new-key" className="visually-hidden">
        {t('keys.newKeyLabel')}
      </label>
      <div className="key-row">
        <input
          id="new-key"
          className="input input-mono"
          readOnly
          value={apiKey.key}
          onFocus={(e) => e.target.select()}
        />
        <CopyButton text={apiKey.key} />
      </div>
      <p>
        <button type="button" className="button button-ghost button-small" onClick={onDone}>
          {t('app.close')}
        </button>
      </p>
    </section>
  );
}

export function ApiKeysPage() {
  const { t, date, dateTime } = useI18n();
  useTitle(t('keys.title'));
  const auth = useAuth();
  const keys = useLoad(() => api.listApiKeys(), 'keys');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [partyId, setPartyId] = useState('');
  const [created, setCreated] = useState<(ApiKey & { key: string }) | null>(null);
  const { busy, problem, setProblem, run } = useAction();
  const [notice, setNotice] = useState('');

  if (!auth.isAdmin) return <Notice kind="warning">{t('console.adminOnly')}</Notice>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    await run(async () => {
      setCreated(await api.createApiKey({ name: name.trim(), role, partyId: partyId.trim() || null }));
      setName('');
      setPartyId('');
      keys.reload();
    });
  };

  const revoke = async (key: ApiKey) => {
    if (!window.confirm(t('keys.confirmRevoke', { name: key.name }))) return;
    setProblem(null);
    setNotice('');
    try {
      await api.revokeApiKey(key.id);
      setNotice(t('keys.revokedDone'));
      keys.reload();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <>
      <h1>{t('keys.title')}</h1>
      <p className="muted">{t('keys.intro')}</p>
      {created ? <NewKey apiKey={created} onDone={() => setCreated(null)} /> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      <LoadStatus loaded={keys} />
      {keys.data ? (
        keys.data.apiKeys.length === 0 ? (
          <p>{t('keys.empty')}</p>
        ) : (
          <DataTable
            columns={[
              t('keys.colName'),
              t('keys.colPrefix'),
              t('keys.colRole'),
              t('keys.colCreated'),
              t('keys.colLastUsed'),
              t('keys.colStatus'),
              { label: t('keys.revoke'), hidden: true },
            ]}
          >
            {keys.data.apiKeys.map((k) => (
              <tr key={k.id} className={k.revokedAt ? 'is-muted' : undefined}>
                <td>
                  {k.name}
                  {k.partyId ? (
                    <div className="muted small">
                      <code>{k.partyId}</code>
                    </div>
                  ) : null}
                </td>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{t(`role.${k.role}`)}</td>
                <td className="nowrap">{date(k.createdAt)}</td>
                <td className="nowrap">{k.lastUsedAt ? dateTime(k.lastUsedAt) : t('keys.never')}</td>
                <td>
                  {k.revokedAt ? (
                    <span className="badge badge-neutral">
                      {t('keys.revoked', { date: date(k.revokedAt) })}
                    </span>
                  ) : (
                    <span className="badge badge-verified">{t('keys.active')}</span>
                  )}
                </td>
                <td className="actions">
                  {k.revokedAt ? null : (
                    <button
                      type="button"
                      className="button button-danger button-small"
                      onClick={() => revoke(k)}
                    >
                      {t('keys.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )
      ) : null}
      <form className="card stack" onSubmit={submit} noValidate aria-labelledby="create-key-heading">
        <h2 id="create-key-heading">{t('keys.create')}</h2>
        <ProblemAlert problem={problem} />
        <div className="form-row">
          <Field
            label={t('keys.name')}
            location="name"
            className="grow"
            hint={t('keys.nameHint')}
            errors={errorsAt(problem, 'name')}
          >
            {(control) => <TextInput {...control} value={name} onChange={setName} autoComplete="off" />}
          </Field>
          <Field label={t('keys.role')} location="role" errors={errorsAt(problem, 'role')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={role}
                onChange={(e) => setRole(e.target.value as Role)}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          label={t('keys.partyId')}
          location="partyId"
          hint={t('keys.partyIdHint')}
          optional
          errors={errorsAt(problem, 'partyId')}
        >
          {(control) => (
            <TextInput {...control} mono value={partyId} onChange={setPartyId} autoComplete="off" />
          )}
        </Field>
        <div className="form-actions">
          <SubmitButton busy={busy} disabled={!name.trim()}>
            {t('keys.submit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
