import { useMutation, useQueryClient } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { AFTER_ASSESSMENT_CHANGE, queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type NewAssessment = components['schemas']['NewAssessment'];

/** Opens an assessment in DRAFT (`POST /api/v1/assessments`); 409 when the commune has one already. */
export function useCreateAssessment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssessment) => data(client.POST('/api/v1/assessments', { body })),
    onSuccess: async (created) => {
      if (created.id) queryClient.setQueryData(queryKeys.assessments.detail(created.id), created);
      await Promise.all(
        AFTER_ASSESSMENT_CHANGE.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}

/** The id of the existing assessment a 409 names ("… already has assessment 12 …"), if any. */
export function existingAssessmentId(detail: string | undefined): number | null {
  const match = /already has assessment (\d+)/.exec(detail ?? '');
  return match ? Number(match[1]) : null;
}
