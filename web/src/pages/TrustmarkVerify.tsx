import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, type CertificateView, type CriterionCategory, toProblem } from '../api.ts';
import { Loading } from '../components/form.tsx';
import { EconomyTag, SchemeName } from '../components/party.tsx';
import { ProblemAlert } from '../components/problem.tsx';
import { SealStatusBadge } from '../components/trustmark.tsx';
import { verifyHref } from '../credentials.ts';
import { useLoad, useSchemes } from '../hooks.ts';
import { type MessageKey, useI18n, useTitle } from '../i18n/index.tsx';
import { CATEGORY_KEYS } from './TrustmarkSchemes.tsx';

type Banner = CertificateView['status'];

const BANNERS: Record<Banner, { kind: string; title: MessageKey; text: MessageKey; icon: string }> = {
  certified: {
    kind: 'verdict-ok',
    title: 'tmverify.certifiedTitle',
    text: 'tmverify.certifiedText',
    icon: '✓',
  },
  suspended: {
    kind: 'verdict-warning',
    title: 'tmverify.suspendedTitle',
    text: 'tmverify.suspendedText',
    icon: '!',
  },
  revoked: {
    kind: 'verdict-danger',
    title: 'tmverify.revokedTitle',
    text: 'tmverify.revokedText',
    icon: '✗',
  },
  expired: {
    kind: 'verdict-danger',
    title: 'tmverify.expiredTitle',
    text: 'tmverify.expiredText',
    icon: '✗',
  },
  none: { kind: 'verdict-neutral', title: 'tmverify.noneTitle', text: 'tmverify.noneText', icon: '?' },
};

