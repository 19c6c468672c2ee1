import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

import { api, referenceHandlers } from '../testing/fixtures';

vi.setConfig({ testTimeout: 60_000 });

const amounts = {
  planned: 1_250_000_000,
  allocated: 900_000_000,
  disbursed: 450_500_000,
  disbursementRate: 50.06,
};

const reports = [
  http.get(api('/reports/mobilisation'), ({ request }) => {
    const url = new URL(request.url);
    if (url.searchParams.get('format') === 'xlsx') {
      return new HttpResponse(new Uint8Array([80, 75, 3, 4]), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': 'attachment; filename="huy-dong-von-2020.xlsx"',
        },
      });
    }
    return HttpResponse.json({
      year: Number(url.searchParams.get('year')),
      unit: { code: '14', name: 'Tỉnh Sơn La', level: 'PROVINCE', at: '2020-12-31' },
      sources: [{ sourceCode: 'NSTW', nameVi: 'Ngân sách trung ương', kind: 'BUDGET', amounts }],
      total: amounts,
    });
  }),
  http.get(api('/reports/execution'), () =>
    HttpResponse.json({
      year: 2020,
      unit: { code: '14', name: 'Tỉnh Sơn La', level: 'PROVINCE', at: '2020-12-31' },
      districts: [],
      total: {},
    }),
  ),
];

const saved = Object.getOwnPropertyDescriptors(URL);
afterEach(() => {
  // The test files share one jsdom (isolate: false): put back what this file replaced.
  for (const key of ['createObjectURL', 'revokeObjectURL']) {
    const descriptor = saved[key];
    if (descriptor) Object.defineProperty(URL, key, descriptor);
    else Reflect.deleteProperty(URL, key);
  }
  server.events.removeAllListeners();
});

describe('funding reports', () => {
  it('shows each report as a table in Vietnamese figures, and downloads it as Excel', async () => {
    const requested: string[] = [];
    server.use(...referenceHandlers, ...reports);
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('format=xlsx')) requested.push(request.url);
    });
    const createUrl = vi.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() });
    const user = userEvent.setup();
    renderApp('/reports?year=2020', { user: demoUsers.finance });

    const card = (await screen.findByText(/Huy động vốn theo nguồn — Tỉnh Sơn La 2020/)).closest(
      '.ant-card',
    ) as HTMLElement;
    await user.click(within(card).getByText('Bảng'));
    const row = within(card)
      .getByRole('rowheader', { name: 'Ngân sách trung ương' })
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('Ngân sách')).toBeInTheDocument();
    expect(within(row).getByText('1.250')).toBeInTheDocument();
    expect(within(row).getByText('450,5')).toBeInTheDocument();
    expect(within(row).getByText('50,1%')).toBeInTheDocument();
    // A report with no rows says so instead of drawing an empty chart.
    expect(screen.getByText('Chưa có số liệu cho năm này.')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: /Tải Excel/ })[0]!);
    expect(await screen.findByText('Đã tải huy-dong-von-2020.xlsx.')).toBeInTheDocument();
    await waitFor(() => expect(createUrl).toHaveBeenCalledOnce());
    expect(requested).toHaveLength(1);
    expect(new URL(requested[0]!).searchParams.get('year')).toBe('2020');
  });

  it('switches to English figures with the language', async () => {
    server.use(...referenceHandlers, ...reports);
    const user = userEvent.setup();
    renderApp('/reports?year=2020', { user: demoUsers.finance, language: 'en' });
    const card = (await screen.findByText(/Funds mobilised by source — Tỉnh Sơn La 2020/)).closest(
      '.ant-card',
    ) as HTMLElement;
    await user.click(within(card).getByText('Table'));
    const row = within(card)
      .getByRole('rowheader', { name: 'Ngân sách trung ương' })
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('Budget')).toBeInTheDocument();
    expect(within(row).getByText('1,250')).toBeInTheDocument();
    expect(within(row).getByText('450.5')).toBeInTheDocument();
    expect(within(row).getByText('50.1%')).toBeInTheDocument();
  });
});
