import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';

import { useApiClient, type ApiClient } from '@/lib/api-context';

import { criteriaSetsKey } from './get-criteria-sets';
import type { CriteriaSetVersion, VersionWithEtag } from './types';

export const versionKey = (code: string, version: number) =>
  [...criteriaSetsKey, 'version', code, version] as const;

/** The ETag the service answered, or the revision it stands for (they are the same number). */
export function etagOf(response: Response, document: CriteriaSetVersion): string {
  return response.headers.get('ETag') ?? `"${document.revision ?? 0}"`;
}

export function versionQueryOptions(client: ApiClient, code: string, version: number) {
  return queryOptions({
    queryKey: versionKey(code, version),
    queryFn: async (): Promise<VersionWithEtag> => {
      const { data, response } = await client.GET(
        '/api/v1/criteria-sets/{code}/versions/{version}',
        { params: { path: { code, version } } },
      );
      const document = data as CriteriaSetVersion;
      return { document, etag: etagOf(response, document) };
    },
  });
}

export function useCriteriaSetVersion(code: string, version: number) {
  return useQuery(versionQueryOptions(useApiClient(), code, version));
}

/**
 * After a change the service answers the new version and its ETag: keep them, so the next edit
 * sends the right If-Match without a reload; the list of sets may show a new status.
 */
export function storeVersion(
  queryClient: QueryClient,
  code: string,
  version: number,
  answer: { data?: CriteriaSetVersion; response: Response },
): VersionWithEtag {
  const document = answer.data as CriteriaSetVersion;
  const stored = { document, etag: etagOf(answer.response, document) };
  queryClient.setQueryData(versionKey(code, version), stored);
  void queryClient.invalidateQueries({ queryKey: [...criteriaSetsKey, 'list'] });
  return stored;
}
