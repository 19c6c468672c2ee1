import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

import type { ProposalRequest } from '../api/types';
import { api, problem, proposal, referenceHandlers, scenario } from '../testing/fixtures';

vi.setConfig({ testTimeout: 60_000 });

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(await screen.findByRole('combobox', { name: label }));
  await user.click(await screen.findByTitle(option));
}

describe('the budget proposal', () => {
  it('checks amounts, puts the service’s field error under its field, then shows the explained answer and keeps it', async () => {
    const bodies: ProposalRequest[] = [];
    server.use(
      ...referenceHandlers,
      http.post(api('/decision/proposals'), async ({ request }) => {
        const body = (await request.json()) as ProposalRequest;
        bodies.push(body);
        if (bodies.length === 1) {
          return problem(400, {
            title: 'Invalid request',
            errors: [
              { field: 'budget.sources[0].amount', message: 'vượt quá ngân sách của nguồn' },
              { field: 'pinned[0]', message: 'không phải xã của tỉnh' },
            ],
          });
        }
        return HttpResponse.json({
          proposal,
          scenario: body.save ? scenario(7) : null,
          degraded: [],
        });
      }),
    );
    const user = userEvent.setup();
    renderApp('/decision?tab=proposal', { user: demoUsers.coordinator });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hỗ trợ quyết định' }),
    ).toBeInTheDocument();

    await pick(user, 'Nguồn vốn 1', 'Ngân sách trung ương (đầu tư phát triển) (NSTW_DTPT)');
    const amount = screen.getByRole('textbox', { name: 'Số vốn (triệu đồng)' });
    await user.type(amount, '-5');
    await user.click(screen.getByRole('button', { name: 'Đề xuất phân bổ' }));
    expect(
      await screen.findByText('Nhập số triệu đồng không âm, ví dụ 20.000 hoặc 1.250,5.'),
    ).toBeInTheDocument();
    expect(bodies).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '20.000');
    expect(await screen.findByText('Tổng ngân sách: 20.000 triệu đồng')).toBeInTheDocument();
    await pick(user, 'Xã bắt buộc đạt chuẩn', 'Xã Chiềng Ban (04120)');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Đề xuất phân bổ' }));
    const item = amount.closest('.ant-form-item') as HTMLElement;
    expect(await within(item).findByText('vượt quá ngân sách của nguồn')).toBeInTheDocument();
    expect(await screen.findByText('không phải xã của tỉnh')).toBeInTheDocument();
    // Whole đồng, every field the source was given by default, the set the office plans with.
    expect(bodies[0]).toEqual({
      year: 2020,
      criteriaSetCode: 'sonla-ntm-nang-cao-xa-2018-2020',
      budget: {
        sources: [
          {
            sourceCode: 'NSTW_DTPT',
            amount: 20_000_000_000,
            allowedFields: ['HT_GIAO_THONG', 'VAN_HOA'],
          },
        ],
        infrastructureMaxSharePercent: 40,
      },
      pinned: ['04120'],
      excluded: [],
      save: false,
    });

    // Editing the field clears its server error; the next run answers.
    await user.clear(amount);
    await user.type(amount, '1.250,5');
    await waitFor(() =>
      expect(within(item).queryByText('vượt quá ngân sách của nguồn')).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Đề xuất phân bổ' }));
    expect(await screen.findByText('Phương án đề xuất')).toBeInTheDocument();
    expect(bodies[1]?.budget.sources[0]?.amount).toBe(1_250_500_000);
    // The headline money as the province writes it.
    expect(screen.getAllByText('1.250 triệu đồng').length).toBeGreaterThan(0);
    expect(screen.getByText(/Quy hoạch động \(chính xác\)/)).toBeInTheDocument();
    expect(
      screen.getByText('Đã chứng minh là phương án tốt nhất.', { exact: false }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Vốn đề xuất theo xã' });
    const row = within(table)
      .getByRole('rowheader', { name: /Xã Chiềng Ban/ })
      .closest('tr')!;
    expect(within(row).getByText('1.250')).toBeInTheDocument();
    expect(within(row).getByText('17/19')).toBeInTheDocument();
    expect(within(row).getByText(/được chọn vì còn thiếu 2 tiêu chí/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Lưu thành phương án/ }));
    expect((await screen.findAllByText('Đã lưu phương án số 7.')).length).toBeGreaterThan(0);
    expect(bodies[2]?.save).toBe(true);
    expect(screen.getByRole('link', { name: 'Xem phương án đã lưu' })).toHaveAttribute(
      'href',
      '/decision?tab=scenarios&a=7',
    );
  });

  it('lets the observer run a proposal but not keep it', async () => {
    server.use(
      ...referenceHandlers,
      http.post(api('/decision/proposals'), () =>
        HttpResponse.json({ proposal, scenario: null, degraded: [] }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/decision?tab=proposal', { user: demoUsers.observer });
    await pick(user, 'Nguồn vốn 1', 'Ngân sách tỉnh (NS_TINH)');
    await user.type(screen.getByRole('textbox', { name: 'Số vốn (triệu đồng)' }), '8.000');
    await user.click(screen.getByRole('button', { name: 'Đề xuất phân bổ' }));
    expect(await screen.findByText('Phương án đề xuất')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Lưu thành phương án/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Tải Excel/ })).toBeInTheDocument();
  });
});
