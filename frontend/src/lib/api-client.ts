import createClient, { type Client, type Middleware } from 'openapi-fetch';

import { networkProblem, problemFromResponse } from './api-problem';

type Options = {
  /** '' for the origin that served the SPA. */
  baseUrl: string;
  getAccessToken: () => Promise<string | null>;
  /** Called on a 401: the token was refused, so log in again. */
  onUnauthorized: () => void;
  fetch?: typeof fetch;
};

/**
 * The typed client for the gateway. `Paths` comes from `src/types/api.ts`, which
 * `npm run api:generate` writes from the gateway's OpenAPI.
 *
 * Every call sends the bearer token; every non-2xx answer rejects with an `ApiProblem`
 * (so TanStack Query sees an error), and a 401 also starts a new login.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- mirrors openapi-fetch's own bound
export function createApiClient<Paths extends {}>(options: Options): Client<Paths> {
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const middleware: Middleware = {
    async onRequest({ request }) {
      const token = await options.getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      if (!request.headers.has('Accept')) {
        request.headers.set('Accept', 'application/json, application/problem+json');
      }
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return undefined;
      if (response.status === 401) options.onUnauthorized();
      throw await problemFromResponse(response);
    },
    onError({ error }) {
      return networkProblem(error);
    },
  };
  client.use(middleware);
  return client;
}

/** A call that the middleware above lets through has data; this narrows the type accordingly. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const result = await call;
  return result.data as T;
}
