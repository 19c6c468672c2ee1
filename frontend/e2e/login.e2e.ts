import type { Page } from 'playwright-core';

import { openBrowser, screenshot, type Session } from './support/browser';
import { assertReachable, env } from './support/env';
import { loginThroughKeycloak, persistentStorage } from './support/keycloak';

const navItems = (page: Page) =>
  page
    .getByRole('navigation', { name: /Điều hướng chính|Main navigation/ })
    .getByRole('menuitem')
    .allTextContents();

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

let session: Session | undefined;

beforeAll(async () => {
  await assertReachable(
    `${env.keycloakUrl}/realms/ntm/.well-known/openid-configuration`,
    'Keycloak',
  );
  await assertReachable(`${env.spaUrl}/config.json`, 'The SPA');
});

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('login through the real Keycloak', () => {
  it('coordinator: province navigation, English and back, reload, logout', async () => {
    session = await openBrowser();
    const { page } = session;

    await page.goto(`${env.spaUrl}/`);
    // Keycloak's own login page, in Vietnamese because the SPA asked for ui_locales=vi.
    await page.waitForURL((url) => url.href.startsWith(env.keycloakUrl));
    await page.locator('#kc-login').waitFor();
    await screenshot(page, '01-keycloak-login-vi');
    await loginThroughKeycloak(page, 'coordinator');

    await expect.poll(() => heading(page).textContent()).toBe('Tổng quan tỉnh');
    const badge = page.getByTestId('user-badge').first();
    await expect.poll(() => badge.textContent()).toContain('Cán bộ Văn phòng Điều phối NTM tỉnh');
    expect(await badge.textContent()).toContain('Điều phối viên tỉnh');
    expect(await navItems(page)).toEqual([
      'Tổng quan tỉnh',
      'Danh sách xã',
      'Hồ sơ đánh giá',
      'Thẩm định',
      'Bộ tiêu chí',
      'Kế hoạch và mục tiêu',
      'Nguồn vốn',
      'Khó khăn, vướng mắc',
      'Báo cáo',
      'Hỗ trợ quyết định',
      'Nhật ký thao tác',
    ]);
    await screenshot(page, '02-coordinator-dashboard-vi');

    // Keyboard: the first Tab from the top of the page reaches the skip link; the menu moves with the
    // arrow keys. Focus starts at the document (the screens' lazy parts may have moved it while loading).
    await page.evaluate(() => {
      document.body.setAttribute('tabindex', '-1');
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Bỏ qua điều hướng, đến nội dung chính');
    await screenshot(page, '10-keyboard-skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.getByRole('menu').focus();
    const activeItem = async () =>
      (await page
        .locator('.ant-menu-item-active')
        .first()
        .textContent()
        .catch(() => '')) ?? '';
    let active = '';
    for (let i = 0; i < 10 && active !== 'Thẩm định'; i++) {
      const before = active;
      await page.keyboard.press('ArrowDown');
      await expect.poll(activeItem).not.toBe(before);
      active = await activeItem();
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Thẩm định');

    // Catalogue: the coordinator's editing actions are there.
    await page.getByRole('menuitem', { name: 'Bộ tiêu chí' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Bộ tiêu chí');
    for (const name of [/Tạo bộ tiêu chí mới/, /Nhập từ tệp/]) {
      expect(await page.getByRole('button', { name }).isEnabled()).toBe(true);
    }
    await screenshot(page, '03-coordinator-catalogue-vi');

    // No token in anything that outlives the page.
    expect(await persistentStorage(page)).not.toMatch(/eyJ|access_token|refresh_token|id_token/);

    // English, kept across a reload (which logs in again silently through Keycloak's SSO session).
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Criteria catalogue');
    expect(await navItems(page)).toContain('Audit log');
    await screenshot(page, '04-coordinator-catalogue-en');
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Criteria catalogue');
    expect(new URL(page.url()).pathname).toBe('/catalogue');

    await page.getByText('VI', { exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Bộ tiêu chí');

    // Logout ends the Keycloak session too: logging in again asks for the password.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${env.spaUrl}/logged-out`);
    await expect.poll(() => heading(page).textContent()).toBe('Bạn đã đăng xuất');
    await screenshot(page, '05-logged-out');
    await page.getByRole('button', { name: 'Đăng nhập lại' }).click();
    await page.waitForURL((url) => url.href.startsWith(env.keycloakUrl));
    await page.locator('#password').waitFor();
  });

  it('district-125: district navigation, 403 on the catalogue, phone layout, logout', async () => {
    session = await openBrowser();
    const { page } = session;

    await page.goto(`${env.spaUrl}/district`);
    await loginThroughKeycloak(page, 'district-125');
    await expect.poll(() => heading(page).textContent()).toBe('Tổng quan huyện');
    const badge = page.getByTestId('user-badge').first();
    expect(await badge.textContent()).toContain('Cán bộ UBND Huyện Mai Sơn');
    expect(await badge.textContent()).toContain('Cán bộ huyện (huyện mã 125)');
    expect(await navItems(page)).toEqual([
      'Tổng quan huyện',
      'Các xã trong huyện',
      'Hồ sơ đánh giá',
      'Kế hoạch và mục tiêu',
      'Nguồn vốn của huyện',
      'Khó khăn, vướng mắc',
      'Báo cáo',
      'Hỗ trợ quyết định',
    ]);
    await screenshot(page, '06-district-dashboard-vi');

    await page.goto(`${env.spaUrl}/catalogue`);
    await backFromSsoBounce(page);
    await expect.poll(() => heading(page).textContent()).toBe('Không có quyền truy cập');
    await screenshot(page, '07-district-catalogue-403');

    // Phone: the navigation moves into a drawer behind the menu button.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('menuitem').first().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
    await page.getByRole('dialog').getByRole('menuitem', { name: 'Các xã trong huyện' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => heading(page).textContent()).toBe('Các xã trong huyện');
    await screenshot(page, '08-district-communes-phone');
    await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, '09-district-drawer-phone');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${env.spaUrl}/logged-out`);
  });
});

/** A full page load loses the in-memory tokens; Keycloak's SSO session brings them back without a prompt. */
async function backFromSsoBounce(page: Page): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(env.spaUrl) && !url.searchParams.has('code'));
}
