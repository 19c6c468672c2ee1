import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { env } from './env';

// Debian's Chromium, never a downloaded one. Without the background-networking flags Chromium
// keeps trying to reach Google's hosts, which this machine's closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Session = { context: BrowserContext; page: Page; close: () => Promise<void> };

/** A fresh browser with its own empty profile: no cookies, no storage, no Keycloak session. */
export async function openBrowser(
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
): Promise<Session> {
  const profile = await mkdtemp(join(tmpdir(), 'ntm-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'vi-VN',
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(env.screenshots, { recursive: true });
  const path = join(env.screenshots, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
