import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

import type { WhatIfReport } from '../api/types';
import { api, referenceHandlers } from '../testing/fixtures';

vi.setConfig({ testTimeout: 60_000 });

const report: WhatIfReport = {
  target: { code: 'sonla-ntm-nang-cao-xa-2018-2020', version: 3 },
  communes: 2,
  gains: 0,
  loses: 1,
  stillReaches: 1,
  stillShort: 0,
  indicatorsMostCausing: { '17.3': 1 },
  summaryVi: '1 xã sẽ mất chuẩn theo phiên bản 3.',
  summaryEn: '1 commune would lose the standard under version 3.',
  outcomes: [
    {
      unitCode: '04120',
      name: 'Xã Chiềng Ban',
      assessedAgainst: { code: 'sonla-ntm-nang-cao-xa-2018-2020', version: 2 },
      scoreBefore: '19/19',
      reachedBefore: true,
      scoreAfter: '18/19',
      reachedAfter: false,
      criteriaRequiredAfter: 19,
      change: 'LOSES',
      causes: [
        {
          indicatorCode: '17.3',
          criterionCode: '17',
          reason: 'THRESHOLD_CHANGED',
          before: 'MET',
          after: 'NOT_MET',
          thresholdBefore: '≥ 80',
          thresholdAfter: '≥ 90',
          value: '85',
          explanationVi: 'Ngưỡng tăng từ 80 lên 90; xã đạt 85.',
          explanationEn: 'Threshold raised from 80 to 90; the commune has 85.',
        },
      ],
      missingBecauseNew: ['17.9'],
      missingAlso: [],
      explanationVi: 'Xã Chiềng Ban sẽ mất chuẩn vì chỉ tiêu 17.3.',
      explanationEn: 'Chiềng Ban would lose the standard because of 17.3.',
    },
  ],
};

describe('what-if under another version', () => {
  it('judges the communes again under a draft, with the causes and the missing values', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      ...referenceHandlers,
      http.get(api('/decision/what-if'), ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json(report);
      }),
    );
    const user = userEvent.setup();
    renderApp('/decision?tab=whatIf', { user: demoUsers.coordinator });
    expect(
      await screen.findByText('Chọn bộ tiêu chí và phiên bản để xem các xã sẽ được hay mất chuẩn.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Đánh giá theo phiên bản' }));
    await user.click(
      await screen.findByTitle('Bộ tiêu chí xã NTM nâng cao 2018–2020 — phiên bản 3 (DRAFT)'),
    );
    expect(await screen.findByText('1 xã sẽ mất chuẩn theo phiên bản 3.')).toBeInTheDocument();
    expect(asked[0]?.get('criteriaSetCode')).toBe('sonla-ntm-nang-cao-xa-2018-2020');
    expect(asked[0]?.get('version')).toBe('3');
    expect(asked[0]?.get('fromSetCode')).toBe('sonla-ntm-nang-cao-xa-2018-2020');
    const row = screen.getByRole('cell', { name: 'Xã Chiềng Ban' }).closest('tr')!;
    expect(within(row).getByText('Mất chuẩn')).toBeInTheDocument();
    expect(within(row).getByText(/Ngưỡng tăng từ 80 lên 90/)).toBeInTheDocument();
    expect(within(row).getByText('17.9')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Tải Excel/ })).toBeInTheDocument();
  });
});
