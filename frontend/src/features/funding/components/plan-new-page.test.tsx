import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

import { api, problem, referenceHandlers } from '../testing/fixtures';

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const item = screen
    .getByText(label, { selector: 'label' })
    .closest('.ant-form-item') as HTMLElement;
  await user.click(within(item).getByRole('combobox'));
  await user.click(await screen.findByTitle(option));
}

vi.setConfig({ testTimeout: 60_000 });

describe('a new capital plan', () => {
  it('checks amounts while typing, shows the service’s field errors under the field, then saves', async () => {
    const bodies: unknown[] = [];
    server.use(
      ...referenceHandlers,
      http.post(api('/capital-plans'), async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? problem(400, {
              title: 'Invalid request',
              errors: [{ field: 'lines[0].amount', message: 'vượt trần kế hoạch của nguồn NSTW' }],
            })
          : new HttpResponse(null, {
              status: 201,
              headers: { Location: '/api/v1/capital-plans/7' },
            });
      }),
      http.get(api('/capital-plans/7'), () =>
        HttpResponse.json(
          {
            id: 7,
            year: 2026,
            status: 'DRAFT',
            total: 1_250_000_000,
            unit: { code: '14', name: 'Tỉnh Sơn La' },
            lines: [],
          },
          { headers: { ETag: '"1"' } },
        ),
      ),
      http.get(api('/allocations'), () => HttpResponse.json({ items: [], total: 0 })),
    );
    const user = userEvent.setup();
    renderApp('/funding/plans/new', { user: demoUsers.finance });
    await screen.findByRole('heading', { level: 1, name: 'Lập kế hoạch vốn' });

    await pick(user, 'Nguồn vốn', 'Ngân sách trung ương');
    await pick(user, 'Lĩnh vực', 'GT — Giao thông');
    const amount = screen.getByRole('textbox', { name: 'Số tiền (đồng)' });
    await user.type(amount, '1250,5');
    expect(
      await screen.findByText('Số tiền là số đồng nguyên, không có phần lẻ.'),
    ).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '1.250.000.000');
    // Read back the way officials write it.
    expect(await screen.findByText('= 1.250 triệu đồng')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    const item = amount.closest('.ant-form-item') as HTMLElement;
    expect(await within(item).findByText('vượt trần kế hoạch của nguồn NSTW')).toBeInTheDocument();
    expect(bodies[0]).toEqual({
      unitCode: '14',
      year: new Date().getFullYear(),
      lines: [{ sourceCode: 'NSTW', fieldCode: 'GT', amount: 1_250_000_000 }],
    });

    // Editing the field clears its server error; the second save goes through and opens the plan.
    await user.clear(amount);
    await user.type(amount, '1.000.000.000');
    await waitFor(() =>
      expect(within(item).queryByText('vượt trần kế hoạch của nguồn NSTW')).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kế hoạch vốn Tỉnh Sơn La năm 2026' }),
    ).toBeInTheDocument();
    expect(bodies[1]).toMatchObject({ lines: [{ amount: 1_000_000_000 }] });
  });

  it('refuses a plan without lines before asking the service', async () => {
    let called = false;
    server.use(
      ...referenceHandlers,
      http.post(api('/capital-plans'), () => {
        called = true;
        return new HttpResponse(null, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderApp('/funding/plans/new', { user: demoUsers.finance });
    await user.click(await screen.findByRole('button', { name: 'Bỏ dòng 1' }));
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    // Ant Design re-renders the list's error as it settles: wait for the one that stays.
    await waitFor(() =>
      expect(screen.getByText('Kế hoạch cần ít nhất một dòng vốn.')).toBeInTheDocument(),
    );
    expect(called).toBe(false);
  });
});
