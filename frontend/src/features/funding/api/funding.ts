import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { readWithProgress, saveFile, type DownloadProgress } from '@/lib/download';
import type { components } from '@/types/api';

export type CapitalPlan = components['schemas']['CapitalPlan'];
export type PlanLine = components['schemas']['PlanLine'];
export type PlanLineInput = components['schemas']['PlanLineInput'];
export type PlanDraft = components['schemas']['PlanDraft'];
export type PlanStatus = components['schemas']['PlanStatus'];
export type Approval = components['schemas']['Approval'];
export type Allocation = components['schemas']['Allocation'];
export type AllocationInput = components['schemas']['AllocationInput'];
export type Transaction = components['schemas']['Transaction'];
export type TransactionInput = components['schemas']['TransactionInput'];
export type TransactionType = components['schemas']['TransactionType'];
export type ReversalInput = components['schemas']['ReversalInput'];
export type Amounts = components['schemas']['Amounts'];
export type MobilisationReport = components['schemas']['MobilisationReport'];
export type ExecutionReport = components['schemas']['ExecutionReport'];
export type FundingSource = components['schemas']['FundingSource'];
export type SpendingField = components['schemas']['SpendingField'];

export const PAGE_SIZE = 20;

/** Query keys of the funding side: every change to the ledger makes all of them stale. */
const keys = {
  all: ['funding'] as const,
  plans: (filters: Record<string, unknown>) => ['funding', 'plans', filters] as const,
  plan: (id: number) => ['funding', 'plan', id] as const,
  allocations: (filters: Record<string, unknown>) => ['funding', 'allocations', filters] as const,
  allocation: (id: number) => ['funding', 'allocation', id] as const,
  transactions: (id: number) => ['funding', 'transactions', id] as const,
  report: (kind: string, filters: Record<string, unknown>) =>
    ['funding', 'report', kind, filters] as const,
};

/** The id at the end of a 201's `Location` (`/api/v1/capital-plans/42` → 42). */
export function idFromLocation(response: Response): number | null {
  const location = response.headers.get('Location');
  const id = Number(location?.split('/').filter(Boolean).pop());
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

const q = (value: number | string | undefined) =>
  value === undefined || value === '' ? undefined : String(value);

export type PlanFilters = { year?: number; status?: PlanStatus; unitCode?: string; page: number };

export function useCapitalPlans(filters: PlanFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.plans(filters),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/capital-plans', {
          params: {
            query: {
              year: q(filters.year),
              status: q(filters.status),
              unitCode: q(filters.unitCode),
              page: String(filters.page),
              size: String(PAGE_SIZE),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A plan and its ETag (the plan's version), which approving and revising send as If-Match. */
export function useCapitalPlan(id: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.plan(id),
    queryFn: async ({ signal }) => {
      const { data: body, response } = await client.GET('/api/v1/capital-plans/{id}', {
        params: { path: { id: String(id) } },
        signal,
      });
      const plan = body as CapitalPlan;
      return { plan, etag: response.headers.get('ETag') ?? `"${plan.version ?? 0}"` };
    },
  });
}

export function useAllocations(filters: {
  planId?: number;
  year?: number;
  recipientCode?: string;
  page: number;
}) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.allocations(filters),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/allocations', {
          params: {
            query: {
              planId: q(filters.planId),
              year: q(filters.year),
              recipientCode: q(filters.recipientCode),
              page: String(filters.page),
              size: String(PAGE_SIZE),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAllocation(id: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.allocation(id),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/allocations/{id}', { params: { path: { id: String(id) } }, signal }),
      ),
  });
}

export function useTransactions(allocationId: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.transactions(allocationId),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/allocations/{id}/transactions', {
          params: { path: { id: String(allocationId) } },
          signal,
        }),
      ),
  });
}

// shared with decision support (src/hooks/use-funding-reference.ts)
export {
  sourcesQueryOptions,
  useFundingSources,
  useSpendingFields,
} from '@/hooks/use-funding-reference';

