import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { PROVINCE_CODE } from '@/config/programme';
import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type Plan = components['schemas']['Plan'];
export type NewTarget = components['schemas']['NewTarget'];

const PLANS = ['plans', PROVINCE_CODE] as const;

/** The province's plans with their targets and progress (`GET /api/v1/plans`). */
export function usePlans() {
  const client = useApiClient();
  return useQuery({
    queryKey: PLANS,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/plans', { params: { query: { provinceCode: PROVINCE_CODE } }, signal }),
      ),
  });
}

/** `POST /api/v1/plans/{code}/targets`: the plans and the dashboards read the new target. */
export function useAddTarget(code: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTarget) =>
      client.POST('/api/v1/plans/{code}/targets', { params: { path: { code } }, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: PLANS }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all }),
      ]),
  });
}
