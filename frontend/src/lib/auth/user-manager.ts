import {
  InMemoryWebStorage,
  UserManager,
  WebStorageStateStore,
  type INavigator,
} from 'oidc-client-ts';

import { paths } from '@/config/paths';
import type { RuntimeConfig } from '@/config/runtime-config';

type Options = {
  /** Where the browser comes back from Keycloak; defaults to the page's origin. */
  origin?: string;
  /** Tests pass a navigator that records the authorize URL instead of leaving the page. */
  redirectNavigator?: INavigator;
};

/**
 * Authorization code + PKCE S256 against the realm's public client `ntm-spa`.
 *
 * Tokens (access, refresh, id) live in memory only: a reload asks Keycloak again, which answers
 * without a prompt while its SSO session lasts. The one thing written to sessionStorage is the
 * short-lived login *request* (state and PKCE verifier), which must survive the redirect to
 * Keycloak and back and is deleted when the callback is processed.
 */
export function createUserManager(config: RuntimeConfig, options: Options = {}): UserManager {
  const origin = options.origin ?? window.location.origin;
  return new UserManager(
    {
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: `${origin}/`,
      post_logout_redirect_uri: `${origin}${paths.loggedOut}`,
      response_type: 'code',
      scope: 'openid profile',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      // Renews with the refresh token (kept in memory) a minute before the access token expires.
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: 60,
      loadUserInfo: false,
      monitorSession: false,
    },
    options.redirectNavigator,
  );
}
