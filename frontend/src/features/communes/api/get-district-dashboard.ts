import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type DistrictDashboard = components['schemas']['DistrictDashboard'];
export type DistrictDashboardCommune = components['schemas']['DistrictDashboardCommune'];

/** The gateway's view of one district in a year (`GET /api/v1/dashboard/districts/{code}?year=`). */
export function districtDashboardQueryOptions(client: ApiClient, code: string, year: number) {
  return queryOptions({
    queryKey: queryKeys.dashboard.district(code, year),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/dashboard/districts/{code}', {
          params: { path: { code }, query: { year: String(year) } },
          signal,
        }),
      ),
  });
}

export function useDistrictDashboard(code: string | undefined, year: number) {
  const client = useApiClient();
  return useQuery({
    ...districtDashboardQueryOptions(client, code ?? '', year),
    enabled: !!code,
  });
}

/** Several districts side by side (the province's commune list): one request each, in parallel. */
export function useDistrictDashboards(codes: readonly string[], year: number) {
  const client = useApiClient();
  return useQueries({
    queries: codes.map((code) => districtDashboardQueryOptions(client, code, year)),
  });
}
