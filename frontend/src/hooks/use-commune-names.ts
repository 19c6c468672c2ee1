import { useQueries } from '@tanstack/react-query';

import { referenceDateOf } from '@/config/programme';
import { unitsQueryOptions } from '@/hooks/use-unit-names';
import { useApiClient } from '@/lib/api-context';

/** Communes' names for each year a list shows (a code may name another unit in another year). */
export function useCommuneNames(
  years: readonly number[],
): (code: string, year: number) => string | undefined {
  const client = useApiClient();
  const distinct = [...new Set(years)].sort();
  const results = useQueries({
    queries: distinct.map((year) =>
      unitsQueryOptions(client, 'COMMUNE', referenceDateOf(Math.min(year, 2025))),
    ),
  });
  const byYear = new Map(
    distinct.map((year, i) => [
      year,
      new Map((results[i]?.data?.items ?? []).map((u) => [u.code ?? '', u.name ?? ''])),
    ]),
  );
  return (code, year) => byYear.get(year)?.get(code);
}