/** Any change to the ledger: plans, allocations, transactions and reports are read again. */
function useLedgerChange<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useCreatePlan() {
  const client = useApiClient();
  return useLedgerChange(async (body: PlanDraft) => {
    const { response } = await client.POST('/api/v1/capital-plans', { body });
    return idFromLocation(response);
  });
}

export function useApprovePlan(id: number) {
  const client = useApiClient();
  return useLedgerChange(({ body, etag }: { body: Approval; etag: string }) =>
    client.POST('/api/v1/capital-plans/{id}/approve', {
      params: { path: { id: String(id) }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

export function useRevisePlan(id: number) {
  const client = useApiClient();
  return useLedgerChange(
    async ({ body, etag }: { body: components['schemas']['PlanRevisionInput']; etag: string }) => {
      const { response } = await client.POST('/api/v1/capital-plans/{id}/revisions', {
        params: { path: { id: String(id) }, header: { 'If-Match': etag } },
        body,
      });
      return idFromLocation(response);
    },
  );
}

export function useAllocate(planId: number) {
  const client = useApiClient();
  return useLedgerChange(async ({ lineId, body }: { lineId: number; body: AllocationInput }) => {
    const { response } = await client.POST(
      '/api/v1/capital-plans/{id}/lines/{lineId}/allocations',
      { params: { path: { id: String(planId), lineId: String(lineId) } }, body },
    );
    return idFromLocation(response);
  });
}

export function useRecordTransaction(allocationId: number) {
  const client = useApiClient();
  return useLedgerChange((body: TransactionInput) =>
    client.POST('/api/v1/allocations/{id}/transactions', {
      params: { path: { id: String(allocationId) } },
      body,
    }),
  );
}

export function useReverse(kind: 'allocation' | 'transaction') {
  const client = useApiClient();
  return useLedgerChange(({ id, body }: { id: number; body: ReversalInput }) =>
    kind === 'allocation'
      ? client.POST('/api/v1/allocations/{id}/reversal', {
          params: { path: { id: String(id) } },
          body,
        })
      : client.POST('/api/v1/transactions/{id}/reversal', {
          params: { path: { id: String(id) } },
          body,
        }),
  );
}

export type ReportKind = 'mobilisation' | 'execution';
export type ReportFilters = { year: number; unitCode?: string };

export function useMobilisationReport(filters: ReportFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.report('mobilisation', filters),
    // The operation also answers the xlsx file (typed as a string); without ?format it is JSON.
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/reports/mobilisation', {
          params: { query: { year: String(filters.year), unitCode: q(filters.unitCode) } },
          signal,
        }),
      ) as Promise<MobilisationReport>,
  });
}

export function useExecutionReport(filters: ReportFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.report('execution', filters),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/reports/execution', {
          params: { query: { year: String(filters.year), unitCode: q(filters.unitCode) } },
          signal,
        }),
      ) as Promise<ExecutionReport>,
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report as the Excel file the funding service writes (`?format=xlsx`), with progress. */
export function useExportReport(kind: ReportKind) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({
      filters,
      onProgress,
    }: {
      filters: ReportFilters;
      onProgress?: (progress: DownloadProgress) => void;
    }) => {
      const query = {
        year: String(filters.year),
        unitCode: q(filters.unitCode),
        format: 'xlsx',
      };
      const options = {
        params: { query },
        headers: { Accept: `${XLSX}, application/problem+json` },
        parseAs: 'stream' as const,
      };
      const { response } =
        kind === 'mobilisation'
          ? await client.GET('/api/v1/reports/mobilisation', options)
          : await client.GET('/api/v1/reports/execution', options);
      const file = await readWithProgress(
        response,
        `${kind}-${filters.unitCode ?? 'tinh'}-${filters.year}.xlsx`,
        onProgress,
      );
      saveFile(file);
      return file;
    },
  });
}
