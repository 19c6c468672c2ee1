import type { Page } from 'playwright-core';

import { env } from './env';

/** Fills the realm's real login form (Keycloak's keycloak.v2 theme) and waits to be back in the SPA. */
export async function loginThroughKeycloak(page: Page, username: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${env.keycloakUrl}/realms/ntm/`));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(env.password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(env.spaUrl) && !url.searchParams.has('code'));
}

/** Everything the page keeps across a reload: it must hold no token. */
export async function persistentStorage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Object.keys(storage)
        .map((key) => `${key}=${storage.getItem(key)}`)
        .join('\n');
    return `${dump(window.localStorage)}\n${dump(window.sessionStorage)}\n${document.cookie}`;
  });
}
