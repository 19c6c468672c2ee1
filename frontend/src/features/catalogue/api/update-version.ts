import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';

import { storeVersion } from './get-criteria-set-version';
import type { CriteriaSetDocument, CriteriaSetVersion } from './types';

/** The exchange document as PUT accepts it: the catalogue's own fields are not part of it. */
export function toDocumentBody(version: CriteriaSetVersion): CriteriaSetDocument {
  const document: CriteriaSetVersion = { ...version };
  delete document.revision;
  return document;
}

/** Replaces a draft's whole content: header, legal basis, groups, criteria, indicators. */
export function useUpdateVersion(code: string, version: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ document, etag }: { document: CriteriaSetDocument; etag: string }) =>
      storeVersion(
        queryClient,
        code,
        version,
        await client.PUT('/api/v1/criteria-sets/{code}/versions/{version}', {
          params: { path: { code, version }, header: { 'If-Match': etag } },
          body: document,
        }),
      ),
  });
}
