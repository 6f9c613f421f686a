import { type ReactNode, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth.tsx';
import { LANGS, useI18n } from '../i18n/index.tsx';

/** The way back to the page above this one: `← label`. */
export function Breadcrumb({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="breadcrumb">
      <Link to={to}>← {children}</Link>
    </p>
  );
}

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('lang.switch')}</legend>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className={code === lang ? 'is-active' : undefined}
          aria-pressed={code === lang}
          aria-label={t(code === 'en' ? 'lang.en' : 'lang.vi')}
          onClick={() => setLang(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}

function Header() {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  // Close the small-screen menu after navigating.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every route change on purpose
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const signOut = async () => {
    await auth.logout();
    navigate('/');
  };

  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M16 5 7 9v6c0 6 3.8 10.4 9 12 5.2-1.6 9-6 9-12V9z" fill="#fff" />
            <path
              d="m11.5 16 3.2 3.2 6-6.4"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.6"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{t('app.name')}</span>
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <nav id="site-nav" className={`site-nav${menuOpen ? ' is-open' : ''}`} aria-label={t('nav.main')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/lookup">{t('nav.lookup')}</NavLink>
            </li>
            <li>
              <NavLink to="/trustmarks">{t('nav.trustmarks')}</NavLink>
            </li>
            {auth.user ? null : (
              // For consumers, who never sign in; signed-in merchants and mediators have the console's tab.
              <li>
                <NavLink to="/complaints/new">{t('nav.complaints')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/tools/identifiers">{t('nav.identifiers')}</NavLink>
            </li>
            <li>
              <NavLink to="/verify">{t('nav.verify')}</NavLink>
            </li>
            <li>
              <a href="/docs">{t('nav.apiDocs')}</a>
            </li>
            {auth.user ? (
              <>
                <li>
                  <NavLink to="/console">{t('nav.console')}</NavLink>
                </li>
                <li>
                  <button
                    type="button"
                    className="link-button"
                    onClick={signOut}
                    title={t('nav.signedInAs', { email: auth.user.email })}
                  >
                    {t('nav.signOut')}
                  </button>
                </li>
              </>
            ) : (
              <li>
                <NavLink to="/login">{t('nav.signIn')}</NavLink>
              </li>
            )}
          </ul>
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}

function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <p>{t('footer.about')}</p>
        <ul>
          <li>
            <Link to="/trustmarks">{t('footer.certified')}</Link>
          </li>
          <li>
            <Link to="/complaints/new">{t('footer.complaint')}</Link>
          </li>
          <li>
            <Link to="/tools/identifiers">{t('footer.identifiers')}</Link>
          </li>
          <li>
            <Link to="/verify">{t('footer.verify')}</Link>
          </li>
          <li>
            <Link to="/trustmarks/schemes">{t('footer.trustmarks')}</Link>
          </li>
          <li>
            <a href="/docs">{t('footer.api')}</a>
          </li>
          <li>
            <a href="/openapi.json">{t('footer.openapi')}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}

export function Layout() {
  const { t } = useI18n();
  const location = useLocation();
  // Move focus to the page on navigation so keyboard and screen-reader users start at the new content.
  const [first, setFirst] = useState(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change on purpose
  useEffect(() => {
    if (first) {
      setFirst(false);
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <Footer />
    </>
  );
}
