import type { Page } from 'playwright-core';

import { openBrowser, type Session } from './browser';
import { env } from './env';
import { loginThroughKeycloak } from './keycloak';

/** A signed-in browser of one demo user, and the access token the SPA itself sends to the gateway. */
export type UserSession = Session & { user: string; token: () => Promise<string> };

/**
 * Opens a fresh browser, asks for `path` and logs `user` in through Keycloak's real login page.
 * The bearer token is read off the SPA's own API requests (tokens live only in the app's memory),
 * so the direct API calls of a test carry exactly what the browser carries.
 */
export async function signIn(user: string, path: string): Promise<UserSession> {
  const session = await openBrowser();
  let latest: string | undefined;
  session.page.on('request', (request) => {
    const header = request.headers()['authorization'];
    if (header?.startsWith('Bearer ') && request.url().startsWith(env.apiUrl)) {
      latest = header.slice('Bearer '.length);
    }
  });
  await session.page.goto(`${env.spaUrl}${path}`);
  await loginThroughKeycloak(session.page, user);
  return {
    ...session,
    user,
    token: async () => {
      const deadline = Date.now() + 30_000;
      while (!latest) {
        if (Date.now() > deadline)
          throw new Error(`${user}: the SPA sent no API request with a token`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return latest;
    },
  };
}

export type ApiAnswer<T> = { status: number; body: T; etag: string | null };

/** One call to the gateway's API with a user's token (JSON in, JSON or problem+json out). */
export async function api<T = Record<string, unknown>>(
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer<T>> {
  const response = await fetch(`${env.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json, application/problem+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the failure message
  }
  return { status: response.status, body: parsed as T, etag: response.headers.get('etag') };
}

/** The page's single <h1>. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Waits until the SPA is back from a full-page load's silent Keycloak round trip. */
export async function backFromSsoBounce(page: Page): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(env.spaUrl) && !url.searchParams.has('code'));
}
