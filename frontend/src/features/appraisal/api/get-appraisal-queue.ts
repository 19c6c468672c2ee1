import { useQueries } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type AssessmentSummary = components['schemas']['AssessmentSummary'];
export type Assessment = components['schemas']['Assessment'];

export type QueueTab = 'waiting' | 'appraised' | 'all';

const STATES: Record<QueueTab, string[]> = {
  waiting: ['SUBMITTED', 'IN_APPRAISAL'],
  appraised: ['APPRAISED'],
  all: [''],
};

/**
 * The assessments an appraiser works on (`GET /api/v1/assessments?state=`, one request per state):
 * a department sees only submitted ones; the service narrows the list.
 */
export function useAppraisalQueue(tab: QueueTab) {
  const client = useApiClient();
  const results = useQueries({
    queries: STATES[tab].map((state) => ({
      queryKey: queryKeys.assessments.list({ state, size: 200, page: 0, queue: true }),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        data(
          client.GET('/api/v1/assessments', {
            params: { query: { ...(state ? { state } : {}), size: '200', page: '0' } },
            signal,
          }),
        ),
    })),
  });
  const items = results
    .flatMap((r) => r.data?.items ?? [])
    .filter((a) => a.state !== 'DRAFT')
    .sort(
      (a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.unitCode ?? '').localeCompare(b.unitCode ?? ''),
    );
  return {
    items,
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.isError)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}

/** The assessments in full, to count what is still waiting for the user's department. */
export function useAssessmentDetails(ids: readonly number[]) {
  const client = useApiClient();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.assessments.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        data(
          client.GET('/api/v1/assessments/{id}', { params: { path: { id: String(id) } }, signal }),
        ),
    })),
  });
}
