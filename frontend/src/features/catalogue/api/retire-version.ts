import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';

import { storeVersion } from './get-criteria-set-version';

/** Takes a published version out of force; assessments made against it keep it. */
export function useRetireVersion(code: string, version: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag }: { etag: string }) =>
      storeVersion(
        queryClient,
        code,
        version,
        await client.POST('/api/v1/criteria-sets/{code}/versions/{version}/retire', {
          params: { path: { code, version }, header: { 'If-Match': etag } },
        }),
      ),
  });
}
