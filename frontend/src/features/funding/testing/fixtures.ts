import { http, HttpResponse } from 'msw';

import { TEST_API } from '@/testing/render';

export const api = (path: string) => `${TEST_API}/api/v1${path}`;

export function problem(status: number, body: Record<string, unknown>) {
  return HttpResponse.json(
    { type: '/problems/x', title: 'Problem', status, ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Reference data every funding screen reads: units, sources, spending fields. */
export const referenceHandlers = [
  http.get(api('/units'), ({ request }) => {
    const level = new URL(request.url).searchParams.get('level');
    return HttpResponse.json({
      items:
        level === 'DISTRICT'
          ? [{ code: '125', name: 'Huyện Mai Sơn', level: 'DISTRICT', parentCode: '14' }]
          : [{ code: '04120', name: 'Xã Chiềng Mung', level: 'COMMUNE', parentCode: '125' }],
      page: 0,
      size: 500,
      total: 1,
    });
  }),
  http.get(api('/funding-sources'), () =>
    HttpResponse.json([
      { code: 'NSTW', nameVi: 'Ngân sách trung ương', kind: 'BUDGET' },
      { code: 'DAN', nameVi: 'Nhân dân đóng góp', kind: 'MOBILISED' },
    ]),
  ),
  http.get(api('/spending-fields'), () =>
    HttpResponse.json([{ code: 'GT', nameVi: 'Giao thông', infrastructure: true }]),
  ),
];
