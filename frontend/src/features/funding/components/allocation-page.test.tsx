import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

import { api, problem, referenceHandlers } from '../testing/fixtures';

vi.setConfig({ testTimeout: 60_000 });

const allocation = {
  id: 21,
  amount: 500_000_000,
  recipientCode: '04120',
  recipientName: 'Xã Chiềng Mung',
  sourceCode: 'NSTW',
  fieldCode: 'GT',
  date: '2026-03-02',
  balance: {
    allocated: 500_000_000,
    committed: 0,
    disbursed: 200_000_000,
    expended: 0,
    available: 300_000_000,
  },
};
const disbursement = {
  id: 31,
  allocationId: 21,
  type: 'DISBURSEMENT',
  amount: 200_000_000,
  date: '2026-04-01',
  documentRef: 'UNC 12/2026',
  createdBy: 'district-125',
  createdAt: '2026-04-01T03:00:00Z',
};

describe('an allocation', () => {
  it('shows its balance in triệu đồng, refuses an over-disbursement with the reason under the field, and reverses a transaction', async () => {
    const posted: unknown[] = [];
    const reversals: unknown[] = [];
    server.use(
      ...referenceHandlers,
      http.get(api('/allocations/21'), () => HttpResponse.json(allocation)),
      http.get(api('/allocations/21/transactions'), () => HttpResponse.json([disbursement])),
      http.post(api('/allocations/21/transactions'), async ({ request }) => {
        posted.push(await request.json());
        return problem(422, {
          title: 'Over the allocation',
          errors: [
            { field: 'justification', message: 'vượt số còn lại 300.000.000 đồng: cần giải trình' },
          ],
        });
      }),
      http.post(api('/transactions/31/reversal'), async ({ request }) => {
        reversals.push(await request.json());
        return new HttpResponse(null, {
          status: 201,
          headers: { Location: '/api/v1/transactions/32' },
        });
      }),
    );
    const user = userEvent.setup();
    renderApp('/funding/allocations/21', { user: demoUsers.district125 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Phân bổ số 21: Xã Chiềng Mung' }),
    ).toBeInTheDocument();
    expect(screen.getByText('300 triệu đồng')).toBeInTheDocument();
    const row = screen.getByText('UNC 12/2026').closest('tr') as HTMLElement;
    expect(within(row).getByText('Giải ngân')).toBeInTheDocument();
    expect(within(row).getByText('200 triệu đồng')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Ghi giao dịch/ }));
    let dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Số tiền (đồng)' }), '400.000.000');
    await user.type(within(dialog).getByRole('textbox', { name: 'Số chứng từ' }), 'UNC 13/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi' }));
    const justification = within(dialog).getByRole('textbox', { name: /Giải trình/ });
    expect(
      await within(justification.closest('.ant-form-item') as HTMLElement).findByText(
        'vượt số còn lại 300.000.000 đồng: cần giải trình',
      ),
    ).toBeInTheDocument();
    expect(posted[0]).toMatchObject({
      type: 'DISBURSEMENT',
      amount: 400_000_000,
      documentRef: 'UNC 13/2026',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(row).getByRole('button', { name: /Đảo/ }));
    dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do' }), 'Ghi nhầm chứng từ');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi bút toán đảo' }));
    await waitFor(() => expect(reversals).toHaveLength(1));
    // No amount: the whole transaction is reversed.
    expect(reversals[0]).toEqual({
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      reason: 'Ghi nhầm chứng từ',
    });
  });

  it('offers the observer no ledger action', async () => {
    server.use(
      ...referenceHandlers,
      http.get(api('/allocations/21'), () => HttpResponse.json(allocation)),
      http.get(api('/allocations/21/transactions'), () => HttpResponse.json([disbursement])),
    );
    renderApp('/funding/allocations/21', { user: demoUsers.observer });
    await screen.findByText('UNC 12/2026');
    expect(screen.queryByRole('button', { name: /Ghi giao dịch|Đảo/ })).not.toBeInTheDocument();
  });
});
