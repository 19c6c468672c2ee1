import { createContext, useContext, type ReactNode } from 'react';

import type { Client } from 'openapi-fetch';

import type { paths } from '@/types/api';

export type ApiClient = Client<paths>;

const ApiClientContext = createContext<ApiClient | null>(null);

export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

/** The gateway client, for `queryOptions` factories in `features/<feature>/api/*.ts`. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient() outside <ApiClientProvider>');
  return client;
}
