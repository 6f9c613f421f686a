import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { type Problem, toProblem } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { Field, Loading, SubmitButton, TextInput } from '../components/form.tsx';
import { ProblemAlert } from '../components/problem.tsx';
import { useI18n, useTitle } from '../i18n/index.tsx';

/** Only paths inside this site are followed after signing in. */
const safeNext = (next: string | null): string =>
  next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/console';

export function LoginPage() {
  const { t } = useI18n();
  useTitle(t('login.title'));
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  if (auth.state.status === 'loading') return <Loading />;
  if (auth.user && !busy)
    return <Navigate to={auth.user.mustChangePassword ? '/account/password' : next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const user = await auth.login(email.trim(), password);
      navigate(user.mustChangePassword ? `/account/password?next=${encodeURIComponent(next)}` : next, {
        replace: true,
      });
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      <form className="card form-card stack" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} />
        <Field label={t('login.email')} location="email">
          {(control) => (
            <TextInput
              {...control}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              required
            />
          )}
        </Field>
        <Field label={t('login.password')} location="password">
          {(control) => (
            <TextInput
              {...control}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              required
            />
          )}
        </Field>
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('login.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
