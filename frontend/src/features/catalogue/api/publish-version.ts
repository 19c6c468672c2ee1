import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';

import { storeVersion } from './get-criteria-set-version';

/** Publishes a draft; a 422 lists every defect, each with the JSON path of what to fix. */
export function usePublishVersion(code: string, version: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag }: { etag: string }) =>
      storeVersion(
        queryClient,
        code,
        version,
        await client.POST('/api/v1/criteria-sets/{code}/versions/{version}/publish', {
          params: { path: { code, version }, header: { 'If-Match': etag } },
        }),
      ),
  });
}
