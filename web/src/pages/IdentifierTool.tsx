import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, api, type IdentifierResult, type Problem, type SchemeInfo, toProblem } from '../api.ts';
import { Field } from '../components/form.tsx';
import { ProblemAlert } from '../components/problem.tsx';
import { SchemeSelect } from '../components/scheme.tsx';
import { useSchemes } from '../hooks.ts';
import { errorText, useI18n, useTitle } from '../i18n/index.tsx';

/** `enterpriseCode` → `Enterprise code`, for detail keys the catalogue does not know. */
const humanize = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function ResultView({
  result,
  value,
  scheme,
}: {
  result: IdentifierResult;
  value: string;
  scheme?: SchemeInfo;
}) {
  const i18n = useI18n();
  const { t, tx, region } = i18n;
  const schemeName = scheme?.name ?? result.scheme;
  return (
    <section
      className={`card result ${result.valid ? 'result-valid' : 'result-invalid'}`}
      aria-labelledby="result-heading"
    >
      <h2 id="result-heading" className="result-status">
        <span className="result-icon" aria-hidden="true">
          {result.valid ? '✓' : '✗'}
        </span>
        {result.valid ? t('idtool.valid') : t('idtool.invalid')}
      </h2>
      <p>{t(result.valid ? 'idtool.validText' : 'idtool.invalidText', { value, scheme: schemeName })}</p>
      {result.errors.length > 0 ? (
        <div className="result-block">
          <h3>{t('idtool.errors')}</h3>
          <ul className="error-list">
            {result.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: errors are positional
              <li key={i}>
                <strong>{errorText(i18n, e)}</strong>
                <span className="muted small">
                  {' '}
                  {t('idtool.technical', { message: e.message })} · <code>{e.code}</code>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="pairs">
        <div>
          <dt>{t('idtool.normalized')}</dt>
          <dd>{result.normalized ? <code>{result.normalized}</code> : t('app.none')}</dd>
        </div>
        <div>
          <dt>{t('idtool.checkDigit')}</dt>
          <dd>
            {result.checkDigit === 'verified' ? (
              <span className="badge badge-verified">{t('idtool.checkDigitVerified')}</span>
            ) : (
              <>
                <span className="badge badge-neutral">{t('idtool.checkDigitNone')}</span>{' '}
                <span className="muted small">{t('idtool.checkDigitNoneHint')}</span>
              </>
            )}
          </dd>
        </div>
        {result.country ? (
          <div>
            <dt>{t('idtool.country')}</dt>
            <dd>
              {region(result.country)} ({result.country})
            </dd>
          </div>
        ) : null}
      </dl>
      {result.details && Object.keys(result.details).length > 0 ? (
        <div className="result-block">
          <h3>{t('idtool.details')}</h3>
          <dl className="pairs">
            {Object.entries(result.details).map(([key, v]) => (
              <div key={key}>
                <dt>{tx(`detail.${key}`, humanize(key))}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {result.notes.length > 0 ? (
        <div className="result-block">
          <h3>{t('idtool.notes')}</h3>
          <ul>
            {result.notes.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notes are positional
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {scheme?.source ? (
        <p className="muted small">
          {t('idtool.source')}:{' '}
          {scheme.source.split(/;\s*/).map((part, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sources are positional
            <span key={i}>
              {i > 0 ? '; ' : null}
              {/^https?:\/\//.test(part) ? (
                <a href={part} rel="noopener noreferrer">
                  {part}
                </a>
              ) : (
                part
              )}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

export function IdentifierToolPage() {
  const { t } = useI18n();
  useTitle(t('idtool.title'));
  const schemes = useSchemes();
  const [params, setParams] = useSearchParams();
  const [scheme, setScheme] = useState(params.get('scheme') ?? 'vn-mst');
  const [value, setValue] = useState(params.get('value') ?? '');
  const [result, setResult] = useState<{ result: IdentifierResult; value: string } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (s: string, v: string) => {
    setBusy(true);
    setProblem(null);
    try {
      setResult({ result: await api.validateIdentifier(s, v), value: v });
    } catch (error) {
      setResult(null);
      setProblem(error instanceof ApiError ? error.problem : toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  // A shared link (?scheme=&value=) is checked on arrival.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on the first render
  useEffect(() => {
    const s = params.get('scheme');
    const v = params.get('value');
    if (s && v) void check(s, v);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = value.trim();
    if (!v) return;
    setParams({ scheme, value: v }, { replace: true });
    void check(scheme, v);
  };

  const info = schemes.find((s) => s.id === scheme);
  const resultScheme = result ? schemes.find((s) => s.id === result.result.scheme) : undefined;

  return (
    <>
      <h1>{t('idtool.title')}</h1>
      <p className="lead">{t('idtool.intro')}</p>
      <form className="card form-card" onSubmit={submit}>
        <div className="form-row">
          <Field label={t('idtool.scheme')} className="grow">
            {(control) => (
              <SchemeSelect
                {...control}
                name="scheme"
                schemes={schemes}
                value={scheme}
                onChange={(s) => {
                  setScheme(s);
                  setResult(null);
                }}
              />
            )}
          </Field>
          <Field
            label={t('idtool.value')}
            className="grow"
            hint={info ? t('idtool.example', { example: info.example }) : undefined}
          >
            {(control) => (
              <input
                {...control}
                name="value"
                className="input input-mono"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                required
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <div className="form-row-action">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('app.working') : t('idtool.check')}
            </button>
          </div>
        </div>
      </form>
      <div aria-live="polite">
        <ProblemAlert problem={problem} />
        {result ? <ResultView result={result.result} value={result.value} scheme={resultScheme} /> : null}
      </div>
    </>
  );
}
