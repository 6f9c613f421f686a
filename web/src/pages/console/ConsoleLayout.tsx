import { NavLink, Outlet } from 'react-router-dom';
import { CREDENTIAL_READERS, hasRole, useAuth } from '../../auth.tsx';
import { COMPLAINT_USERS } from '../../components/complaint.tsx';
import { TRUSTMARK_USERS } from '../../components/trustmark.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { WEBSITE_CHECKERS } from './WebsiteCheck.tsx';

export function ConsoleLayout() {
  const { t } = useI18n();
  const auth = useAuth();
  return (
    <div className="console">
      <div className="console-bar">
        <nav aria-label={t('console.nav')} className="tabs">
          <NavLink to="/console" end>
            {t('console.parties')}
          </NavLink>
          {hasRole(auth.user, CREDENTIAL_READERS) ? (
            <>
              <NavLink to="/console/credentials">{t('console.credentials')}</NavLink>
              <NavLink to="/console/issuer">{t('console.issuer')}</NavLink>
            </>
          ) : null}
          {hasRole(auth.user, TRUSTMARK_USERS) ? (
            <NavLink to="/console/trustmarks">{t('console.trustmarks')}</NavLink>
          ) : null}
          {hasRole(auth.user, COMPLAINT_USERS) ? (
            <NavLink to="/console/complaints">{t('console.complaints')}</NavLink>
          ) : null}
          {hasRole(auth.user, WEBSITE_CHECKERS) ? (
            <NavLink to="/console/website-check">{t('console.websiteCheck')}</NavLink>
          ) : null}
          {auth.isAdmin ? (
            <>
              <NavLink to="/console/users">{t('console.users')}</NavLink>
              <NavLink to="/console/api-keys">{t('console.apiKeys')}</NavLink>
            </>
          ) : null}
          <NavLink to="/account/password">{t('console.password')}</NavLink>
        </nav>
        {auth.user ? (
          <p className="muted small console-user">{t('nav.signedInAs', { email: auth.user.email })}</p>
        ) : null}
      </div>
      <Outlet />
    </div>
  );
}
