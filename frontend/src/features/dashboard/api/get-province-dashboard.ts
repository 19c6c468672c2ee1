import { queryOptions, useQuery } from '@tanstack/react-query';

import { PROVINCE_CODE } from '@/config/programme';
import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type ProvinceDashboard = components['schemas']['ProvinceDashboard'];
export type Target = components['schemas']['Target'];
export type CommuneFact = components['schemas']['AssessmentCommuneFact'];

/** The gateway's province view of a year (`GET /api/v1/dashboard/province?year=`). */
export function provinceDashboardQueryOptions(client: ApiClient, year: number) {
  return queryOptions({
    queryKey: queryKeys.dashboard.province(year),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/dashboard/province', {
          params: { query: { year: String(year), provinceCode: PROVINCE_CODE } },
          signal,
        }),
      ),
  });
}

export function useProvinceDashboard(year: number) {
  return useQuery(provinceDashboardQueryOptions(useApiClient(), year));
}

/** `assessmentsByState` is declared as a bare JSON node in the merged OpenAPI; it is state → count. */
export function stateCounts(dashboard: ProvinceDashboard): Record<string, number> {
  const raw = dashboard.assessmentsByState as unknown;
  if (!raw || typeof raw !== 'object') return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
}
