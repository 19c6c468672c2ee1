import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { RouteObject } from 'react-router';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp, TEST_API } from '@/testing/render';

import { AREAS } from './areas';
import { AppLayout } from './layout/app-layout';
import { safeLazy } from './router';
import { RouteError } from './routes/route-error';

// The shell is under test here, not the screens' data: every API call is a 404, which each
// screen shows as its error state.
beforeEach(() =>
  server.use(
    http.all(`${TEST_API}/api/*`, () =>
      HttpResponse.json(
        { title: 'Not Found', status: 404 },
        { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  ),
);

async function navItems() {
  const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
  return within(nav)
    .getAllByRole('menuitem')
    .map((item) => item.textContent);
}

describe('navigation shows what the role may see', () => {
  it('gives the coordinator the province-wide areas, catalogue editing included', async () => {
    renderApp('/catalogue', { user: demoUsers.coordinator });
    expect(await navItems()).toEqual([
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
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bộ tiêu chí' }),
    ).toBeInTheDocument();
    for (const action of [/Tạo bộ tiêu chí mới/, /Nhập từ tệp/]) {
      expect(screen.getByRole('button', { name: action })).toBeEnabled();
    }
  });

  it('gives a district officer its district, and no catalogue', async () => {
    renderApp('/district', { user: demoUsers.district125 });
    expect(await navItems()).toEqual([
      'Tổng quan huyện',
      'Các xã trong huyện',
      'Hồ sơ đánh giá',
      'Kế hoạch và mục tiêu',
      'Nguồn vốn của huyện',
      'Khó khăn, vướng mắc',
      'Báo cáo',
      'Hỗ trợ quyết định',
    ]);
  });

  it('answers 403 when a district officer opens the catalogue by its address', async () => {
    renderApp('/catalogue', { user: demoUsers.district125 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tạo bộ tiêu chí mới/ })).not.toBeInTheDocument();
  });

  it('gives a commune officer its own commune, its assessment and obstacles', async () => {
    renderApp('/my-commune', { user: demoUsers.commune04120 });
    expect(await navItems()).toEqual([
      'Xã của tôi',
      'Hồ sơ tự đánh giá của xã',
      'Khó khăn, vướng mắc',
    ]);
  });

  it("gives an appraiser its department's criteria and a read-only catalogue", async () => {
    renderApp('/catalogue', { user: demoUsers.appraiserSnn });
    expect(await navItems()).toEqual([
      'Tổng quan tỉnh',
      'Danh sách xã',
      'Thẩm định tiêu chí của sở',
      'Bộ tiêu chí',
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Bộ tiêu chí' });
    expect(screen.queryByRole('button', { name: /Tạo bộ tiêu chí mới/ })).not.toBeInTheDocument();
  });

  it('gives the finance planner the dashboard, funding and reports', async () => {
    renderApp('/funding', { user: demoUsers.finance });
    expect(await navItems()).toEqual([
      'Tổng quan tỉnh',
      'Nguồn vốn',
      'Báo cáo',
      'Hỗ trợ quyết định',
    ]);
    expect(await screen.findByRole('button', { name: /Lập kế hoạch vốn/ })).toBeInTheDocument();
  });

  it('tells an external system account that it does not log in here', async () => {
    renderApp('/', { user: demoUsers.external });
    expect(await screen.findByText(/chỉ dùng API trạng thái công khai/)).toBeInTheDocument();
  });
});

describe('the observer reads everything and changes nothing', () => {
  const observerAreas = AREAS.filter(
    (area) => area.key !== 'districtDashboard' && area.key !== 'myCommune',
  );

  it('sees every province-wide area', async () => {
    renderApp('/dashboard', { user: demoUsers.observer });
    expect(await navItems()).toHaveLength(observerAreas.length);
  });

  // Every area is a real screen now. Its data calls answer 404 here, so each shows its error
  // state; what matters is that no action that would change something is offered.
  const WRITE_ACTION =
    /Tạo|Lập kế hoạch|Nêu khó khăn|Thêm mục tiêu|Nhập từ tệp|Phê duyệt|Trả lời|Phân bổ|Ghi |Trình|Lưu/;

  it.each(observerAreas.map((area) => [area.path]))('has no write action on %s', async (path) => {
    renderApp(path, { user: demoUsers.observer });
    await screen.findByRole('heading', { level: 1 });
    const main = screen.getByRole('main');
    const buttons = within(main)
      .queryAllByRole('button')
      .map((button) => button.textContent ?? '');
    expect(buttons.filter((name) => WRITE_ACTION.test(name))).toEqual([]);
  });
});

describe('the shell', () => {
  it("shows the user's name and role in Vietnamese", async () => {
    renderApp('/district', { user: demoUsers.district125 });
    const badge = await screen.findByTestId('user-badge');
    expect(badge).toHaveTextContent('Cán bộ UBND Huyện Mai Sơn');
    expect(badge).toHaveTextContent('Cán bộ huyện (huyện mã 125)');
  });

  it('offers the raise action on obstacles to a district officer, not to the observer', async () => {
    renderApp('/obstacles', { user: demoUsers.district125 });
    expect(await screen.findByRole('button', { name: /Nêu khó khăn/ })).toBeInTheDocument();
  });

  it('switches to English and back, remembering the choice', async () => {
    const user = userEvent.setup();
    renderApp('/dashboard', { user: demoUsers.coordinator });
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan tỉnh' });

    await user.click(screen.getByText('EN'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Province dashboard' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Log out/ })).toBeInTheDocument();
    expect(window.localStorage.getItem('ntm.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByText('VI'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tổng quan tỉnh' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem('ntm.language')).toBe('vi');
  });

  it('names the browser tab after the screen', async () => {
    renderApp('/catalogue', { user: demoUsers.coordinator });
    await screen.findByRole('heading', { level: 1, name: 'Bộ tiêu chí' });
    await waitFor(() => expect(document.title).toBe('Bộ tiêu chí — NTM Nâng cao — Sơn La'));
  });

  it('shows an error page, inside the shell, when a screen fails to render', async () => {
    const failing: RouteObject[] = [
      {
        path: '/',
        element: <AppLayout />,
        children: [
          {
            path: 'dashboard',
            errorElement: <RouteError />,
            Component: () => {
              throw new Error('a screen bug');
            },
          },
        ],
      },
    ];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/dashboard', { user: demoUsers.coordinator, routes: failing });
    expect(await screen.findByRole('heading', { level: 1, name: 'Đã có lỗi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
  });

  it("asks to reload when a screen's code cannot be fetched", async () => {
    const failing: RouteObject[] = [
      {
        path: '/',
        element: <AppLayout />,
        children: [
          {
            path: 'dashboard',
            lazy: safeLazy(() =>
              Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
            ),
          },
        ],
      },
    ];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/dashboard', { user: demoUsers.coordinator, routes: failing });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tải được màn hình này' }),
    ).toBeInTheDocument();
    expect(await navItems()).toContain('Tổng quan tỉnh');
  });

  it('shows 404 inside the shell for an unknown address', async () => {
    renderApp('/no-such-page', { user: demoUsers.coordinator });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument();
    expect(await navItems()).toContain('Tổng quan tỉnh');
  });

  it('opens the first area of the role at /', async () => {
    const { router } = renderApp('/', { user: demoUsers.commune04120 });
    await screen.findByRole('heading', { level: 1, name: 'Xã của tôi' });
    expect(router.state.location.pathname).toBe('/my-commune');
  });

  it('logs out from the header', async () => {
    const user = userEvent.setup();
    const logout = vi.fn(async () => {});
    renderApp('/dashboard', { user: demoUsers.coordinator, auth: { logout } });
    await user.click(await screen.findByRole('button', { name: /Đăng xuất/ }));
    expect(logout).toHaveBeenCalledOnce();
  });

  it('lets keyboard users skip to the content', async () => {
    const user = userEvent.setup();
    renderApp('/dashboard', { user: demoUsers.coordinator });
    await screen.findByRole('heading', { level: 1 });
    await user.tab();
    expect(
      screen.getByRole('link', { name: 'Bỏ qua điều hướng, đến nội dung chính' }),
    ).toHaveFocus();
  });
});
