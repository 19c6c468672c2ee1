import { http, HttpResponse } from 'msw';

import { TEST_API } from '@/testing/render';

import type { Proposal, Scenario, ScenarioComparison } from '../api/types';

export const api = (path: string) => `${TEST_API}/api/v1${path}`;

export function problem(status: number, body: Record<string, unknown>) {
  return HttpResponse.json(
    { type: '/problems/x', title: 'Problem', status, ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const SET = 'sonla-ntm-nang-cao-xa-2018-2020';

/** What every decision screen reads: sets, units, funding sources and fields. */
export const referenceHandlers = [
  http.get(api('/criteria-sets'), () =>
    HttpResponse.json({
      items: [
        {
          code: SET,
          nameVi: 'Bộ tiêu chí xã NTM nâng cao 2018–2020',
          level: 'ADVANCED',
          latestPublishedVersion: 2,
          versions: [
            { version: 2, status: 'PUBLISHED' },
            { version: 3, status: 'DRAFT' },
          ],
        },
      ],
      page: 0,
      size: 500,
      total: 1,
    }),
  ),
  http.get(api('/units'), ({ request }) => {
    const level = new URL(request.url).searchParams.get('level');
    return HttpResponse.json({
      items:
        level === 'DISTRICT'
          ? [{ code: '125', name: 'Huyện Mai Sơn', level: 'DISTRICT', parentCode: '14' }]
          : [
              { code: '04120', name: 'Xã Chiềng Ban', level: 'COMMUNE', parentCode: '125' },
              { code: '04144', name: 'Xã Chiềng Mung', level: 'COMMUNE', parentCode: '125' },
            ],
      page: 0,
      size: 500,
      total: 2,
    });
  }),
  http.get(api('/funding-sources'), () =>
    HttpResponse.json([
      { code: 'NSTW_DTPT', nameVi: 'Ngân sách trung ương (đầu tư phát triển)', kind: 'BUDGET' },
      { code: 'NS_TINH', nameVi: 'Ngân sách tỉnh', kind: 'BUDGET' },
    ]),
  ),
  http.get(api('/spending-fields'), () =>
    HttpResponse.json([
      { code: 'HT_GIAO_THONG', nameVi: 'Hạ tầng giao thông', infrastructure: true },
      { code: 'VAN_HOA', nameVi: 'Văn hoá', infrastructure: false },
    ]),
  ),
];

export const proposal: Proposal = {
  feasible: true,
  method: 'DYNAMIC_PROGRAMMING',
  provenOptimal: true,
  searchNodes: 12,
  score: { pilotsReached: 1, communesReached: 1, criteriaClosed: 2, cost: 1_250_000_000 },
  year: 2020,
  budgetTotal: 20_000_000_000,
  proposedTotal: 1_250_000_000,
  infrastructureProposed: 900_000_000,
  infrastructureCap: 8_000_000_000,
  sources: [{ sourceCode: 'NSTW_DTPT', available: 20_000_000_000, proposed: 1_250_000_000 }],
  communes: [
    {
      unitCode: '04120',
      name: 'Xã Chiềng Ban',
      pilot: true,
      pinned: false,
      excluded: false,
      criteriaMet: 17,
      criteriaRequired: 19,
      alreadyReached: false,
      reachesStandard: true,
      criteriaClosed: ['2', '6'],
      cost: 1_250_000_000,
      explanationVi:
        'Xã Chiềng Ban (xã thí điểm) được chọn vì còn thiếu 2 tiêu chí để đạt chuẩn; hoàn thành 2 tiêu chí (6, 2) với tổng chi phí 1.250 triệu đồng.',
      explanationEn: 'Chiềng Ban (pilot) is chosen: 2 criteria short of the standard.',
    },
  ],
  lines: [
    {
      unitCode: '04120',
      criterionCode: '2',
      fieldCode: 'HT_GIAO_THONG',
      sourceCode: 'NSTW_DTPT',
      amount: 900_000_000,
    },
    {
      unitCode: '04120',
      criterionCode: '6',
      fieldCode: 'VAN_HOA',
      sourceCode: 'NSTW_DTPT',
      amount: 350_000_000,
    },
  ],
  summaryVi: '1 xã đạt chuẩn mới (1 xã thí điểm), 2 tiêu chí hoàn thành, 1.250 triệu đồng.',
  summaryEn: '1 commune newly reaches the standard.',
};

export function scenario(id: number, status: Scenario['status'] = 'PROPOSED'): Scenario {
  return {
    id,
    year: 2020,
    provinceCode: '14',
    title: `Phương án ${id}`,
    status,
    budgetTotal: 20_000_000_000,
    proposedTotal: 1_250_000_000,
    summaryVi: proposal.summaryVi,
    summaryEn: proposal.summaryEn,
    createdBy: 'coordinator',
    createdAt: '2026-11-29T01:00:00Z',
    decidedBy: status === 'PROPOSED' ? null : 'coordinator',
    decidedAt: status === 'PROPOSED' ? null : '2026-11-29T02:00:00Z',
    version: status === 'PROPOSED' ? 0 : 1,
    result: proposal,
    lines: proposal.lines.map((l, i) => ({
      lineNo: i + 1,
      recipientCode: l.unitCode,
      criterionCode: l.criterionCode,
      fieldCode: l.fieldCode,
      sourceCode: l.sourceCode,
      amount: l.amount,
      status: status === 'ACCEPTED' ? 'DRAFT' : 'PROPOSED',
    })),
  };
}

export const comparison: ScenarioComparison = {
  a: {
    id: 7,
    title: 'Phương án 7',
    status: 'PROPOSED',
    budgetTotal: 20_000_000_000,
    proposedTotal: 1_250_000_000,
    communesReached: 1,
    criteriaClosed: 2,
  },
  b: {
    id: 8,
    title: 'Phương án 8',
    status: 'PROPOSED',
    budgetTotal: 10_000_000_000,
    proposedTotal: 350_500_000,
    communesReached: 0,
    criteriaClosed: 1,
  },
  communes: [
    {
      unitCode: '04120',
      name: 'Xã Chiềng Ban',
      amountA: 1_250_000_000,
      amountB: 350_500_000,
      criteriaA: ['2', '6'],
      criteriaB: ['6'],
      reachesA: true,
      reachesB: false,
      change: 'DIFFERENT',
    },
  ],
  sources: [{ sourceCode: 'NSTW_DTPT', amountA: 1_250_000_000, amountB: 350_500_000 }],
  summaryVi: 'A đưa 1 xã đạt chuẩn, B không xã nào.',
  summaryEn: 'A brings 1 commune to the standard, B none.',
};
