import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';

/**
 * Funding sources and fields of spending: reference lists the funding and decision-support areas
 * both show. Read once per session under one key each, so moving between the areas reads nothing
 * again.
 */
const keys = {
  sources: ['funding', 'sources'] as const,
  fields: ['funding', 'fields'] as const,
};

export function sourcesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: keys.sources,
    queryFn: ({ signal }) => data(client.GET('/api/v1/funding-sources', { signal })),
    staleTime: Infinity,
  });
}

export function useFundingSources() {
  return useQuery(sourcesQueryOptions(useApiClient()));
}

export function useSpendingFields() {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.fields,
    queryFn: ({ signal }) => data(client.GET('/api/v1/spending-fields', { signal })),
    staleTime: Infinity,
  });
}
