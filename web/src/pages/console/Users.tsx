import { type FormEvent, useState } from 'react';
import { api, ROLES, type Role } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { Field, GroupErrors, Loading, Notice, SubmitButton, TextInput } from '../../components/form.tsx';
import { errorsAt, fieldId, ProblemAlert } from '../../components/problem.tsx';
import { DataTable } from '../../components/table.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useI18n, useTitle } from '../../i18n/index.tsx';

function CreateUserForm({ onCreated }: { onCreated(email: string): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [partyId, setPartyId] = useState('');
  const [checked, setChecked] = useState(false);
  const { busy, problem, run } = useAction();

  const toggleRole = (role: Role, on: boolean) =>
    setRoles((rs) => (on ? [...rs, role] : rs.filter((r) => r !== role)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (roles.length === 0) return;
    await run(async () => {
      const user = await api.createUser({
        email: email.trim(),
        name: name.trim(),
        password,
        roles,
        partyId: partyId.trim() || null,
      });
      setEmail('');
      setName('');
      setPassword('');
      setRoles([]);
      setPartyId('');
      setChecked(false);
      onCreated(user.email);
    });
  };

  const roleErrors = [
    ...errorsAt(problem, 'roles'),
    ...(problem?.errors ?? []).filter((e) => /^(body\.)?roles[.[]/.test(e.location ?? '')),
  ];
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t('users.create')}</h2>
      <ProblemAlert problem={problem} />
      <div className="form-row">
        <Field label={t('users.email')} location="email" className="grow" errors={errorsAt(problem, 'email')}>
          {(control) => (
            <TextInput {...control} type="email" value={email} onChange={setEmail} autoComplete="off" />
          )}
        </Field>
        <Field label={t('users.name')} location="name" className="grow" errors={errorsAt(problem, 'name')}>
          {(control) => <TextInput {...control} value={name} onChange={setName} autoComplete="off" />}
        </Field>
      </div>
      <Field
        label={t('users.password')}
        location="password"
        hint={t('users.passwordHint')}
        errors={errorsAt(problem, 'password')}
      >
        {(control) => (
          <TextInput
            {...control}
            type="text"
            mono
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            minLength={12}
          />
        )}
      </Field>
      <fieldset className="fieldset fieldset-plain" id={fieldId('roles')} tabIndex={-1}>
        <legend>{t('users.roles')}</legend>
        {checked && roles.length === 0 ? (
          <div className="field-error">
            <p>{t('users.noRoles')}</p>
          </div>
        ) : null}
        <GroupErrors errors={roleErrors} />
        <div className="checkbox-grid">
          {ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => toggleRole(role, e.target.checked)}
              />
              <span>
                <strong>{t(`role.${role}`)}</strong>
                <span className="muted small"> — {t(`roleHint.${role}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t('users.partyId')}
        location="partyId"
        hint={t('users.partyIdHint')}
        optional
        errors={errorsAt(problem, 'partyId')}
      >
        {(control) => (
          <TextInput {...control} mono value={partyId} onChange={setPartyId} autoComplete="off" />
        )}
      </Field>
      <div className="form-actions">
        <SubmitButton busy={busy}>{t('users.submit')}</SubmitButton>
      </div>
    </form>
  );
}

export function UsersPage() {
  const { t, date } = useI18n();
  useTitle(t('users.title'));
  const auth = useAuth();
  const users = useLoad(() => api.listUsers(), 'users');
  const [created, setCreated] = useState('');

  if (!auth.isAdmin) return <Notice kind="warning">{t('console.adminOnly')}</Notice>;
  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="muted">{t('users.intro')}</p>
      <ProblemAlert problem={users.problem} />
      {created ? <Notice>{t('users.created', { email: created })}</Notice> : null}
      {!users.data && users.loading ? <Loading /> : null}
      {users.data ? (
        users.data.users.length === 0 ? (
          <p>{t('users.empty')}</p>
        ) : (
          <DataTable
            columns={[
              t('users.colEmail'),
              t('users.colName'),
              t('users.colRoles'),
              t('users.colParty'),
              t('users.colCreated'),
            ]}
          >
            {users.data.users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.email}
                  {u.mustChangePassword ? (
                    <div className="muted small">{t('users.pendingPassword')}</div>
                  ) : null}
                </td>
                <td>{u.name}</td>
                <td>
                  {u.roles.map((r) => (
                    <span key={r} className="tag tag-small">
                      {t(`role.${r}`)}
                    </span>
                  ))}
                </td>
                <td>{u.partyId ? <code className="small">{u.partyId}</code> : t('app.none')}</td>
                <td className="nowrap">{date(u.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        )
      ) : null}
      <CreateUserForm
        onCreated={(email) => {
          setCreated(email);
          users.reload();
        }}
      />
    </>
  );
}
