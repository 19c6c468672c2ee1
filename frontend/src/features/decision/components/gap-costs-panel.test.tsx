import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp, renderWithProviders } from '@/testing/render';

import type { CommuneGapCost, DistrictRanking, EstimateRequest } from '../api/types';
import { api, problem, referenceHandlers } from '../testing/fixtures';

import { DistrictGapRanking, ScorecardGapCost } from './gap-costs-panel';

vi.setConfig({ testTimeout: 60_000 });

const ranking: DistrictRanking = {
  districtCode: '125',
  year: 2025,
  criteriaSetCode: 'sonla-ntm-nang-cao-xa-2018-2020',
  degraded: [],
  communes: [
    {
      rank: 1,
      unitCode: '04120',
      unitName: 'Xã Chiềng Ban',
      pilot: true,
      standardReached: false,
      criteriaStillNeeded: 1,
      costToStandard: 1_250_000_000,
      criteriaUnpriced: [],
      allocatedThisYear: 300_000_000,
      assessmentId: 41,
      explanationVi: 'Còn thiếu 1 tiêu chí, chi phí 1.250 triệu đồng.',
      explanationEn: 'One criterion short.',
    },
    {
      rank: 2,
      unitCode: '04144',
      unitName: 'Xã Chiềng Mung',
      pilot: false,
      standardReached: false,
      criteriaStillNeeded: 2,
      costToStandard: null,
      criteriaUnpriced: ['17'],
      allocatedThisYear: null,
      assessmentId: 42,
      explanationVi: 'Tiêu chí 17 chưa có giá.',
      explanationEn: 'Criterion 17 is not priced.',
    },
  ],
};

const gap: CommuneGapCost = {
  assessmentId: 42,
  unitCode: '04144',
  unitName: 'Xã Chiềng Mung',
  districtCode: '125',
  pilot: false,
  year: 2020,
  state: 'RECOGNISED',
  criteriaSetCode: 'sonla-ntm-nang-cao-xa-2018-2020',
  criteriaSetVersion: 2,
  criteriaMet: 17,
  criteriaTotal: 19,
  criteriaRequired: 19,
  criteriaStillNeeded: 2,
  standardReached: false,
  costToStandard: null,
  criteriaForStandard: [],
  costOfAllPriced: 0,
  criteriaPriced: 0,
  criteriaUnpriced: ['17'],
  criteria: [
    {
      criterionCode: '17',
      priced: false,
      total: null,
      byField: {},
      indicators: [
        {
          indicatorCode: '17.1',
          criterionCode: '17',
          status: 'NOT_MET',
          cost: null,
          fieldCode: null,
          basis: 'NONE',
          sources: [],
          howVi: 'Chưa có ước tính và chưa có đơn giá.',
          howEn: 'No estimate and no unit cost.',
        },
      ],
    },
  ],
  estimates: [],
  explanationVi: 'Chưa tính được: tiêu chí 17 chưa có giá.',
  explanationEn: 'Not priced: criterion 17.',
};

describe('gap costs', () => {
  it('ranks a district’s communes by the cost to the standard, and takes its estimate for an open indicator', async () => {
    const estimates: { body: EstimateRequest; ifMatch: string | null }[] = [];
    server.use(
      ...referenceHandlers,
      http.get(api('/decision/districts/125/ranking'), () => HttpResponse.json(ranking)),
      http.get(api('/gap-costs/assessments/42'), () => HttpResponse.json(gap)),
      http.put(api('/gap-costs/assessments/42/estimates/17.1'), async ({ request }) => {
        estimates.push({
          body: (await request.json()) as EstimateRequest,
          ifMatch: request.headers.get('If-Match'),
        });
        return estimates.length === 1
          ? problem(400, { errors: [{ field: 'amount', message: 'phải lớn hơn 0' }] })
          : HttpResponse.json({ id: 1, version: 0 });
      }),
    );
    const user = userEvent.setup();
    renderApp('/decision?tab=gapCosts', { user: demoUsers.district125 });
    // A district sees only its own questions: no proposal, no scenarios.
    expect(await screen.findByRole('tab', { name: 'Chi phí đạt chuẩn' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Đề xuất phân bổ' })).not.toBeInTheDocument();

    const first = (await screen.findByRole('cell', { name: /Xã Chiềng Ban/ })).closest('tr')!;
    expect(within(first).getByText('1.250')).toBeInTheDocument();
    expect(within(first).getByText('300')).toBeInTheDocument();
    const second = screen.getByRole('cell', { name: 'Xã Chiềng Mung' }).closest('tr')!;
    expect(within(second).getByText('Chưa có giá: 17')).toBeInTheDocument();

    await user.click(within(second).getByRole('button', { name: 'Chi tiết: Xã Chiềng Mung' }));
    expect(await screen.findByText('Chưa có ước tính và chưa có đơn giá.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi ước tính 17.1' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Nhập số tiền hoặc khối lượng.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Số tiền (triệu đồng)'), '450');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('phải lớn hơn 0')).toBeInTheDocument();
    expect(estimates[0]).toEqual({ body: { amount: 450_000_000, sources: [] }, ifMatch: null });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã ghi ước tính.')).toBeInTheDocument();
  });

  it('shows on the scorecard what reaching the standard costs the commune, and says so when it has no assessment of the set', async () => {
    const asked: (string | null)[] = [];
    server.use(
      ...referenceHandlers,
      http.get(api('/decision/communes/04144/gap-cost'), ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('criteriaSetCode'));
        return HttpResponse.json({
          unitCode: '04144',
          criteriaSetCode: gap.criteriaSetCode,
          gapCost: gap,
          degraded: [],
        });
      }),
      http.get(api('/decision/communes/04145/gap-cost'), () =>
        HttpResponse.json({
          unitCode: '04145',
          criteriaSetCode: gap.criteriaSetCode,
          gapCost: null,
          degraded: [],
        }),
      ),
      http.get(api('/gap-costs/assessments/42'), () => HttpResponse.json(gap)),
    );
    renderWithProviders(<ScorecardGapCost code="04144" />, { user: demoUsers.coordinator });
    expect(await screen.findByText('Chưa tính được: tiêu chí 17 chưa có giá.')).toBeInTheDocument();
    expect(screen.getByText('Xã Chiềng Mung: chi phí để đạt chuẩn')).toBeInTheDocument();
    expect(asked).toEqual([gap.criteriaSetCode]);

    renderWithProviders(<ScorecardGapCost code="04145" />, { user: demoUsers.coordinator });
    expect(
      await screen.findByText(
        `Xã chưa có hồ sơ đánh giá theo bộ tiêu chí ${gap.criteriaSetCode}, nên chưa tính được chi phí để đạt chuẩn.`,
      ),
    ).toBeInTheDocument();
  });

  it('ranks the communes on the district dashboard for its year', async () => {
    const years: (string | null)[] = [];
    server.use(
      ...referenceHandlers,
      http.get(api('/decision/districts/125/ranking'), ({ request }) => {
        years.push(new URL(request.url).searchParams.get('year'));
        return HttpResponse.json(ranking);
      }),
    );
    renderWithProviders(<DistrictGapRanking districtCode="125" year={2020} />, {
      user: demoUsers.district125,
    });
    const first = (await screen.findByRole('cell', { name: /Xã Chiềng Ban/ })).closest('tr')!;
    expect(within(first).getByText('1.250')).toBeInTheDocument();
    expect(years).toEqual(['2020']);
  });
});
