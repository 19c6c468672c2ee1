import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type Scorecard = components['schemas']['CommuneScorecard'];
export type LatestAssessment = components['schemas']['LatestAssessment'];
export type CriterionEvaluation = components['schemas']['CriterionEvaluation'];
export type UnitDetail = components['schemas']['UnitDetail'];

/**
 * A commune's scorecard (`GET /api/v1/communes/{code}/scorecard?at=`). `at` picks the unit of that
 * day where a code was reused in 2025; without it, today's unit.
 */
export function scorecardQueryOptions(client: ApiClient, code: string, at: string | undefined) {
  // The gateway takes `at` since commit 425e625; the committed client snapshot predates it.
  const params = { path: { code }, query: at ? { at } : undefined } as unknown as {
    path: { code: string };
  };
  return queryOptions({
    queryKey: queryKeys.scorecard.commune(code, at),
    queryFn: ({ signal }) =>
      data(client.GET('/api/v1/communes/{code}/scorecard', { params, signal })),
  });
}

export function useScorecard(code: string, at: string | undefined) {
  return useQuery(scorecardQueryOptions(useApiClient(), code, at));
}
