import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { api, type Problem, type TrustedIssuers, toProblem, type VerificationResult } from '../api.ts';
import { CheckList, failedChecks, formatName, JsonDetails, typeName } from '../components/credential.tsx';
import { Field, Notice } from '../components/form.tsx';
import { ProblemAlert } from '../components/problem.tsx';
import {
  credentialFromHash,
  credentialTypes,
  decodeCredential,
  displayText,
  issuerOf,
  MAX_CREDENTIAL_BYTES,
  type ParsedInput,
  parseCredentialInput,
  subjectOf,
  validityOf,
} from '../credentials.ts';
import { useLoad } from '../hooks.ts';
import { type I18n, useI18n, useTitle } from '../i18n/index.tsx';

/** A file size in the reader's units. */
export function fileSize(i18n: I18n, bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(i18n.locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

type InputError = Exclude<ParsedInput, { ok: true }>;

interface FileMessage {
  kind: 'loaded' | 'tooLarge' | 'unreadable';
  name: string;
  size: number;
}

interface Outcome {
  report: VerificationResult;
  /** What was sent, for showing the credential when the verifier could not decode it. */
  input: unknown;
  attempt: number;
}

function IssuerTrust({ issuer, trusted }: { issuer: string; trusted: TrustedIssuers | undefined }) {
  const { t } = useI18n();
  if (!trusted) return null;
  if (issuer === trusted.self) return <span className="badge badge-verified">{t('verify.issuerSelf')}</span>;
  const known = trusted.issuers.find((i) => i.did === issuer);
  return known ? (
    <span className="badge badge-verified">{t('verify.issuerTrusted', { name: known.name })}</span>
  ) : (
    <span className="badge badge-unverified">{t('verify.issuerUntrusted')}</span>
  );
}

function Report({ outcome, trusted }: { outcome: Outcome; trusted: TrustedIssuers | undefined }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const heading = useRef<HTMLHeadingElement>(null);
  const { report, input } = outcome;
  const decoded = report.credential ?? decodeCredential(input);
  const declared = issuerOf(decoded);
  const issuer = report.issuer ?? declared.id;
  const types = credentialTypes(decoded);
  const subject = subjectOf(decoded);
  const validity = validityOf(decoded);
  const failed = failedChecks(report.checks).length;
  const unreadable = report.checks.some((c) => c.check === 'format' && !c.passed) && !decoded;
  const hasSummary = Boolean(issuer || types.length > 0 || subject);

  // Take keyboard and screen-reader users to the verdict as soon as it arrives.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="vc-report" aria-labelledby="verify-verdict">
      <div className={`verdict vc-verdict ${report.verified ? 'verdict-ok' : 'verdict-danger'}`}>
        <span className="vc-verdict-icon" aria-hidden="true">
          {report.verified ? '✓' : '✗'}
        </span>
        <div>
          <h2 id="verify-verdict" tabIndex={-1} ref={heading}>
            {report.verified ? t('verify.verified') : t('verify.notVerified')}
          </h2>
          <p>
            {report.verified
              ? t('verify.verifiedText')
              : unreadable
                ? t('verify.unreadableText')
                : t('verify.notVerifiedText', { count: Math.max(failed, 1) })}
          </p>
        </div>
      </div>
      <div className={hasSummary ? 'grid-2 vc-report-grid' : undefined}>
        {hasSummary ? (
          <section className="card" aria-labelledby="verify-summary">
            <h3 id="verify-summary">{t('verify.summary')}</h3>
            <dl className="pairs pairs-stacked vc-summary">
              {issuer ? (
                <div>
                  <dt>{t('verify.issuer')}</dt>
                  <dd>
                    {declared.name ? <strong className="vc-name">{declared.name}</strong> : null}
                    <code className="break">{issuer}</code>
                    <span className="vc-trust">
                      <IssuerTrust issuer={issuer} trusted={trusted} />
                    </span>
                  </dd>
                </div>
              ) : null}
              {types.length > 0 ? (
                <div>
                  <dt>{t('verify.type')}</dt>
                  <dd>{types.map((type) => typeName(i18n, type)).join(', ')}</dd>
                </div>
              ) : null}
              {subject ? (
                <div>
                  <dt>{t('verify.subject')}</dt>
                  <dd>
                    {subject.name ? <strong className="vc-name">{subject.name}</strong> : null}
                    {subject.id ? <code className="break">{subject.id}</code> : null}
                  </dd>
                </div>
              ) : null}
              {validity.from ? (
                <div>
                  <dt>{t('verify.validFrom')}</dt>
                  <dd>
                    <time dateTime={validity.from}>{dateTime(validity.from)}</time>
                  </dd>
                </div>
              ) : null}
              {decoded ? (
                <div>
                  <dt>{t('verify.validUntil')}</dt>
                  <dd>
                    {validity.until ? (
                      <time dateTime={validity.until}>{dateTime(validity.until)}</time>
                    ) : (
                      t('verify.noExpiry')
                    )}
                  </dd>
                </div>
              ) : null}
              {report.format ? (
                <div>
                  <dt>{t('verify.format')}</dt>
                  <dd>{formatName(i18n, report.format)}</dd>
                </div>
              ) : null}
            </dl>
          </section>
        ) : null}
        <section className="card" aria-labelledby="verify-checks">
          <h3 id="verify-checks">{t('verify.checks')}</h3>
          <CheckList checks={report.checks} />
          {report.warnings.length > 0 ? (
            <>
              <h4>{t('verify.warnings')}</h4>
              <ul>
                {report.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
      {decoded ? <JsonDetails summary={t('verify.decoded')} value={decoded} /> : null}
    </section>
  );
}

export function VerifyPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('verify.title'));
  const location = useLocation();
  const trusted = useLoad(() => api.trustedIssuers(), 'trusted-issuers');
  const [text, setText] = useState('');
  // Messages are kept as facts and worded at render time, so they follow a change of language.
  const [inputError, setInputError] = useState<InputError | null>(null);
  const [fileError, setFileError] = useState<FileMessage | null>(null);
  const [fileNote, setFileNote] = useState<FileMessage | null>(null);
  const [prefilled, setPrefilled] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useRef(0);
  const handledHash = useRef<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const verify = async (source: string) => {
    const parsed = parseCredentialInput(source);
    const attempt = ++run.current;
    setProblem(null);
    if (!parsed.ok) {
      setOutcome(null);
      setBusy(false);
      setInputError(parsed);
      textarea.current?.focus();
      return;
    }
    setInputError(null);
    setBusy(true);
    try {
      const report = await api.verifyCredential(parsed.credential);
      if (attempt === run.current) setOutcome({ report, input: parsed.credential, attempt });
    } catch (error) {
      if (attempt === run.current) {
        setOutcome(null);
        setProblem(toProblem(error));
      }
    } finally {
      if (attempt === run.current) setBusy(false);
    }
  };

  // A verifier link carries the credential in its fragment: fill it in and verify it straight away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per link, not when `verify` is recreated
  useEffect(() => {
    if (handledHash.current === location.hash) return;
    handledHash.current = location.hash;
    const fromLink = credentialFromHash(location.hash);
    if (fromLink === undefined) return;
    setText(displayText(fromLink));
    setFileNote(null);
    setPrefilled(true);
    void verify(fromLink);
  }, [location.hash]);

  const inputMessage = !inputError
    ? null
    : inputError.reason === 'json'
      ? t('verify.invalidJson', { detail: inputError.detail })
      : inputError.reason === 'tooLarge'
        ? t('verify.tooLarge')
        : t('verify.empty');
  const fileMessage = (m: FileMessage): string =>
    t(
      m.kind === 'loaded'
        ? 'verify.fileLoaded'
        : m.kind === 'tooLarge'
          ? 'verify.fileTooLarge'
          : 'verify.fileUnreadable',
      { name: m.name, size: fileSize(i18n, m.size) },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPrefilled(false);
    void verify(text);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setFileNote(null);
    setPrefilled(false);
    if (file.size > MAX_CREDENTIAL_BYTES) {
      setFileError({ kind: 'tooLarge', name: file.name, size: file.size });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch {
      setFileError({ kind: 'unreadable', name: file.name, size: file.size });
      return;
    }
    setFileError(null);
    setText(displayText(content));
    setFileNote({ kind: 'loaded', name: file.name, size: file.size });
    await verify(content);
  };

  const clear = () => {
    run.current++;
    setText('');
    setInputError(null);
    setFileError(null);
    setFileNote(null);
    setPrefilled(false);
    setOutcome(null);
    setProblem(null);
    setBusy(false);
    textarea.current?.focus();
  };

  return (
    <section className="verify-page">
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.intro')}</p>
      <form className="card stack verify-form" onSubmit={submit} noValidate>
        {prefilled ? <Notice kind="info">{t('verify.prefilled')}</Notice> : null}
        <Field
          label={t('verify.input')}
          location="credential"
          hint={t('verify.inputHint')}
          clientErrors={inputMessage ? [inputMessage] : []}
        >
          {(control) => (
            <textarea
              {...control}
              ref={textarea}
              className="input input-mono vc-input"
              rows={10}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setInputError(null);
              }}
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
            />
          )}
        </Field>
        <Field
          label={t('verify.file')}
          location="credentialFile"
          hint={t('verify.fileHint')}
          clientErrors={fileError ? [fileMessage(fileError)] : []}
        >
          {(control) => (
            // The browser's own file button speaks the browser's language; this one speaks the page's.
            <div className="file-picker">
              <span className="file-picker-control">
                <input
                  {...control}
                  type="file"
                  className="file-picker-input"
                  accept=".json,.jwt,.txt,.jsonld,application/json,application/ld+json,text/plain"
                  onChange={chooseFile}
                />
                <span className="button button-secondary file-picker-button" aria-hidden="true">
                  {t('verify.chooseFile')}
                </span>
              </span>
              <span className="muted small file-picker-name" role="status">
                {fileNote ? fileMessage(fileNote) : t('verify.noFile')}
              </span>
            </div>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-large" disabled={busy}>
            {busy ? t('app.working') : t('verify.submit')}
          </button>
          <button type="button" className="button button-ghost" onClick={clear}>
            {t('verify.clear')}
          </button>
        </div>
      </form>
      <ProblemAlert problem={problem} />
      {outcome ? <Report key={outcome.attempt} outcome={outcome} trusted={trusted.data} /> : null}
    </section>
  );
}
