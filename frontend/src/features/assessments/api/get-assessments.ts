import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type AssessmentSummary = components['schemas']['AssessmentSummary'];

export type AssessmentFilters = {
  year?: number | undefined;
  state?: string | undefined;
  districtCode?: string | undefined;
  unitCode?: string | undefined;
  page: number;
  size: number;
};

/** A page of assessments (`GET /api/v1/assessments`), already narrowed to the caller's scope by the service. */
export function assessmentsQueryOptions(client: ApiClient, filters: AssessmentFilters) {
  return queryOptions({
    queryKey: queryKeys.assessments.list(filters),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/assessments', {
          params: {
            query: {
              ...(filters.year ? { year: String(filters.year) } : {}),
              ...(filters.state ? { state: filters.state } : {}),
              ...(filters.districtCode ? { districtCode: filters.districtCode } : {}),
              ...(filters.unitCode ? { unitCode: filters.unitCode } : {}),
              page: String(filters.page),
              size: String(filters.size),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAssessments(filters: AssessmentFilters) {
  return useQuery(assessmentsQueryOptions(useApiClient(), filters));
}
