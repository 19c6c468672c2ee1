import { render, screen, waitFor } from '@testing-library/react';
import type { INavigator, IWindow, NavigateParams } from 'oidc-client-ts';

import { parseRuntimeConfig } from '@/config/runtime-config';
import { accessTokenFor, demoUsers } from '@/testing/fake-tokens';
import { keycloakHandlers, TEST_KEYCLOAK } from '@/testing/mocks/keycloak';
import { server } from '@/testing/mocks/server';

import { useAuth } from './auth-context';
import { AuthProvider } from './auth-provider';
import { userFromAccessToken } from './auth-user';
import { createUserManager } from './user-manager';

const config = parseRuntimeConfig({ keycloakUrl: TEST_KEYCLOAK });
const ORIGIN = window.location.origin;

/** Records where the app sends the browser instead of leaving the page (jsdom cannot navigate). */
function recordingNavigator() {
  const urls: string[] = [];
  const navigator: INavigator = {
    prepare: async (): Promise<IWindow> => ({
      navigate: async (params: NavigateParams) => {
        urls.push(params.url);
        return new Promise(() => {}); // a real redirect never comes back
      },
      close: () => {},
    }),
    callback: async () => {},
  };
  return { navigator, urls };
}

function Probe() {
  const { user, getAccessToken } = useAuth();
  return (
    <div>
      <p>{user?.displayName}</p>
      <p>{user?.roles.join(',')}</p>
      <button onClick={() => void getAccessToken().then((t) => (document.title = t ?? 'none'))}>
        token
      </button>
    </div>
  );
}

function renderAuth(navigator: INavigator) {
  const userManager = createUserManager(config, { origin: ORIGIN, redirectNavigator: navigator });
  render(
    <AuthProvider
      userManager={userManager}
      isPublicPath={(path) => path === '/logged-out'}
      uiLocale={() => 'vi'}
      fallback={<p>connecting</p>}
      ErrorFallback={({ error }) => <p>failed: {String(error)}</p>}
    >
      <Probe />
    </AuthProvider>,
  );
  return userManager;
}

/** Like renderAuth, with the UI language as a prop that a rerender can change. */
function renderAuthWithLocale(navigator: INavigator, locale: string) {
  const userManager = createUserManager(config, { origin: ORIGIN, redirectNavigator: navigator });
  const ui = (lang: string) => (
    <AuthProvider
      userManager={userManager}
      isPublicPath={(path) => path === '/logged-out'}
      uiLocale={() => lang}
      fallback={<p>connecting</p>}
      ErrorFallback={({ error }) => <p>failed: {String(error)}</p>}
    >
      <Probe />
    </AuthProvider>
  );
  const result = render(ui(locale));
  return { rerender: (lang: string) => result.rerender(ui(lang)) };
}

/** Everything the browser keeps across a reload, as one string. */
function persistentStorage(): string {
  const dump = (storage: Storage) =>
    Object.keys(storage)
      .map((key) => `${key}=${storage.getItem(key)}`)
      .join('\n');
  return `${dump(window.localStorage)}\n${dump(window.sessionStorage)}`;
}

