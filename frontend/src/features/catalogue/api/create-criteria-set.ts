import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';
import type { components } from '@/types/api';

import { storeVersion } from './get-criteria-set-version';
import type { CriteriaSetVersion } from './types';

export type NewDraft = components['schemas']['NewDraft'];

/** A new, empty set: its version 1 as a draft. */
export function useCreateCriteriaSet() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: NewDraft) => {
      const answer = await client.POST('/api/v1/criteria-sets', { body: draft });
      const created = answer.data as CriteriaSetVersion;
      return storeVersion(queryClient, created.code ?? '', created.version ?? 1, answer);
    },
  });
}
