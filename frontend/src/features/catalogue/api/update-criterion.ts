import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';
import type { components } from '@/types/api';

import { storeVersion } from './get-criteria-set-version';

export type CriterionEdit = components['schemas']['CriterionEdit'];

/** Names, responsible department and provenance of one criterion of a draft. */
export function useUpdateCriterion(code: string, version: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { criterionCode: string; edit: CriterionEdit; etag: string }) =>
      storeVersion(
        queryClient,
        code,
        version,
        await client.PUT(
          '/api/v1/criteria-sets/{code}/versions/{version}/criteria/{criterionCode}',
          {
            params: {
              path: { code, version, criterionCode: input.criterionCode },
              header: { 'If-Match': input.etag },
            },
            body: input.edit,
          },
        ),
      ),
  });
}
