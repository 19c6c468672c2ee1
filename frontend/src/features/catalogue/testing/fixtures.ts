import { http, HttpResponse } from 'msw';

import { TEST_API } from '@/testing/render';
import type { components } from '@/types/api';

type Version = components['schemas']['CriteriaSetVersion'];

/** A small draft in the service's exchange format: two groups, two criteria, three indicators. */
export function draftVersion(overrides: Partial<Version> = {}): Version {
  return {
    code: 'sonla-ntm-nang-cao-xa-2018-2020',
    version: 2,
    status: 'DRAFT',
    nameVi: 'Bộ tiêu chí xã NTM nâng cao tỉnh Sơn La 2018-2020',
    nameEn: 'Sơn La advanced set 2018-2020',
    level: 'ADVANCED',
    period: '2018-2020',
    region: 'TDMNPB',
    legalBasis: { number: '2290/QĐ-UBND', date: '2018-09-19', issuer: 'UBND tỉnh Sơn La' },
    derivedFrom: { code: 'ntm-xa-2016-2020', version: 1 },
    recognitionRule: { kind: 'ALL_CRITERIA', textVi: 'Đạt đầy đủ các tiêu chí' },
    provenance: { status: 'SOURCED', source: 'Kế hoạch 111/KH-UBND' },
    revision: 3,
    groups: [
      {
        code: 'I',
        nameVi: 'Quy hoạch',
        criteria: [
          {
            code: '1',
            nameVi: 'Quy hoạch',
            departmentCode: 'sxd',
            provenance: { status: 'RECONSTRUCTED', note: 'Sở phụ trách tái dựng' },
            indicators: [
              {
                code: '1.1',
                nameVi: 'Có quy hoạch chung xây dựng xã',
                kind: 'BOOLEAN',
                provenance: { status: 'SOURCED', source: 'https://example.vn/1980' },
                thresholds: [{ comparator: 'achieved', provenance: { status: 'SOURCED' } }],
              },
            ],
          },
        ],
      },
      {
        code: 'II',
        nameVi: 'Hạ tầng kinh tế - xã hội',
        criteria: [
          {
            code: '2',
            nameVi: 'Giao thông',
            departmentCode: 'sgtvt',
            provenance: {
              status: 'VERIFIED',
              verifiedBy: 'Nguyễn Văn A',
              verifiedOn: '2026-11-20',
              verifiedAgainst: '2290/QĐ-UBND',
            },
            indicators: [
              {
                code: '2.1',
                nameVi: 'Đường xã được nhựa hóa',
                kind: 'PERCENT',
                unit: '%',
                provenance: { status: 'SOURCED' },
                thresholds: [
                  {
                    comparator: '>=',
                    value: 100,
                    unit: '%',
                    provenance: { status: 'RECONSTRUCTED' },
                  },
                ],
              },
              {
                code: '2.2',
                nameVi: 'Đường trục thôn được cứng hóa',
                kind: 'PERCENT',
                unit: '%',
                provenance: { status: 'NOT_FOUND' },
                thresholds: [
                  { provenance: { status: 'NOT_FOUND', note: 'Chưa tìm thấy văn bản' } },
                ],
              },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export const publishedVersion = (overrides: Partial<Version> = {}) =>
  draftVersion({
    status: 'PUBLISHED',
    code: 'ntm-xa-2016-2020',
    version: 1,
    revision: 1,
    derivedFrom: undefined,
    ...overrides,
  });

const versionPath = (code: string, version: number) =>
  `${TEST_API}/api/v1/criteria-sets/${code}/versions/${version}`;

/** GET of one version, answered with its revision as the ETag, as the service does. */
export function versionHandler(version: Version) {
  return http.get(versionPath(version.code ?? '', version.version ?? 1), () =>
    HttpResponse.json(version, { headers: { ETag: `"${version.revision ?? 0}"` } }),
  );
}

export const departmentsHandler = http.get(`${TEST_API}/api/v1/departments`, () =>
  HttpResponse.json([
    {
      code: 'sxd',
      nameVi: 'Sở Xây dựng',
      nameEn: 'Department of Construction',
      validFrom: '2016-01-01',
    },
    {
      code: 'sgtvt',
      nameVi: 'Sở Giao thông vận tải',
      nameEn: 'Department of Transport',
      validFrom: '2016-01-01',
    },
  ]),
);

export function problem(status: number, body: Record<string, unknown>) {
  return HttpResponse.json(
    { type: '/problems/x', title: 'Problem', status, ...body },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export { versionPath };
