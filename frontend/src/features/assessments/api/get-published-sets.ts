import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';

/** The catalogue's sets with their versions (`GET /api/v1/criteria-sets`); callers keep PUBLISHED ones. */
export function criteriaSetsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['criteria-sets', 'for-assessments'] as const,
    queryFn: ({ signal }) =>
      data(client.GET('/api/v1/criteria-sets', { params: { query: { size: '200' } }, signal })),
  });
}

export function usePublishedVersions() {
  const query = useQuery(criteriaSetsQueryOptions(useApiClient()));
  const versions = (query.data?.items ?? []).flatMap((set) =>
    (set.versions ?? [])
      .filter((v) => v.status === 'PUBLISHED')
      .map((v) => ({
        code: set.code ?? '',
        version: v.version ?? 0,
        name: set.nameVi ?? set.code ?? '',
        nameEn: set.nameEn ?? set.nameVi ?? set.code ?? '',
        period: v.period ?? '',
        legal: v.legalBasisNumber ?? '',
      })),
  );
  return { ...query, versions };
}
