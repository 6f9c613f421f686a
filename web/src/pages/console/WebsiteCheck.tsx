import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type FindingOutcome, type LocalizedText, type WebsiteCheckReport } from '../../api.ts';
import { hasRole, useAuth } from '../../auth.tsx';
import { Field, Notice, SubmitButton, TextInput } from '../../components/form.tsx';
import { errorsAt, ProblemAlert } from '../../components/problem.tsx';
import { DataTable } from '../../components/table.tsx';
import { useAction } from '../../hooks.ts';
import { type MessageKey, useI18n, useTitle } from '../../i18n/index.tsx';

/** The roles that run website checks (and administrators). */
export const WEBSITE_CHECKERS = ['assessor'] as const;

const OUTCOMES: Record<FindingOutcome, { label: MessageKey; badge: string }> = {
  pass: { label: 'wcheck.outcome.pass', badge: 'badge-verified' },
  fail: { label: 'wcheck.outcome.fail', badge: 'badge-danger' },
  not_applicable: { label: 'wcheck.outcome.not_applicable', badge: 'badge-neutral' },
  error: { label: 'wcheck.outcome.error', badge: 'badge-unverified' },
};

const EVIDENCE_MAX = 160;
const snippet = (text: string): string =>
  text.length > EVIDENCE_MAX ? `${text.slice(0, EVIDENCE_MAX).trimEnd()}…` : text;

function Report({ report, checks }: { report: WebsiteCheckReport; checks: Record<string, LocalizedText> }) {
  const { t, lang, dateTime, number } = useI18n();
  const count = (outcome: FindingOutcome) => report.findings.filter((f) => f.outcome === outcome).length;
  const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  return (
    <section className="card stack" aria-labelledby="results-heading" id="website-check-results">
      <h2 id="results-heading">{t('wcheck.results', { domain: report.domain })}</h2>
      <p className="muted small">
        {t('wcheck.when', {
          time: dateTime(report.finishedAt),
          seconds: number(Math.round(seconds * 10) / 10),
        })}
      </p>
      {report.partyId ? (
        <p>
          {t('wcheck.registered')}{' '}
          <Link to={`/console/parties/${report.partyId}`}>{t('wcheck.openParty')}</Link>
        </p>
      ) : (
        <p className="muted">{t('wcheck.notRegistered')}</p>
      )}
      <p className="wcheck-counts">
        {t('wcheck.counts', {
          pass: count('pass'),
          fail: count('fail'),
          na: count('not_applicable'),
          error: count('error'),
        })}
      </p>
      <DataTable
        compact
        columns={[
          t('wcheck.colCheck'),
          t('wcheck.colOutcome'),
          t('wcheck.colMessage'),
          t('wcheck.colEvidence'),
          t('wcheck.colUrl'),
        ]}
      >
        {report.findings.map((finding) => {
          const outcome = OUTCOMES[finding.outcome];
          return (
            <tr key={finding.checkId} data-check={finding.checkId} data-outcome={finding.outcome}>
              <td>{checks[finding.checkId]?.[lang] ?? finding.checkId}</td>
              <td>
                <span className={`badge ${outcome.badge}`}>{t(outcome.label)}</span>
              </td>
              <td>{finding.message}</td>
              <td className="small">
                {finding.evidence ? (
                  <code title={finding.evidence}>{snippet(finding.evidence)}</code>
                ) : (
                  t('app.none')
                )}
              </td>
              <td className="small break">
                {/^https?:\/\//.test(finding.url) ? (
                  <a href={finding.url} target="_blank" rel="noopener noreferrer">
                    {finding.url}
                  </a>
                ) : (
                  finding.url || t('app.none')
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <h3 id="pages-heading">{t('wcheck.pages')}</h3>
      {report.pagesFetched.length === 0 ? (
        <p className="muted">{t('wcheck.noPages')}</p>
      ) : (
        <DataTable
          compact
          columns={[
            t('wcheck.colUrl'),
            { label: t('wcheck.colStatus'), className: 'num' },
            { label: t('wcheck.colBytes'), className: 'num' },
            t('wcheck.colNote'),
          ]}
        >
          {report.pagesFetched.map((page, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a page may be fetched twice (HTTPS, then HTTP)
            <tr key={i}>
              <td className="small break">{page.url}</td>
              <td className="num">{page.status || t('app.none')}</td>
              <td className="num">{number(page.bytes)}</td>
              <td className="small">
                {[page.truncated ? t('wcheck.truncated') : '', page.error ?? '']
                  .filter(Boolean)
                  .join(' · ') || t('app.none')}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Runs the automated website check for a domain and shows its findings; for administrators and assessors. */
export function WebsiteCheckPage() {
  const { t } = useI18n();
  useTitle(t('wcheck.title'));
  const auth = useAuth();
  const [domain, setDomain] = useState('');
  const [missing, setMissing] = useState(false);
  const [report, setReport] = useState<WebsiteCheckReport | null>(null);
  const [checks, setChecks] = useState<Record<string, LocalizedText>>({});
  const { busy, problem, run } = useAction();

  if (!hasRole(auth.user, WEBSITE_CHECKERS))
    return (
      <section className="stack">
        <h1>{t('wcheck.title')}</h1>
        <Notice kind="info">{t('wcheck.staffOnly')}</Notice>
      </section>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = domain.trim();
    setMissing(!wanted);
    if (!wanted) return;
    await run(async () => {
      setReport(null);
      const [result, schemes] = await Promise.all([
        api.runWebsiteCheck(wanted),
        Object.keys(checks).length > 0 ? Promise.resolve(null) : api.trustmarkSchemes(),
      ]);
      if (schemes) setChecks(schemes.automatedChecks);
      setReport(result);
    });
  };

  return (
    <div className="stack">
      <h1>{t('wcheck.title')}</h1>
      <p>{t('wcheck.intro')}</p>
      <form className="card stack" onSubmit={submit} noValidate aria-labelledby="wcheck-form-heading">
        <h2 id="wcheck-form-heading" className="visually-hidden">
          {t('wcheck.run')}
        </h2>
        <ProblemAlert problem={problem} />
        <Field
          label={t('wcheck.domain')}
          location="domain"
          hint={t('wcheck.domainHint')}
          errors={errorsAt(problem, 'domain')}
          clientErrors={missing ? [t('wcheck.domainRequired')] : []}
        >
          {(control) => (
            <TextInput
              {...control}
              mono
              value={domain}
              onChange={setDomain}
              maxLength={253}
              autoComplete="off"
              inputMode="url"
              placeholder="saigonxanh.vn"
            />
          )}
        </Field>
        <div className="form-actions">
          <SubmitButton busy={busy}>{t('wcheck.run')}</SubmitButton>
        </div>
        {busy ? (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('wcheck.running')}
          </p>
        ) : null}
      </form>
      {report ? <Report report={report} checks={checks} /> : null}
    </div>
  );
}
