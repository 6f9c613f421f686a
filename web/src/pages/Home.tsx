import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n, useTitle } from '../i18n/index.tsx';

export function HomePage() {
  const { t } = useI18n();
  useTitle(t('app.tagline'));
  const navigate = useNavigate();
  const [q, setQ] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    navigate(query ? `/lookup?q=${encodeURIComponent(query)}` : '/lookup');
  };

  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <search>
          <form className="search-panel" onSubmit={submit}>
            <h2 id="home-search-heading">{t('home.searchHeading')}</h2>
            <label htmlFor="home-q" className="visually-hidden">
              {t('home.searchLabel')}
            </label>
            <div className="search-row">
              <input
                id="home-q"
                name="q"
                type="search"
                className="input input-large"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                placeholder={t('home.searchPlaceholder')}
                aria-describedby="home-q-hint"
                autoComplete="off"
                spellCheck={false}
              />
              <button type="submit" className="button button-large">
                {t('home.searchButton')}
              </button>
            </div>
            <p id="home-q-hint" className="field-hint">
              {t('home.searchHint')}
            </p>
          </form>
        </search>
      </section>
      <section className="feature-grid" aria-label={t('app.tagline')}>
        <article className="card feature">
          <h2>{t('home.cardConsumersTitle')}</h2>
          <p>{t('home.cardConsumersText')}</p>
          <p>
            <Link to="/lookup">{t('nav.lookup')} →</Link>
          </p>
        </article>
        <article className="card feature feature-complaint">
          <h2>{t('home.cardComplaintTitle')}</h2>
          <p>{t('home.cardComplaintText')}</p>
          <p>
            <Link to="/complaints/new">{t('home.fileComplaint')} →</Link>
          </p>
        </article>
        <article className="card feature">
          <h2>{t('home.cardCertifiedTitle')}</h2>
          <p>{t('home.cardCertifiedText')}</p>
          <p>
            <Link to="/trustmarks">{t('home.browseCertified')} →</Link>
          </p>
        </article>
        <article className="card feature">
          <h2>{t('home.cardMerchantsTitle')}</h2>
          <p>{t('home.cardMerchantsText')}</p>
          <p>
            <Link to="/tools/identifiers">{t('home.checkIdentifier')} →</Link>
          </p>
        </article>
        <article className="card feature">
          <h2>{t('home.cardVerifyTitle')}</h2>
          <p>{t('home.cardVerifyText')}</p>
          <p>
            <Link to="/verify">{t('home.verifyCredential')} →</Link>
          </p>
        </article>
        <article className="card feature">
          <h2>{t('home.cardTrustmarksTitle')}</h2>
          <p>{t('home.cardTrustmarksText')}</p>
          <p>
            <Link to="/trustmarks/schemes">{t('home.readCriteria')} →</Link>
          </p>
        </article>
        <article className="card feature">
          <h2>{t('home.cardDevelopersTitle')}</h2>
          <p>{t('home.cardDevelopersText')}</p>
          <p>
            <a href="/docs">{t('home.readApiDocs')} →</a>
          </p>
        </article>
      </section>
    </>
  );
}
