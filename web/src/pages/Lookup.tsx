import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, api, type LookupResult, type Party, type PartyPage } from '../api.ts';
import { Field, Loading } from '../components/form.tsx';
import { PartyCard } from '../components/party.tsx';
import { ProblemAlert } from '../components/problem.tsx';
import { SchemeSelect } from '../components/scheme.tsx';
import { useLoad, useSchemes } from '../hooks.ts';
import { type I18n, useI18n, useTitle } from '../i18n/index.tsx';

type Query =
  | { kind: 'empty' }
  | { kind: 'domain'; domain: string }
  | { kind: 'ubin'; ubin: string }
  | { kind: 'name'; q: string }
  | { kind: 'identifier'; scheme: string; value: string };

/** The host name in what a person typed, when it looks like a web address; otherwise null. */
export function asDomain(input: string): string | null {
  const s = input.trim();
  if (!s || /\s/.test(s) || s.includes('@')) return null;
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try {
      host = new URL(s).hostname;
    } catch {
      return null;
    }
  } else {
    host = (s.split(/[/?#]/)[0] ?? '').replace(/:\d+$/, '');
  }
  host = host.replace(/\.$/, '').toLowerCase();
  const labels = host.split('.');
  const last = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || labels.some((l) => !/^[\p{L}\p{N}-]+$/u.test(l))) return null;
  return /\p{L}/u.test(last) ? host : null;
}

export function classify(input: string): Query {
  const q = input.trim();
  if (!q) return { kind: 'empty' };
  if (/^urn:ubin:/i.test(q)) return { kind: 'ubin', ubin: q };
  const domain = asDomain(q);
  if (domain) return { kind: 'domain', domain };
  return { kind: 'name', q };
}

const PAGE = 20;

interface NameResults {
  page: PartyPage;
}

/** Name search; the registry matches every word, diacritics folded, in any order. */
async function searchByName(q: string, offset: number): Promise<NameResults> {
  return { page: await api.searchParties({ q, limit: PAGE, offset }) };
}

type Outcome =
  | { kind: 'empty' }
  | { kind: 'domain'; domain: string; found: LookupResult | null }
  | { kind: 'ubin'; found: LookupResult | null }
  | { kind: 'identifier'; scheme: string; value: string; found: LookupResult | null }
  | { kind: 'name'; q: string; results: NameResults };

const orNotFound = async (lookup: Promise<LookupResult>): Promise<LookupResult | null> => {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
};

async function run(query: Query): Promise<Outcome> {
  switch (query.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'domain':
      return {
        kind: 'domain',
        domain: query.domain,
        found: await orNotFound(api.lookupDomain(query.domain)),
      };
    case 'ubin':
      return { kind: 'ubin', found: await orNotFound(api.lookupUbin(query.ubin)) };
    case 'identifier':
      return {
        kind: 'identifier',
        scheme: query.scheme,
        value: query.value,
        found: await orNotFound(api.lookupIdentifier(query.scheme, query.value)),
      };
    case 'name':
      return { kind: 'name', q: query.q, results: await searchByName(query.q, 0) };
  }
}

function DomainVerdict({ domain, found }: { domain: string; found: LookupResult | null }) {
  const { t, tx, date } = useI18n();
  const site = found?.website;
  const shown = site?.domainUnicode ?? domain;
  if (!found) {
    return (
      <div className="verdict verdict-danger" role="status">
        <h2>{t('lookup.notFoundTitle', { domain: shown })}</h2>
        <p>{t('lookup.notFoundText')}</p>
        <ul>
          <li>{t('lookup.notFoundTip1')}</li>
          <li>{t('lookup.notFoundTip2')}</li>
          <li>{t('lookup.notFoundTip3')}</li>
        </ul>
      </div>
    );
  }
  if (site?.ownershipVerified) {
    return (
      <div className="verdict verdict-ok" role="status">
        <h2>{t('lookup.verifiedTitle', { domain: shown })}</h2>
        <p>
          {t('lookup.verifiedText', {
            date: date(site.verifiedAt),
            method: tx(`method.${site.verificationMethod ?? 'dns'}`, site.verificationMethod ?? ''),
          })}
        </p>
      </div>
    );
  }
  return (
    <div className="verdict verdict-warning" role="status">
      <h2>{t('lookup.unverifiedTitle', { domain: shown })}</h2>
      <p>{t('lookup.unverifiedText')}</p>
    </div>
  );
}

function NameResultsView({ q, results }: { q: string; results: NameResults }) {
  const { t } = useI18n();
  const [extra, setExtra] = useState<Party[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<ApiError['problem'] | null>(null);
  const items = [...results.page.items, ...extra];

  const more = async () => {
    setLoadingMore(true);
    setProblem(null);
    try {
      const next = await api.searchParties({ q, limit: PAGE, offset: items.length });
      setExtra((e) => [...e, ...next.items]);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem : null);
    } finally {
      setLoadingMore(false);
    }
  };

  if (results.page.total === 0) {
    return (
      <div className="verdict verdict-neutral" role="status">
        <h2>{t('lookup.noNameMatch', { q })}</h2>
        <p>{t('lookup.noNameMatchHint')}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="results-heading">
        {t('lookup.resultsFor', { q })}{' '}
        <span className="muted results-count">{t('lookup.resultCount', { count: results.page.total })}</span>
      </h2>
      <div className="results">
        {items.map((p) => (
          <PartyCard key={p.id} party={p} />
        ))}
      </div>
      <ProblemAlert problem={problem} />
      {items.length < results.page.total ? (
        <p className="center">
          <button type="button" className="button button-secondary" onClick={more} disabled={loadingMore}>
            {loadingMore ? t('app.loading') : t('lookup.more')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function OutcomeView({ outcome, i18n }: { outcome: Outcome; i18n: I18n }) {
  const { t } = i18n;
  switch (outcome.kind) {
    case 'empty':
      return null;
    case 'domain':
      return (
        <>
          <DomainVerdict domain={outcome.domain} found={outcome.found} />
          {outcome.found ? (
            <div className="results">
              <PartyCard party={outcome.found.party} highlightWebsite={outcome.found.website?.id} />
            </div>
          ) : null}
        </>
      );
    case 'ubin':
    case 'identifier':
      return outcome.found ? (
        <div className="results">
          <p className="muted">
            {outcome.kind === 'ubin'
              ? t('lookup.ubinFound')
              : t('lookup.identifierFound', { scheme: outcome.scheme, value: outcome.value })}
          </p>
          <PartyCard party={outcome.found.party} />
        </div>
      ) : (
        <div className="verdict verdict-neutral" role="status">
          <h2>{t('lookup.identifierNotFound')}</h2>
          <p>{t('lookup.identifierNotFoundHint')}</p>
        </div>
      );
    case 'name':
      return <NameResultsView key={outcome.q} q={outcome.q} results={outcome.results} />;
  }
}

export function LookupPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('lookup.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const scheme = params.get('scheme') ?? '';
  const value = params.get('value') ?? '';
  const query: Query = scheme && value ? { kind: 'identifier', scheme, value } : classify(q);

  const [input, setInput] = useState(q);
  const [advScheme, setAdvScheme] = useState(scheme || 'vn-mst');
  const [advValue, setAdvValue] = useState(value);
  const schemes = useSchemes();

  // Keep the boxes in step with the address (back and forward buttons).
  useEffect(() => setInput(q), [q]);
  useEffect(() => {
    if (scheme) setAdvScheme(scheme);
    setAdvValue(value);
  }, [scheme, value]);

  const outcome = useLoad(() => run(query), JSON.stringify(query));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = input.trim();
    navigate(text ? `/lookup?q=${encodeURIComponent(text)}` : '/lookup');
  };
  const submitAdvanced = (event: FormEvent) => {
    event.preventDefault();
    if (!advValue.trim()) return;
    navigate(`/lookup?scheme=${encodeURIComponent(advScheme)}&value=${encodeURIComponent(advValue.trim())}`);
  };
  const example = schemes.find((s) => s.id === advScheme)?.example;

  return (
    <>
      <h1>{t('lookup.title')}</h1>
      <p className="lead">{t('lookup.intro')}</p>
      <search>
        <form className="search-panel search-panel-compact" onSubmit={submit}>
          <label htmlFor="lookup-q">{t('lookup.label')}</label>
          <div className="search-row">
            <input
              id="lookup-q"
              name="q"
              type="search"
              className="input input-large"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              placeholder={t('home.searchPlaceholder')}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" className="button button-large">
              {t('lookup.button')}
            </button>
          </div>
        </form>
      </search>
      <details className="advanced" open={query.kind === 'identifier' || undefined}>
        <summary>{t('lookup.advanced')}</summary>
        <form className="advanced-form" onSubmit={submitAdvanced}>
          <p className="muted">{t('lookup.advancedIntro')}</p>
          <div className="form-row">
            <Field label={t('lookup.scheme')} className="grow">
              {(control) => (
                <SchemeSelect
                  {...control}
                  schemes={schemes}
                  exclude={['domain']}
                  value={advScheme}
                  onChange={setAdvScheme}
                />
              )}
            </Field>
            <Field
              label={t('lookup.value')}
              className="grow"
              hint={example ? t('idtool.example', { example }) : undefined}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={advValue}
                  onChange={(e) => setAdvValue(e.target.value)}
                  required
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </Field>
            <div className="form-row-action">
              <button type="submit" className="button">
                {t('lookup.advancedButton')}
              </button>
            </div>
          </div>
        </form>
      </details>
      <div className="lookup-outcome" aria-live="polite">
        {outcome.loading ? (
          <Loading />
        ) : outcome.problem ? (
          <ProblemAlert problem={outcome.problem} />
        ) : outcome.data ? (
          <OutcomeView outcome={outcome.data} i18n={i18n} />
        ) : null}
      </div>
    </>
  );
}
