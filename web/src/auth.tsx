import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, type Role, setCsrfToken, setUnauthorizedHandler, type User } from './api.ts';

export type AuthState = { status: 'loading' } | { status: 'anonymous' } | { status: 'signedIn'; user: User };

export interface Auth {
  state: AuthState;
  user: User | null;
  isAdmin: boolean;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
  /** Re-reads the session (after a password change). */
  refresh(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/** Whether the user may call a route open to these roles; as on the node, an administrator always may. */
export const hasRole = (user: User | null, roles: readonly Role[]): boolean =>
  Boolean(user?.roles.some((r) => r === 'admin' || roles.includes(r)));

/** The roles that read issued credentials; issuing and changing their status is for admins and assessors. */
export const CREDENTIAL_READERS: readonly Role[] = ['assessor', 'mediator', 'analyst'];
export const CREDENTIAL_MANAGERS: readonly Role[] = ['assessor'];

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const me = await api.me();
      if (me.via === 'session' && me.user) {
        setCsrfToken(me.csrfToken);
        setState({ status: 'signedIn', user: me.user });
      } else {
        setCsrfToken(null);
        setState({ status: 'anonymous' });
      }
    } catch (error) {
      setCsrfToken(null);
      // Only a definite "not signed in" ends the session view; a network error keeps whatever we knew.
      if (error instanceof ApiError && (error.status === 401 || error.status === 403))
        setState({ status: 'anonymous' });
      else setState((s) => (s.status === 'loading' ? { status: 'anonymous' } : s));
    }
  }, []);

  useEffect(() => {
    void refresh();
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'anonymous' });
    });
    return () => setUnauthorizedHandler(null);
  }, [refresh]);

  const login = useCallback(async (email: string, password: string) => {
    const session = await api.login(email, password);
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', user: session.user });
    return session.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setCsrfToken(null);
      setState({ status: 'anonymous' });
    }
  }, []);

  const value = useMemo<Auth>(() => {
    const user = state.status === 'signedIn' ? state.user : null;
    return { state, user, isAdmin: Boolean(user?.roles.includes('admin')), login, logout, refresh };
  }, [state, login, logout, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
