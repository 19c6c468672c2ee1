import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp, TEST_API } from '@/testing/render';

vi.setConfig({ testTimeout: 60_000 });

const api = (path: string) => `${TEST_API}/api/v1${path}`;

const open = {
  id: 11,
  version: 3,
  unitCode: '04120',
  districtCode: '125',
  criterionCode: '2',
  title: 'Thiếu vốn làm đường trục xã',
  description: 'Còn 2,5 km đường chưa cứng hoá.',
  status: 'OPEN',
  raisedBy: 'commune-04120',
  raisedAt: '2026-11-20T02:00:00Z',
};

const units = http.get(api('/units'), ({ request }) =>
  HttpResponse.json({
    items:
      new URL(request.url).searchParams.get('level') === 'DISTRICT'
        ? [{ code: '125', name: 'Huyện Mai Sơn' }]
        : [{ code: '04120', name: 'Xã Chiềng Ban', parentCode: '125' }],
  }),
);

describe('obstacles', () => {
  it('lets the coordination office answer with the version it read, and shows the answer', async () => {
    let answered: { body: unknown; ifMatch: string | null } | null = null;
    server.use(
      units,
      http.get(api('/obstacles'), () =>
        HttpResponse.json({
          items: answered
            ? [
                {
                  ...open,
                  status: 'ANSWERED',
                  answer: 'Tỉnh bổ sung vốn năm 2027.',
                  answeredBy: 'coordinator',
                  answeredAt: '2026-11-21T03:00:00Z',
                  version: 4,
                },
              ]
            : [open],
          total: 1,
        }),
      ),
      http.post(api('/obstacles/11/answer'), async ({ request }) => {
        answered = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json({ ...open, status: 'ANSWERED' });
      }),
    );
    const user = userEvent.setup();
    renderApp('/obstacles', { user: demoUsers.coordinator });
    const row = (await screen.findByText('Thiếu vốn làm đường trục xã')).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText('Xã Chiềng Ban')).toBeInTheDocument();
    expect(within(row).getByText('Huyện Mai Sơn')).toBeInTheDocument();
    // The coordinator answers; it raises nothing.
    expect(screen.queryByRole('button', { name: /Nêu khó khăn/ })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Trả lời' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi trả lời' }));
    expect(await within(dialog).findByText('Hãy nhập nội dung trả lời.')).toBeInTheDocument();
    expect(answered).toBeNull();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Nội dung trả lời' }),
      'Tỉnh bổ sung vốn năm 2027.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Gửi trả lời' }));
    await waitFor(() => expect(answered).not.toBeNull());
    expect(answered!.ifMatch).toBe('"3"');
    expect(answered!.body).toEqual({ answer: 'Tỉnh bổ sung vốn năm 2027.' });
    expect(await screen.findByText('Tỉnh bổ sung vốn năm 2027.')).toBeInTheDocument();
  });

  it('lets a commune raise one for itself, with the service’s field errors under the fields', async () => {
    const bodies: unknown[] = [];
    server.use(
      units,
      http.get(api('/obstacles'), () => HttpResponse.json({ items: [], total: 0 })),
      http.post(api('/obstacles'), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          {
            type: '/problems/x',
            title: 'Invalid request',
            status: 400,
            errors: [{ field: 'criterionCode', message: 'no criterion 99 in the current set' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const user = userEvent.setup();
    renderApp('/obstacles', { user: demoUsers.commune04120 });
    expect(await screen.findByText('Không có khó khăn, vướng mắc nào.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Nêu khó khăn/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Tiêu chí liên quan (nếu có)' }),
      '99',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Tiêu đề' }), 'Thiếu giáo viên');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Mô tả' }),
      'Trường mầm non thiếu 2 giáo viên.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Gửi' }));
    const criterion = within(dialog).getByRole('textbox', { name: 'Tiêu chí liên quan (nếu có)' });
    expect(
      await within(criterion.closest('.ant-form-item') as HTMLElement).findByText(
        'no criterion 99 in the current set',
      ),
    ).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        unitCode: '04120',
        criterionCode: '99',
        title: 'Thiếu giáo viên',
        description: 'Trường mầm non thiếu 2 giáo viên.',
      },
    ]);
  });
});
