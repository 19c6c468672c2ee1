import type { UserManager } from 'oidc-client-ts';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';

import { AuthContext, type AuthContextValue } from './auth-context';
import type { AuthUser } from './auth-user';
import { currentLocation, startLogin, startSession, toAuthUser } from './session';

type Status =
  | { kind: 'starting' }
  | { kind: 'redirecting' }
  | { kind: 'ready'; user: AuthUser | null }
  | { kind: 'failed'; error: unknown };

type Props = {
  userManager: UserManager;
  /** Pages that render without login (the "you have logged out" page). */
  isPublicPath: (pathname: string) => boolean;
  /** The language Keycloak's login page should use. */
  uiLocale: () => string;
  /** Shown while the login is checked or the browser is on its way to Keycloak. */
  fallback: ReactNode;
  /** Shown when the login could not be completed; `retry` starts a new one. */
  ErrorFallback: ComponentType<{ error: unknown; retry: () => void }>;
  children: ReactNode;
};

export function AuthProvider({
  userManager,
  isPublicPath,
  uiLocale,
  fallback,
  ErrorFallback,
  children,
}: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'starting' });
  const redirecting = useRef(false);
  // Read at call time, so that a language change does not make a new login() (and re-run effects).
  const uiLocaleRef = useRef(uiLocale);
  useEffect(() => {
    uiLocaleRef.current = uiLocale;
  }, [uiLocale]);

  const login = useCallback(
    async (returnTo: string = currentLocation()) => {
      // Several 401s or an expiry event at once must not start several logins.
      if (redirecting.current) return;
      redirecting.current = true;
      setStatus({ kind: 'redirecting' });
      try {
        await startLogin(userManager, returnTo, uiLocaleRef.current());
      } catch (error) {
        redirecting.current = false;
        setStatus({ kind: 'failed', error });
      }
    },
    [userManager],
  );

  useEffect(() => {
    let active = true;
    const url = new URL(window.location.href);
    startSession(userManager, url).then(
      (start) => {
        if (!active) return;
        if (start.kind === 'authenticated') {
          setStatus({ kind: 'ready', user: start.user });
        } else if (isPublicPath(url.pathname)) {
          setStatus({ kind: 'ready', user: null });
        } else {
          void login(currentLocation());
        }
      },
      (error: unknown) => {
        if (active) setStatus({ kind: 'failed', error });
      },
    );
    return () => {
      active = false;
    };
  }, [userManager, isPublicPath, login]);

  useEffect(() => {
    const events = userManager.events;
    const onLoaded = (user: Parameters<Parameters<typeof events.addUserLoaded>[0]>[0]) =>
      setStatus({ kind: 'ready', user: toAuthUser(user) });
    // Renewal failed (the Keycloak session ended or was revoked): log in again, back to this page.
    const onRenewError = () => void login();
    const onExpired = () => {
      userManager.signinSilent().catch(() => login());
    };
    events.addUserLoaded(onLoaded);
    events.addSilentRenewError(onRenewError);
    events.addAccessTokenExpired(onExpired);
    return () => {
      events.removeUserLoaded(onLoaded);
      events.removeSilentRenewError(onRenewError);
      events.removeAccessTokenExpired(onExpired);
    };
  }, [userManager, login]);

  const logout = useCallback(async () => {
    setStatus({ kind: 'redirecting' });
    try {
      await userManager.signoutRedirect();
    } catch {
      // Keycloak unreachable: forget the tokens here at least.
      await userManager.removeUser();
      window.location.assign(userManager.settings.post_logout_redirect_uri ?? '/');
    }
  }, [userManager]);

  const getAccessToken = useCallback(async () => {
    const user = await userManager.getUser();
    if (!user) return null;
    if (!user.expired) return user.access_token;
    try {
      const renewed = await userManager.signinSilent();
      return renewed?.access_token ?? null;
    } catch {
      void login();
      return null;
    }
  }, [userManager, login]);

  const user = status.kind === 'ready' ? status.user : null;
  const value = useMemo<AuthContextValue>(
    () => ({
      user,
      hasRole: (role) => user?.roles.includes(role) ?? false,
      login,
      logout,
      getAccessToken,
    }),
    [user, login, logout, getAccessToken],
  );

  if (status.kind === 'failed') {
    // login() clears its own guard when it fails, so a retry is just another login.
    return <ErrorFallback error={status.error} retry={() => void login()} />;
  }
  if (status.kind !== 'ready') return fallback;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
