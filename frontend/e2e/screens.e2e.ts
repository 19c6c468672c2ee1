import { openBrowser, screenshot, type Session } from './support/browser';
import { env } from './support/env';
import { loginThroughKeycloak } from './support/keycloak';
import { heading } from './support/users';

let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Every area of the coordinator's navigation, in the order of the menu, with the year 2020 shown. */
const AREAS = [
  { item: 'Tổng quan tỉnh', path: '/dashboard' },
  { item: 'Danh sách xã', path: '/communes' },
  { item: 'Hồ sơ đánh giá', path: '/assessments' },
  { item: 'Thẩm định', path: '/appraisal' },
  { item: 'Bộ tiêu chí', path: '/catalogue' },
  { item: 'Kế hoạch và mục tiêu', path: '/plans' },
  { item: 'Nguồn vốn', path: '/funding' },
  { item: 'Khó khăn, vướng mắc', path: '/obstacles' },
  { item: 'Báo cáo', path: '/reports' },
  { item: 'Nhật ký thao tác', path: '/audit' },
];

describe('every main screen', () => {
  it('opens from the navigation with its data, and is photographed', async () => {
    session = await openBrowser();
    const { page } = session;
    await page.goto(`${env.spaUrl}/dashboard`);
    await loginThroughKeycloak(page, 'coordinator');
    await heading(page).waitFor();

    for (const [index, area] of AREAS.entries()) {
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('menuitem', { name: area.item })
        .click();
      await page.waitForURL((url) => url.pathname === area.path);
      await expect.poll(() => heading(page).textContent()).not.toBe('');
      // Loaded: no spinner left, and no error or refusal in place of the screen.
      await expect
        .poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 30_000 })
        .toBe(0);
      expect(
        await page.locator('.ant-result-error, .ant-result-403, .ant-result-404').count(),
      ).toBe(0);
      await screenshot(
        page,
        `30-screen-${String(index + 1).padStart(2, '0')}${area.path.replace('/', '-')}`,
      );
    }
  });
});
