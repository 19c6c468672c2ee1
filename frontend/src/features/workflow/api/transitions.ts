import { useMutation, useQueryClient } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { AFTER_ASSESSMENT_CHANGE, queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type Assessment = components['schemas']['Assessment'];
export type ReturnInput = components['schemas']['ReturnInput'];
export type RecognitionDecision = components['schemas']['RecognitionDecision'];

const etagOf = (a: Pick<Assessment, 'version'>) => `"${a.version ?? 0}"`;

/** After a transition: the assessment as answered, and everything that counts assessments made stale. */
function useSettle() {
  const queryClient = useQueryClient();
  return async (updated: Assessment) => {
    if (updated.id) queryClient.setQueryData(queryKeys.assessments.detail(updated.id), updated);
    await Promise.all(
      AFTER_ASSESSMENT_CHANGE.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
}

/** `POST /api/v1/assessments/{id}/submit` (DRAFT or RETURNED → SUBMITTED), against the version shown. */
export function useSubmitAssessment() {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: (assessment: Assessment) =>
      data(
        client.POST('/api/v1/assessments/{id}/submit', {
          params: {
            path: { id: String(assessment.id) },
            header: { 'If-Match': etagOf(assessment) },
          },
        }),
      ),
    onSuccess: settle,
  });
}

/** `POST /api/v1/assessments/{id}/return` with the reason the commune must read. */
export function useReturnAssessment() {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ assessment, body }: { assessment: Assessment; body: ReturnInput }) =>
      data(
        client.POST('/api/v1/assessments/{id}/return', {
          params: {
            path: { id: String(assessment.id) },
            header: { 'If-Match': etagOf(assessment) },
          },
          body,
        }),
      ),
    onSuccess: settle,
  });
}

/** `POST /api/v1/assessments/{id}/recognise` (APPRAISED → RECOGNISED) with the decision's number, date, issuer. */
export function useRecogniseAssessment() {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ assessment, body }: { assessment: Assessment; body: RecognitionDecision }) =>
      data(
        client.POST('/api/v1/assessments/{id}/recognise', {
          params: {
            path: { id: String(assessment.id) },
            header: { 'If-Match': etagOf(assessment) },
          },
          body,
        }),
      ),
    onSuccess: settle,
  });
}
