import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';

import { criteriaSetsKey } from './get-criteria-sets';

/** `from` and `to` as `code:version`. */
export function diffQueryOptions(client: ApiClient, from: string, to: string) {
  return queryOptions({
    queryKey: [...criteriaSetsKey, 'diff', from, to],
    queryFn: () =>
      data(client.GET('/api/v1/criteria-sets/diff', { params: { query: { from, to } } })),
  });
}

export function useCriteriaSetDiff(from: string | null, to: string | null) {
  const client = useApiClient();
  return useQuery({ ...diffQueryOptions(client, from ?? '', to ?? ''), enabled: !!from && !!to });
}