/** The certificate, or null when the node has none for the domain (a 404 is an answer here, not a failure). */
async function load(domain: string): Promise<CertificateView | null> {
  try {
    return await api.trustmarkCertificate(domain);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function StatusBanner({ domain, certificate }: { domain: string; certificate: CertificateView | null }) {
  const { t, lang, date } = useI18n();
  const status: Banner = certificate?.status ?? 'none';
  const banner = BANNERS[status];
  const scheme = certificate ? (certificate.scheme.title?.[lang] ?? certificate.scheme.id) : '';
  return (
    <div className={`verdict vc-verdict tm-verdict ${banner.kind}`} role="status" data-status={status}>
      <span className="vc-verdict-icon" aria-hidden="true">
        {banner.icon}
      </span>
      <div>
        <h2>{t(banner.title, { domain })}</h2>
        <p>
          {t(banner.text, {
            scheme,
            date: certificate?.validUntil ? date(certificate.validUntil) : t('verify.noExpiry'),
          })}
        </p>
        {status === 'none' ? (
          <ul>
            <li>{t('tmverify.noneTip1')}</li>
            <li>
              <Link to={`/lookup?q=${encodeURIComponent(domain)}`}>
                {t('tmverify.noneLookup', { domain })}
              </Link>
            </li>
            <li>
              <Link to="/trustmarks">{t('tmverify.noneRegistry')}</Link>
            </li>
          </ul>
        ) : null}
      </div>
    </div>
  );
}

function Business({ party }: { party: NonNullable<CertificateView['party']> }) {
  const { t } = useI18n();
  const schemes = useSchemes();
  return (
    <section className="card stack" aria-labelledby="tm-business">
      <h2 id="tm-business">{t('tmverify.business')}</h2>
      <div>
        <p className="vc-name tm-party-name">{party.name}</p>
        {party.nameLatin ? <p className="name-latin">{party.nameLatin}</p> : null}
      </div>
      <dl className="pairs">
        <div>
          <dt>{t('tmverify.economy')}</dt>
          <dd>
            <EconomyTag code={party.homeEconomy} />
          </dd>
        </div>
        <div>
          <dt>{t('party.ubin')}</dt>
          <dd>
            <code className="ubin">{party.ubin}</code>
          </dd>
        </div>
      </dl>
      {party.identifiers.length > 0 ? (
        <div>
          <h3 id="tm-identifiers" className="card-subhead">
            {t('tmverify.identifiers')}
          </h3>
          <dl className="pairs pairs-stacked" aria-labelledby="tm-identifiers">
            {party.identifiers.map((identifier) => (
              <div key={identifier.id}>
                <dt>
                  <SchemeName id={identifier.scheme} schemes={schemes} />
                </dt>
                <dd>
                  <code>{identifier.value}</code>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <p>
        <Link to={`/parties/${party.id}`}>{t('tmverify.openParty')} →</Link>
      </p>
    </section>
  );
}

/** Criteria by category, in the order each category first appears. */
function byCategory(
  criteria: CertificateView['criteriaMet'],
): Array<[string, CertificateView['criteriaMet']]> {
  const groups = new Map<string, CertificateView['criteriaMet']>();
  for (const c of criteria) {
    const group = groups.get(c.category);
    if (group) group.push(c);
    else groups.set(c.category, [c]);
  }
  return [...groups];
}

function CriteriaMet({ certificate }: { certificate: CertificateView }) {
  const { t, tx, lang } = useI18n();
  return (
    <section className="card stack" aria-labelledby="tm-criteria">
      <h2 id="tm-criteria">{t('tmverify.criteriaHeading')}</h2>
      <p className="muted">{t('tmverify.criteriaIntro', { count: certificate.criteriaMet.length })}</p>
      {certificate.criteriaMet.length === 0 ? <p>{t('tmverify.criteriaNone')}</p> : null}
      {byCategory(certificate.criteriaMet).map(([category, criteria]) => (
        <div key={category} className="tm-criteria-group">
          <h3 id={`tm-category-${category}`}>
            {CATEGORY_KEYS[category as CriterionCategory]
              ? t(CATEGORY_KEYS[category as CriterionCategory])
              : tx(`schemes.category.${category}`, category)}
          </h3>
          <ul className="tm-criteria-list" aria-labelledby={`tm-category-${category}`}>
            {criteria.map((c) => (
              <li key={c.id} data-criterion={c.id}>
                <span className="check-mark is-passed" aria-hidden="true">
                  ✓
                </span>
                <span>
                  {c.text[lang]} <span className="muted small">({c.id})</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        <Link to={`/trustmarks/schemes#scheme-${certificate.scheme.id}`}>{t('tmverify.readScheme')} →</Link>
      </p>
    </section>
  );
}

function Credential({ certificate }: { certificate: CertificateView }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ReturnType<typeof toProblem> | null>(null);
  if (!certificate.credentialUrl) return null;
  // Fetched from this node (the page's own origin) and handed to the verifier in the link's fragment.
  const check = async () => {
    setBusy(true);
    setProblem(null);
    try {
      navigate(verifyHref(await api.trustmarkCredential(certificate.applicationId)));
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  };
  return (
    <section className="card stack" aria-labelledby="tm-credential">
      <h2 id="tm-credential">{t('tmverify.credential')}</h2>
      <p>{t('tmverify.credentialText')}</p>
      <ProblemAlert problem={problem} />
      <div className="button-row">
        <a
          href={certificate.credentialUrl}
          className="button button-small"
          download={`trustmark-${certificate.domain}.json`}
        >
          {t('tmverify.download')}
        </a>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={check}
          disabled={busy}
        >
          {busy ? t('app.working') : t('tmverify.checkCredential')}
        </button>
      </div>
      <p className="muted small">
        {t('tmverify.verifierHint')} <Link to="/verify">{t('tmverify.openVerifier')}</Link>
      </p>
    </section>
  );
}

function CertificateDetails({ certificate }: { certificate: CertificateView }) {
  const { t, tx, lang, date, dateTime } = useI18n();
  return (
    <section className="card stack" aria-labelledby="tm-certificate">
      <div className="card-title-row">
        <h2 id="tm-certificate">{t('tmverify.certificate')}</h2>
        <SealStatusBadge status={certificate.status} />
      </div>
      <dl className="pairs">
        <div>
          <dt>{t('tmverify.website')}</dt>
          <dd>
            <code>{certificate.domain}</code>
          </dd>
        </div>
        <div>
          <dt>{t('tmverify.scheme')}</dt>
          <dd>
            <Link to={`/trustmarks/schemes#scheme-${certificate.scheme.id}`}>
              {certificate.scheme.title?.[lang] ?? certificate.scheme.id}
            </Link>
            <div className="muted small">{t('schemes.version', { version: certificate.scheme.version })}</div>
          </dd>
        </div>
        <div>
          <dt>{t('verify.validFrom')}</dt>
          <dd>{certificate.validFrom ? date(certificate.validFrom) : t('app.none')}</dd>
        </div>
        <div>
          <dt>{t('verify.validUntil')}</dt>
          <dd>{certificate.validUntil ? date(certificate.validUntil) : t('verify.noExpiry')}</dd>
        </div>
      </dl>
      <h3 id="tm-history">{t('tmverify.history')}</h3>
      {certificate.statusHistory.length === 0 ? (
        <p className="muted">{t('tmverify.historyEmpty')}</p>
      ) : (
        <ol className="timeline" aria-labelledby="tm-history">
          {[...certificate.statusHistory].reverse().map((h) => (
            <li key={`${h.at}-${h.event}`}>
              <p className="timeline-title">
                <strong>{tx(`tmverify.event.${h.event}`, h.event)}</strong>
              </p>
              <p className="muted small">
                <time dateTime={h.at}>{dateTime(h.at)}</time>
              </p>
              {h.reason ? (
                <p className="timeline-reason">{t('admin.reasonShown', { reason: h.reason })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What a seal's click-through shows a consumer: is this website's trustmark genuine and current, and whose is it. */
export function TrustmarkVerifyPage() {
  const { domain: raw = '' } = useParams();
  const domain = raw.trim().toLowerCase();
  const { t } = useI18n();
  useTitle(t('tmverify.title', { domain }));
  const loaded = useLoad(() => load(domain), domain);
  const certificate = loaded.data;
  const shown = certificate?.domain ?? domain;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/trustmarks">← {t('tmreg.title')}</Link>
      </p>
      <h1>{t('tmverify.title', { domain: shown })}</h1>
      <p className="lead">{t('tmverify.intro')}</p>
      {loaded.problem ? <ProblemAlert problem={loaded.problem} /> : null}
      {loaded.loading && certificate === undefined ? <Loading /> : null}
      {certificate !== undefined ? <StatusBanner domain={shown} certificate={certificate} /> : null}
      {certificate !== undefined ? (
        <p className="complaint-link">
          {t('tmverify.complainText')}{' '}
          <Link to={`/complaints/new?website=${encodeURIComponent(shown)}`}>
            {t('tmverify.complainLink')} →
          </Link>
        </p>
      ) : null}
      {certificate ? (
        <div className="tm-verify-grid">
          <div className="stack">
            {certificate.party ? <Business party={certificate.party} /> : null}
            <CertificateDetails certificate={certificate} />
            <Credential certificate={certificate} />
          </div>
          <CriteriaMet certificate={certificate} />
        </div>
      ) : null}
    </>
  );
}