describe('login with authorization code + PKCE, tokens in memory only', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('sends the browser to Keycloak with an S256 challenge, then keeps the tokens in memory only', async () => {
    let nonce: string | null = null;
    const keycloak = keycloakHandlers(demoUsers.district125, () => nonce);
    server.use(...keycloak.handlers);

    // 1. A user opens a deep link without a session: off to Keycloak, remembering where to come back.
    window.history.replaceState(null, '', '/assessments?year=2020');
    const first = recordingNavigator();
    renderAuth(first.navigator);
    await waitFor(() => expect(first.urls).toHaveLength(1));
    const authorize = new URL(first.urls[0]!);
    expect(authorize.origin + authorize.pathname).toBe(
      `${TEST_KEYCLOAK}/realms/ntm/protocol/openid-connect/auth`,
    );
    expect(authorize.searchParams.get('client_id')).toBe('ntm-spa');
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/`);
    expect(authorize.searchParams.get('ui_locales')).toBe('vi');
    nonce = authorize.searchParams.get('nonce');
    // Only the pending login request (state + PKCE verifier) survives the redirect.
    expect(Object.keys(window.localStorage)).toEqual([]);
    expect(Object.keys(window.sessionStorage)).toHaveLength(1);
    expect(persistentStorage()).not.toMatch(/eyJ|access_token|refresh_token|id_token/);
    screen.getByText('connecting');
    document.body.innerHTML = '';

    // 2. Keycloak sends the browser back with a code: a fresh page redeems it.
    const state = authorize.searchParams.get('state')!;
    window.history.replaceState(null, '', `/?code=the-code&state=${state}&session_state=s`);
    const second = recordingNavigator();
    renderAuth(second.navigator);

    expect(await screen.findByText('Cán bộ UBND Huyện Mai Sơn')).toBeInTheDocument();
    expect(screen.getByText('district-officer')).toBeInTheDocument();
    expect(keycloak.tokenRequests).toHaveLength(1);
    expect(keycloak.tokenRequests[0]!.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    // Back where the user was going, without ?code= in the address bar.
    expect(window.location.pathname + window.location.search).toBe('/assessments?year=2020');
    expect(second.urls).toEqual([]);

    // 3. Nothing token-like was written anywhere the browser keeps after a reload.
    const stored = persistentStorage();
    for (const token of Object.values(keycloak.tokens)) expect(stored).not.toContain(token);
    expect(stored).not.toMatch(/eyJ|access_token|refresh_token|id_token|code_verifier/);

    // 4. ...yet the API client can get the access token from memory.
    screen.getByRole('button', { name: 'token' }).click();
    await waitFor(() => expect(document.title).toBe(keycloak.tokens.access));
  });

  it('keeps the address after login when the page re-renders (a language switch)', async () => {
    const keycloak = keycloakHandlers(demoUsers.coordinator);
    server.use(...keycloak.handlers);
    window.history.replaceState(null, '', '/catalogue');
    const first = recordingNavigator();
    renderAuth(first.navigator);
    await waitFor(() => expect(first.urls).toHaveLength(1));
    const state = new URL(first.urls[0]!).searchParams.get('state')!;
    document.body.innerHTML = '';

    window.history.replaceState(null, '', `/?code=the-code&state=${state}`);
    const { rerender } = renderAuthWithLocale(recordingNavigator().navigator, 'vi');
    await screen.findByText('Cán bộ Văn phòng Điều phối NTM tỉnh');
    expect(window.location.pathname).toBe('/catalogue');
    // The user moves on inside the app, then switches language: the address must stay put.
    window.history.pushState(null, '', '/audit');
    rerender('en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.pathname).toBe('/audit');
  });

  it('renders a public page without sending anyone to Keycloak', async () => {
    server.use(...keycloakHandlers(demoUsers.coordinator).handlers);
    window.history.replaceState(null, '', '/logged-out');
    const recorder = recordingNavigator();
    renderAuth(recorder.navigator);
    await waitFor(() => expect(screen.queryByText('connecting')).not.toBeInTheDocument());
    expect(recorder.urls).toEqual([]);
  });

  it('shows the failure when Keycloak refuses the code', async () => {
    server.use(...keycloakHandlers(demoUsers.coordinator).handlers);
    window.history.replaceState(null, '', '/?code=wrong&state=unknown-state');
    renderAuth(recordingNavigator().navigator);
    expect(await screen.findByText(/failed:/)).toBeInTheDocument();
  });
});

describe('the user comes from the access token', () => {
  it('reads name, roles and scope claims, decoding Vietnamese UTF-8', () => {
    const user = userFromAccessToken(accessTokenFor(demoUsers.commune04120));
    expect(user).toEqual({
      username: 'commune-04120',
      displayName: 'Cán bộ UBND Xã Chiềng Ban, huyện Mai Sơn',
      roles: ['commune-officer'],
      districtCode: '125',
      unitCode: '04120',
    });
  });

  it('ignores roles the SPA does not know, such as Keycloak defaults', () => {
    const token = accessTokenFor(demoUsers.coordinator, {
      roles: ['coordinator', 'offline_access', 'uma_authorization', 'default-roles-ntm'],
    });
    expect(userFromAccessToken(token).roles).toEqual(['coordinator']);
  });

  it('falls back to the username when the token has no name', () => {
    const token = accessTokenFor({ ...demoUsers.observer, name: '' });
    expect(userFromAccessToken(token).displayName).toBe('observer');
  });
});
