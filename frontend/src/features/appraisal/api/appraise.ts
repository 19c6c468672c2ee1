import { useMutation, useQueryClient } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { AFTER_ASSESSMENT_CHANGE, queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type AppraisalInput = components['schemas']['AppraisalInput'];
export type Assessment = components['schemas']['Assessment'];

/**
 * A department's verdict on one of its criteria (`POST /api/v1/assessments/{id}/appraisals`). No
 * If-Match: verdicts of different departments do not conflict, and the service orders them.
 */
export function useAppraise(assessmentId: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AppraisalInput) =>
      data(
        client.POST('/api/v1/assessments/{id}/appraisals', {
          params: { path: { id: String(assessmentId) } },
          body,
        }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.assessments.detail(assessmentId), updated);
      await Promise.all(
        AFTER_ASSESSMENT_CHANGE.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}
