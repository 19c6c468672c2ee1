import type { User, UserManager } from 'oidc-client-ts';

import { userFromAccessToken, type AuthUser } from './auth-user';

export type SessionStart = { kind: 'authenticated'; user: AuthUser } | { kind: 'anonymous' };

type LoginState = { returnTo?: string };

const CALLBACK_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description'];

/** Where the user is now, without the parameters of a login callback (never a place to return to). */
export function currentLocation(): string {
  const url = new URL(window.location.href);
  for (const param of CALLBACK_PARAMS) url.searchParams.delete(param);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function isLoginCallback(url: URL): boolean {
  return (
    url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'))
  );
}

export function toAuthUser(user: User | null | undefined): AuthUser | null {
  return user && !user.expired ? userFromAccessToken(user.access_token) : null;
}

export function startLogin(
  userManager: UserManager,
  returnTo: string,
  uiLocale: string,
): Promise<void> {
  const state: LoginState = { returnTo };
  // ui_locales makes Keycloak's login page speak the language the user chose in the app.
  return userManager.signinRedirect({ state, extraQueryParams: { ui_locales: uiLocale } });
}

const starts = new WeakMap<UserManager, Promise<SessionStart>>();

/**
 * Finishes a login coming back from Keycloak, or finds the user already in memory. Runs once per
 * UserManager: React's strict mode mounts twice, and a login code can only be redeemed once.
 */
export function startSession(userManager: UserManager, url: URL): Promise<SessionStart> {
  let start = starts.get(userManager);
  if (!start) {
    start = (async (): Promise<SessionStart> => {
      if (isLoginCallback(url)) {
        const user = await userManager.signinCallback(url.href);
        const authUser = toAuthUser(user);
        if (!user || !authUser) return { kind: 'anonymous' };
        // Drop ?code=&state= from the address bar and go where the user was heading. Done here,
        // once, and not in a component effect that may run again later.
        const state = user.state as LoginState | undefined;
        window.history.replaceState(null, '', state?.returnTo ?? '/');
        return { kind: 'authenticated', user: authUser };
      }
      const authUser = toAuthUser(await userManager.getUser());
      return authUser ? { kind: 'authenticated', user: authUser } : { kind: 'anonymous' };
    })();
    starts.set(userManager, start);
  }
  return start;
}
