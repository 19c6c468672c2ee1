import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';

import type { Department } from './types';

export function departmentsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['departments'],
    // Every department, closed ones too: an old version may name one that no longer exists.
    queryFn: () => data<Department[]>(client.GET('/api/v1/departments')),
    staleTime: 10 * 60_000,
  });
}

export function useDepartments() {
  return useQuery(departmentsQueryOptions(useApiClient()));
}
