import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type Unit = components['schemas']['Unit'];

/** The units of one level on a date (`GET /api/v1/units`), at most 500 (Sơn La has 204 communes). */
export function unitsQueryOptions(client: ApiClient, level: 'COMMUNE' | 'DISTRICT', at: string) {
  return queryOptions({
    queryKey: queryKeys.units(level, at),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/units', {
          params: { query: { level, at, size: '500' } },
          signal,
        }),
      ),
    // Units are seed data: they do not change while the app runs.
    staleTime: Infinity,
  });
}

/** code → name of the units valid on `at`; empty while loading (callers show the code meanwhile). */
export function useUnitNames(level: 'COMMUNE' | 'DISTRICT', at: string): Map<string, string> {
  const client = useApiClient();
  const query = useQuery(unitsQueryOptions(client, level, at));
  return useMemo(
    () => new Map((query.data?.items ?? []).map((unit) => [unit.code ?? '', unit.name ?? ''])),
    [query.data],
  );
}

export function useUnits(level: 'COMMUNE' | 'DISTRICT', at: string) {
  const client = useApiClient();
  return useQuery(unitsQueryOptions(client, level, at));
}
