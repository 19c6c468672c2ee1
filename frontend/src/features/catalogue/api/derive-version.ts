import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';

import { storeVersion } from './get-criteria-set-version';
import type { CriteriaSetVersion } from './types';

/**
 * A new draft copied from any version: the next version of the same set, or, with `targetCode`,
 * a version of another set (a provincial overlay such as Sơn La's 2290/QĐ-UBND on the national set).
 */
export function useDeriveVersion(code: string, version: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ targetCode }: { targetCode?: string }) => {
      const answer = await client.POST('/api/v1/criteria-sets/{code}/versions/{version}/derive', {
        params: { path: { code, version } },
        body: targetCode ? { targetCode } : {},
      });
      const created = answer.data as CriteriaSetVersion;
      return storeVersion(queryClient, created.code ?? '', created.version ?? 0, answer);
    },
  });
}
