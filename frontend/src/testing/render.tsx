import { StyleProvider } from '@ant-design/cssinjs';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { UiProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { ApiClientProvider } from '@/lib/api-context';
import { AuthContext, type AuthContextValue } from '@/lib/auth/auth-context';
import { userFromAccessToken } from '@/lib/auth/auth-user';
import { createI18n, type Language } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/react-query';

import { accessTokenFor, type DemoUser } from './fake-tokens';

export const TEST_API = 'http://gateway.test';

/**
 * Ant Design's generated stylesheet goes to a node outside the document. jsdom does no layout, and
 * with thousands of Ant Design rules in the page every `getComputedStyle` (which each `getByRole`
 * calls for every element and its ancestors) matched them all: a big screen's test took minutes.
 * The components render the same markup; only the rules are not in the document.
 */
const detachedStyles = document.createElement('div');

type Options = { user?: DemoUser | null; language?: Language; auth?: Partial<AuthContextValue> };

/** The providers the app has, with a logged-in user from a fake token (no Keycloak round trip). */
export function TestProviders({
  user = null,
  language = 'vi',
  auth = {},
  children,
}: Options & { children: ReactNode }) {
  const token = user ? accessTokenFor(user) : null;
  const authUser = token ? userFromAccessToken(token) : null;
  const value: AuthContextValue = {
    user: authUser,
    hasRole: (role) => authUser?.roles.includes(role) ?? false,
    login: async () => {},
    logout: async () => {},
    getAccessToken: async () => token,
    ...auth,
  };
  return (
    <StyleProvider container={detachedStyles}>
      <UiProvider i18n={createI18n(language)}>
        <AuthContext.Provider value={value}>
          <ApiClientProvider baseUrl={TEST_API}>
            <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>
          </ApiClientProvider>
        </AuthContext.Provider>
      </UiProvider>
    </StyleProvider>
  );
}

export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  return render(<TestProviders {...options}>{ui}</TestProviders>);
}

/** The whole app (layout, navigation, routes) at `path`, as `user`. */
export function renderApp(path: string, options: Options & { routes?: RouteObject[] } = {}) {
  const router = createMemoryRouter(options.routes ?? routes, { initialEntries: [path] });
  const result = render(
    <TestProviders {...options}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { ...result, router };
}
