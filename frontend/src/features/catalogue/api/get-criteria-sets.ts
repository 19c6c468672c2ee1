import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';

import type { SetLevel, VersionStatus } from './types';

export type CriteriaSetFilter = { status?: VersionStatus; level?: SetLevel };

export const criteriaSetsKey = ['criteria-sets'] as const;

export function criteriaSetsQueryOptions(client: ApiClient, filter: CriteriaSetFilter = {}) {
  return queryOptions({
    queryKey: [...criteriaSetsKey, 'list', filter],
    // A province has a handful of sets: one page of the largest size holds them all.
    queryFn: () =>
      data(client.GET('/api/v1/criteria-sets', { params: { query: { ...filter, size: '500' } } })),
  });
}

export function useCriteriaSets(filter: CriteriaSetFilter = {}) {
  return useQuery(criteriaSetsQueryOptions(useApiClient(), filter));
}
