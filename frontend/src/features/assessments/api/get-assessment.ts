import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type Assessment = components['schemas']['Assessment'];
export type IndicatorValueView = components['schemas']['IndicatorValueView'];
export type Evidence = components['schemas']['Evidence'];

/** The assessment's ETag: its version, quoted, as the service sends it (`ETag: "6"`). */
export const etagOf = (assessment: Pick<Assessment, 'version'>) => `"${assessment.version ?? 0}"`;

export function fetchAssessment(client: ApiClient, id: number, signal?: AbortSignal) {
  return data(
    client.GET('/api/v1/assessments/{id}', { params: { path: { id: String(id) } }, signal }),
  );
}

/** One assessment with its values, evaluation and verdicts (`GET /api/v1/assessments/{id}`). */
export function assessmentQueryOptions(client: ApiClient, id: number) {
  return queryOptions({
    queryKey: queryKeys.assessments.detail(id),
    queryFn: ({ signal }) => fetchAssessment(client, id, signal),
    // An assessment being edited must never be replaced behind the user's back by a stale cache.
    staleTime: 0,
  });
}

export function useAssessment(id: number) {
  return useQuery(assessmentQueryOptions(useApiClient(), id));
}
