import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

import { api, comparison, problem, referenceHandlers, scenario } from '../testing/fixtures';

vi.setConfig({ testTimeout: 60_000 });

const list = http.get(api('/scenarios'), () =>
  HttpResponse.json([7, 8].map((id) => ({ ...scenario(id), lines: undefined }))),
);

describe('kept scenarios', () => {
  it('compares two side by side, per commune and per source', async () => {
    server.use(
      ...referenceHandlers,
      list,
      http.get(api('/scenarios/7'), () =>
        HttpResponse.json(scenario(7), { headers: { ETag: '"0"' } }),
      ),
      http.get(api('/scenarios/7/compare/8'), () => HttpResponse.json(comparison)),
    );
    renderApp('/decision?tab=scenarios&year=2020&a=7&b=8', { user: demoUsers.finance });
    expect(await screen.findByText('A đưa 1 xã đạt chuẩn, B không xã nào.')).toBeInTheDocument();
    const totals = within(
      screen.getByText('So sánh hai phương án').closest('.ant-card') as HTMLElement,
    )
      .getByRole('cell', { name: 'Đề xuất (triệu đồng)' })
      .closest('tr')!;
    expect(within(totals).getByText('1.250')).toBeInTheDocument();
    expect(within(totals).getByText('350,5')).toBeInTheDocument();
    const card = screen.getByText('So sánh hai phương án').closest('.ant-card') as HTMLElement;
    const commune = within(card).getByRole('cell', { name: 'Xã Chiềng Ban' }).closest('tr')!;
    expect(within(commune).getByText('Khác nhau')).toBeInTheDocument();
    expect(within(commune).getByText('2, 6')).toBeInTheDocument();
    expect(within(commune).getByText('Có')).toBeInTheDocument();
    expect(within(commune).getByText('Không')).toBeInTheDocument();
    const source = screen
      .getByRole('cell', { name: 'Ngân sách trung ương (đầu tư phát triển)' })
      .closest('tr')!;
    expect(within(source).getByText('350,5')).toBeInTheDocument();
  });

  it('accepts one with its ETag: the lines become draft allocations, with the way to funding', async () => {
    const ifMatch: (string | null)[] = [];
    let accepted = false;
    server.use(
      ...referenceHandlers,
      list,
      http.get(api('/scenarios/7'), () =>
        HttpResponse.json(scenario(7, accepted ? 'ACCEPTED' : 'PROPOSED'), {
          headers: { ETag: accepted ? '"1"' : '"0"' },
        }),
      ),
      http.post(api('/scenarios/7/accept'), async ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        const body = (await request.json()) as { reason?: string };
        if (ifMatch.length === 1) {
          return problem(409, { detail: 'Phương án số 5 của năm 2020 đã được chấp nhận.' });
        }
        expect(body.reason).toBe('Theo kết luận họp UBND tỉnh');
        accepted = true;
        return HttpResponse.json(scenario(7, 'ACCEPTED'), { headers: { ETag: '"1"' } });
      }),
    );
    const user = userEvent.setup();
    renderApp('/decision?tab=scenarios&year=2020&a=7', { user: demoUsers.coordinator });
    await screen.findByText('Phương án số 7: Phương án 7');
    await user.click(screen.getByRole('button', { name: 'Chấp nhận → phân bổ dự thảo' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByLabelText('Ghi chú (không bắt buộc)'),
      'Theo kết luận họp UBND tỉnh',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Chấp nhận → phân bổ dự thảo' }));
    // A refusal stays in the dialog, in the service's words.
    expect(
      await within(dialog).findByText('Phương án số 5 của năm 2020 đã được chấp nhận.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Chấp nhận → phân bổ dự thảo' }));
    expect(
      (await screen.findAllByText('Đã chấp nhận: 2 dòng thành phân bổ dự thảo.')).length,
    ).toBeGreaterThan(0);
    expect(ifMatch).toEqual(['"0"', '"0"']);
    expect(screen.getAllByRole('cell', { name: 'Phân bổ dự thảo' })).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Mở Nguồn vốn để ghi các phân bổ/ })).toHaveAttribute(
      'href',
      '/funding',
    );
    expect(
      screen.queryByRole('button', { name: 'Chấp nhận → phân bổ dự thảo' }),
    ).not.toBeInTheDocument();
  });

  it('says so when there is no scenario for the year, and shows a failed list with retry', async () => {
    let calls = 0;
    server.use(
      ...referenceHandlers,
      http.get(api('/scenarios'), () => {
        calls += 1;
        return calls === 1 ? problem(403, { detail: 'lỗi thử' }) : HttpResponse.json([]);
      }),
    );
    const user = userEvent.setup();
    renderApp('/decision?tab=scenarios&year=2020', { user: demoUsers.observer });
    await user.click(await screen.findByRole('button', { name: 'Thử lại' }));
    expect(
      await screen.findByText('Chưa có phương án nào cho năm này. Lập một đề xuất rồi lưu lại.'),
    ).toBeInTheDocument();
  });
});
