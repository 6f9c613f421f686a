import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, type Problem, toProblem } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { Field, Notice } from '../components/form.tsx';
import { errorsAt, ProblemAlert } from '../components/problem.tsx';
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
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const tooShort = fresh.length < MIN_LENGTH;
  const mismatch = fresh !== repeat;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setDone(false);
    if (tooShort || mismatch) return;
    setBusy(true);
    setProblem(null);
    try {
      await api.changePassword(current, fresh);
      await auth.refresh();
      setCurrent('');
      setFresh('');
      setRepeat('');
      setChecked(false);
      if (mustChange) navigate(next, { replace: true });
      else setDone(true);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
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
            <input
              {...control}
              type="password"
              className="input"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
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
            <input
              {...control}
              type="password"
              className="input"
              autoComplete="new-password"
              minLength={MIN_LENGTH}
              value={fresh}
              onChange={(e) => setFresh(e.target.value)}
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
            <input
              {...control}
              type="password"
              className="input"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              required
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('app.working') : t('password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
