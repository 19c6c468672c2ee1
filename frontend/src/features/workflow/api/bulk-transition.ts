import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { isApiProblem } from '@/lib/api-problem';
import { AFTER_ASSESSMENT_CHANGE } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type BulkAction = 'submit' | 'return' | 'recognise';
export type BulkOutcome = components['schemas']['BulkOutcome'];
export type BulkParams = Omit<components['schemas']['BulkTransition'], 'ids'>;

/** Ids per request: small enough for the progress bar to move, large enough not to crawl. */
export const BULK_CHUNK = 10;

/**
 * `POST /api/v1/assessments/bulk/{action}`, in chunks so the user sees progress; the service runs
 * each id in its own transaction and reports each one. A chunk that fails as a whole (network,
 * 403) marks its ids failed with that reason, and the run goes on.
 */
export function useBulkTransition() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    async (
      action: BulkAction,
      ids: readonly number[],
      params: BulkParams,
      onProgress: (done: number, outcomes: BulkOutcome[]) => void,
    ): Promise<BulkOutcome[]> => {
      const outcomes: BulkOutcome[] = [];
      for (let start = 0; start < ids.length; start += BULK_CHUNK) {
        const chunk = ids.slice(start, start + BULK_CHUNK);
        try {
          const result = await data(
            client.POST('/api/v1/assessments/bulk/{action}', {
              params: { path: { action } },
              body: { ...params, ids: [...chunk] },
            }),
          );
          outcomes.push(...(result.results ?? []));
        } catch (error) {
          const status = isApiProblem(error) ? error.status : 0;
          const detail = isApiProblem(error) ? (error.detail ?? error.title) : String(error);
          outcomes.push(...chunk.map((id) => ({ id, done: false, status, detail })));
        }
        onProgress(Math.min(ids.length, start + chunk.length), [...outcomes]);
      }
      await Promise.all(
        AFTER_ASSESSMENT_CHANGE.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      return outcomes;
    },
    [client, queryClient],
  );
}
