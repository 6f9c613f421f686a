import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth.tsx';
import { Loading } from './components/form.tsx';
import { Layout } from './components/layout.tsx';
import { ChangePasswordPage } from './pages/ChangePassword.tsx';
import { ComplaintNewPage } from './pages/ComplaintNew.tsx';
import { ComplaintTrackPage } from './pages/ComplaintTrack.tsx';
import { ApiKeysPage } from './pages/console/ApiKeys.tsx';
import { ComplaintCasePage } from './pages/console/ComplaintCase.tsx';
import { ComplaintsPage } from './pages/console/Complaints.tsx';
import { ConsoleLayout } from './pages/console/ConsoleLayout.tsx';
import { CredentialPage } from './pages/console/Credential.tsx';
import { CredentialsPage } from './pages/console/Credentials.tsx';
import { IssuerPage } from './pages/console/Issuer.tsx';
import { NewPartyPage } from './pages/console/NewParty.tsx';
import { PartiesPage } from './pages/console/Parties.tsx';
import { PartyAdminPage } from './pages/console/PartyAdmin.tsx';
import { TrustmarkApplicationPage } from './pages/console/TrustmarkApplication.tsx';
import { TrustmarksPage } from './pages/console/Trustmarks.tsx';
import { UsersPage } from './pages/console/Users.tsx';
import { WebsiteCheckPage } from './pages/console/WebsiteCheck.tsx';
import { HomePage } from './pages/Home.tsx';
import { IdentifierToolPage } from './pages/IdentifierTool.tsx';
import { LoginPage } from './pages/Login.tsx';
import { LookupPage } from './pages/Lookup.tsx';
import { NotFoundPage } from './pages/NotFound.tsx';
import { PartyPage } from './pages/Party.tsx';
import { TrustmarkRegistryPage } from './pages/TrustmarkRegistry.tsx';
import { TrustmarkSchemesPage } from './pages/TrustmarkSchemes.tsx';
import { TrustmarkVerifyPage } from './pages/TrustmarkVerify.tsx';
import { VerifyPage } from './pages/Verify.tsx';

/** Pages behind the session: sign in first, and choose a password first when the one given was one-time. */
function RequireSession({
  children,
  allowPasswordChange,
}: {
  children: ReactNode;
  allowPasswordChange?: boolean;
}) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (state.user.mustChangePassword && !allowPasswordChange)
    return <Navigate to="/account/password" replace />;
  return <>{children}</>;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="lookup" element={<LookupPage />} />
        <Route path="parties/:id" element={<PartyPage />} />
        <Route path="tools/identifiers" element={<IdentifierToolPage />} />
        <Route path="verify" element={<VerifyPage />} />
        <Route path="trustmarks" element={<TrustmarkRegistryPage />} />
        <Route path="trustmarks/schemes" element={<TrustmarkSchemesPage />} />
        <Route path="trustmarks/verify/:domain" element={<TrustmarkVerifyPage />} />
        <Route path="complaints/new" element={<ComplaintNewPage />} />
        <Route path="complaints/track/:trackingNumber" element={<ComplaintTrackPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route
          path="account/password"
          element={
            <RequireSession allowPasswordChange>
              <ChangePasswordPage />
            </RequireSession>
          }
        />
        <Route
          path="console"
          element={
            <RequireSession>
              <ConsoleLayout />
            </RequireSession>
          }
        >
          <Route index element={<PartiesPage />} />
          <Route path="parties/new" element={<NewPartyPage />} />
          <Route path="parties/:id" element={<PartyAdminPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="credentials" element={<CredentialsPage />} />
          <Route path="credentials/:id" element={<CredentialPage />} />
          <Route path="issuer" element={<IssuerPage />} />
          <Route path="website-check" element={<WebsiteCheckPage />} />
          <Route path="trustmarks" element={<TrustmarksPage />} />
          <Route path="trustmarks/:id" element={<TrustmarkApplicationPage />} />
          <Route path="complaints" element={<ComplaintsPage />} />
          <Route path="complaints/:id" element={<ComplaintCasePage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
