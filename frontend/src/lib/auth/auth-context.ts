import { createContext, useContext } from 'react';

import type { AuthUser } from './auth-user';
import type { Role } from './roles';

export type AuthContextValue = {
  /** Null only on public pages (e.g. after logout); every other page renders once logged in. */
  user: AuthUser | null;
  hasRole: (role: Role) => boolean;
  /** Sends the browser to Keycloak, coming back to `returnTo` (default: the current page). */
  login: (returnTo?: string) => Promise<void>;
  logout: () => Promise<void>;
  /** The current access token, renewed first when it has expired; null when logged out. */
  getAccessToken: () => Promise<string | null>;
};

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() outside <AuthProvider>');
  return value;
}

/** For screens behind login, where the user is always there. */
export function useUser(): AuthUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser() on a page that does not require login');
  return user;
}
