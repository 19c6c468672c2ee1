import { queryOptions, useQuery } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient, type ApiClient } from '@/lib/api-context';
import { queryKeys } from '@/lib/query-keys';
import type { components } from '@/types/api';

export type AuditEntry = components['schemas']['AuditEntryView'];
export type ChainVerification = components['schemas']['ChainVerification'];

/** An assessment's audit trail, oldest first (`GET /api/v1/assessments/{id}/audit`). */
export function assessmentAuditQueryOptions(client: ApiClient, id: number) {
  return queryOptions({
    queryKey: queryKeys.assessments.audit(id),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/assessments/{id}/audit', {
          params: { path: { id: String(id) } },
          signal,
        }),
      ),
    staleTime: 0,
  });
}

export function useAssessmentAudit(id: number) {
  return useQuery(assessmentAuditQueryOptions(useApiClient(), id));
}

/** Everything logged about a unit code (`GET /api/v1/units/{code}/audit`), office and observers only. */
export function useUnitAudit(code: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.audit.unit(code ?? ''),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/units/{code}/audit', {
          params: { path: { code: code ?? '' } },
          signal,
        }),
      ),
    enabled: !!code,
    staleTime: 0,
  });
}

/** Recomputes the hash chain of the workflow's audit log (`GET /api/v1/audit/verify`), on request. */
export function useVerifyChain() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.audit.verify,
    queryFn: ({ signal }) => data(client.GET('/api/v1/audit/verify', { signal })),
    enabled: false,
    staleTime: 0,
  });
}
