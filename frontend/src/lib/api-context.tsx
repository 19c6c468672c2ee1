import type { Client } from 'openapi-fetch';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

import type { paths } from '@/types/api';

import { createApiClient } from './api-client';
import { useAuth } from './auth/auth-context';

export type ApiClient = Client<paths>;

const ApiClientContext = createContext<ApiClient | null>(null);
const ApiBaseUrlContext = createContext<string>('');

/** The gateway client, with the logged-in user's token and "log in again" on a 401. */
export function ApiClientProvider({
  baseUrl,
  fetch,
  children,
}: {
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  children: ReactNode;
}) {
  const { getAccessToken, login } = useAuth();
  const client = useMemo(
    () =>
      createApiClient<paths>({
        baseUrl,
        getAccessToken,
        onUnauthorized: () => void login(),
        ...(fetch ? { fetch } : {}),
      }),
    [baseUrl, fetch, getAccessToken, login],
  );
  return (
    <ApiBaseUrlContext.Provider value={baseUrl}>
      <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>
    </ApiBaseUrlContext.Provider>
  );
}

/** For `queryOptions` factories in `features/<feature>/api/*.ts`. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient() outside <ApiClientProvider>');
  return client;
}

/** The gateway's origin ('' = the SPA's own), for the few calls made without the typed client (uploads with progress). */
export function useApiBaseUrl(): string {
  return useContext(ApiBaseUrlContext);
}
