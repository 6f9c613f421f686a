import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { Field, Notice, SubmitButton, TextInput } from '../components/form.tsx';
import { errorsAt, ProblemAlert } from '../components/problem.tsx';
import { useAction } from '../hooks.ts';
import { useI18n, useTitle } from '../i18n/index.tsx';

const MIN_LENGTH = 12;

export function ChangePasswordPage() {
  const { t } = useI18n();
  useTitle(t('password.title'));
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next')?.startsWith('/console') ? (params.get('next') as string) : '/console';
  const mustChange = Boolean(auth.user?.mustChangePassword);
  const [current, setCurrent] = useState('');
  const [fresh, setFresh] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const { busy, problem, run } = useAction();
  const [done, setDone] = useState(false);

  const tooShort = fresh.length < MIN_LENGTH;
  const mismatch = fresh !== repeat;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setDone(false);
    if (tooShort || mismatch) return;
    await run(async () => {
      await api.changePassword(current, fresh);
      await auth.refresh();
      setCurrent('');
      setFresh('');
      setRepeat('');
      setChecked(false);
      if (mustChange) navigate(next, { replace: true });
      else setDone(true);
    });
  };

  return (
    <section className="narrow">
      <h1>{t('password.title')}</h1>
      {mustChange ? <Notice kind="info">{t('password.mustChange')}</Notice> : null}
      {done ? <Notice>{t('password.changed')}</Notice> : null}
      <form className="card form-card stack" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} />
        <Field
          label={t('password.current')}
          location="currentPassword"
          errors={errorsAt(problem, 'currentPassword')}
        >
          {(control) => (
            <TextInput
              {...control}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={setCurrent}
              required
            />
          )}
        </Field>
        <Field
          label={t('password.new')}
          location="newPassword"
          hint={t('password.newHint')}
          errors={errorsAt(problem, 'newPassword')}
          clientErrors={checked && tooShort ? [t('password.tooShort')] : []}
        >
          {(control) => (
            <TextInput
              {...control}
              type="password"
              autoComplete="new-password"
              minLength={MIN_LENGTH}
              value={fresh}
              onChange={setFresh}
              required
            />
          )}
        </Field>
        <Field
          label={t('password.confirm')}
          location="repeatPassword"
          clientErrors={checked && !tooShort && mismatch ? [t('password.mismatch')] : []}
        >
          {(control) => (
            <TextInput
              {...control}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={setRepeat}
              required
            />
          )}
        </Field>
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('password.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
