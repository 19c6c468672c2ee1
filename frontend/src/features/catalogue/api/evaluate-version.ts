import { useMutation } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';

import type { EvaluationView } from './types';

export type EvaluationValues = Record<string, boolean | number>;

/**
 * Tries values against a version: met / not met per indicator with the explanation, per
 * criterion, and whether the standard is reached. Drafts: the coordinator only (a preview).
 */
export function useEvaluateVersion(code: string, version: number) {
  const client = useApiClient();
  return useMutation({
    mutationFn: ({ values, communeClass }: { values: EvaluationValues; communeClass?: string }) =>
      data<EvaluationView>(
        client.POST('/api/v1/criteria-sets/{code}/versions/{version}/evaluate', {
          params: { path: { code, version } },
          body: { values, ...(communeClass ? { communeClass } : {}) },
        }),
      ),
  });
}
