import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type CriteriaSetVersion = components['schemas']['CriteriaSetVersion'];
export type IndicatorDocument = components['schemas']['IndicatorDocument'];
export type CriterionDocument = components['schemas']['CriterionDocument'];

/**
 * The published set version an assessment pins (`GET /api/v1/criteria-sets/{code}/versions/{v}`):
 * groups, criteria and indicators with kind, unit, thresholds and provenance. Published versions
 * never change, so the answer is kept for the session.
 */
export function criteriaVersionQueryOptions(client: ApiClient, code: string, version: number) {
  return queryOptions({
    queryKey: queryKeys.criteriaVersion(code, version),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/criteria-sets/{code}/versions/{version}', {
          params: { path: { code, version } },
          signal,
        }),
      ),
    staleTime: Infinity,
  });
}

export function useCriteriaVersion(code: string | undefined, version: number | undefined) {
  const client = useApiClient();
  return useQuery({
    ...criteriaVersionQueryOptions(client, code ?? '', version ?? 0),
    enabled: !!code && !!version,
  });
}
