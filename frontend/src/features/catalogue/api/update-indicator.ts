import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-context';

import { storeVersion } from './get-criteria-set-version';
import type { IndicatorDocument } from './types';

/** One indicator of a draft with its thresholds (the threshold editor saves through this). */
export function useUpdateIndicator(code: string, version: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      indicatorCode: string;
      indicator: IndicatorDocument;
      etag: string;
    }) =>
      storeVersion(
        queryClient,
        code,
        version,
        await client.PUT(
          '/api/v1/criteria-sets/{code}/versions/{version}/indicators/{indicatorCode}',
          {
            params: {
              path: { code, version, indicatorCode: input.indicatorCode },
              header: { 'If-Match': input.etag },
            },
            body: input.indicator,
          },
        ),
      ),
  });
}
