import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useFundingSources, useSpendingFields } from '@/hooks/use-funding-reference';
import { data } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-context';
import { readWithProgress, saveFile } from '@/lib/download';

import { decisionClient } from './paths';
import type {
  EstimateRequest,
  ProposalAnswer,
  ProposalRequest,
  Scenario,
  ScenarioStatus,
  UnitCostRequest,
} from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSX_ACCEPT = `${XLSX}, application/problem+json`;

/** Query keys of decision support; a kept or accepted scenario makes the scenarios stale. */
export const decisionKeys = {
  all: ['decision'] as const,
  scenarios: (filters: Record<string, unknown>) => ['decision', 'scenarios', filters] as const,
  scenario: (id: number) => ['decision', 'scenario', id] as const,
  compare: (a: number, b: number) => ['decision', 'compare', a, b] as const,
  ranking: (filters: Record<string, unknown>) => ['decision', 'ranking', filters] as const,
  gapCost: (filters: Record<string, unknown>) => ['decision', 'gap-cost', filters] as const,
  unitCosts: (set: string) => ['decision', 'unit-costs', set] as const,
  whatIf: (filters: Record<string, unknown>) => ['decision', 'what-if', filters] as const,
  forecast: (filters: Record<string, unknown>) => ['decision', 'forecast', filters] as const,
  sets: ['decision', 'criteria-sets'] as const,
};

const q = (value: number | string | undefined | null) =>
  value === undefined || value === null || value === '' ? undefined : String(value);

function useDecisionClient() {
  return decisionClient(useApiClient());
}

/** Runs the optimiser; with `save: true` the answer also carries the scenario funding kept. */
export function usePropose() {
  const client = useDecisionClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposalRequest): Promise<ProposalAnswer> =>
      data(client.POST('/api/v1/decision/proposals', { body })),
    onSuccess: (answer) => {
      if (answer.scenario) void queryClient.invalidateQueries({ queryKey: decisionKeys.all });
    },
  });
}

/** The proposal as the gateway's Excel workbook. */
export function useExportProposal() {
  const client = useDecisionClient();
  return useMutation({
    mutationFn: async (body: ProposalRequest) => {
      const { response } = await client.POST('/api/v1/decision/proposals', {
        body: { ...body, save: false },
        params: { query: { format: 'xlsx' } },
        headers: { Accept: XLSX_ACCEPT },
        parseAs: 'stream',
      });
      const file = await readWithProgress(response, `phuong-an-${body.year}.xlsx`);
      saveFile(file);
      return file;
    },
  });
}

export function useExportScenario() {
  const client = useDecisionClient();
  return useMutation({
    mutationFn: async (id: number) => {
      const { response } = await client.GET('/api/v1/decision/scenarios/{id}/export', {
        params: { path: { id: String(id) } },
        headers: { Accept: XLSX_ACCEPT },
        parseAs: 'stream',
      });
      const file = await readWithProgress(response, `phuong-an-${id}.xlsx`);
      saveFile(file);
      return file;
    },
  });
}

export function useScenarios(filters: { year?: number; status?: ScenarioStatus }) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.scenarios(filters),
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/scenarios', {
          params: { query: { year: q(filters.year), status: q(filters.status) } },
          signal,
        }),
      ),
  });
}

/** A scenario with its lines, and its ETag for accepting or rejecting it. */
export function useScenario(id: number | null) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.scenario(id ?? 0),
    enabled: id !== null,
    queryFn: async ({ signal }) => {
      const { data: scenario, response } = await client.GET('/api/v1/scenarios/{id}', {
        params: { path: { id: String(id) } },
        signal,
      });
      return {
        scenario: scenario as Scenario,
        etag: response.headers.get('ETag') ?? `"${(scenario as Scenario).version}"`,
      };
    },
  });
}

export function useCompareScenarios(a: number | null, b: number | null) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.compare(a ?? 0, b ?? 0),
    enabled: a !== null && b !== null && a !== b,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/scenarios/{id}/compare/{otherId}', {
          params: { path: { id: String(a), otherId: String(b) } },
          signal,
        }),
      ),
  });
}

/** Accepting turns the scenario's lines into draft allocations (funding-service). */
export function useDecideScenario(kind: 'accept' | 'reject') {
  const client = useDecisionClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, reason }: { id: number; etag: string; reason?: string }) => {
      const options = {
        params: { path: { id: String(id) }, header: { 'If-Match': etag } },
        body: { reason: reason?.trim() || undefined },
      };
      return data(
        kind === 'accept'
          ? client.POST('/api/v1/scenarios/{id}/accept', options)
          : client.POST('/api/v1/scenarios/{id}/reject', options),
      );
    },
    onSuccess: (scenario) => {
      queryClient.setQueryData(decisionKeys.scenario(scenario.id), {
        scenario,
        etag: `"${scenario.version}"`,
      });
      void queryClient.invalidateQueries({ queryKey: ['decision', 'scenarios'] });
      void queryClient.invalidateQueries({ queryKey: ['decision', 'compare'] });
      // Draft allocations are the funding side's now.
      void queryClient.invalidateQueries({ queryKey: ['funding'] });
    },
  });
}

export function useDistrictRanking(filters: {
  districtCode: string | undefined;
  criteriaSetCode: string | undefined;
  year: number;
}) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.ranking(filters),
    enabled: !!filters.districtCode && !!filters.criteriaSetCode,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/decision/districts/{code}/ranking', {
          params: {
            path: { code: filters.districtCode ?? '' },
            query: { criteriaSetCode: filters.criteriaSetCode, year: String(filters.year) },
          },
          signal,
        }),
      ),
  });
}

/** A commune's latest assessment of a set, priced (its scorecard's "cost to reach the standard"). */
export function useCommuneGapCost(code: string, criteriaSetCode: string | undefined) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.gapCost({ code, criteriaSetCode }),
    enabled: !!code && !!criteriaSetCode,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/decision/communes/{code}/gap-cost', {
          params: { path: { code }, query: { criteriaSetCode } },
          signal,
        }),
      ),
  });
}

/** The version read, as the If-Match of a change (none for a first estimate or unit cost). */
const ifMatch = (version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${version}"` };

/** One assessment's open indicators priced, with the district's estimates. */
export function useAssessmentGapCost(assessmentId: number | null) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.gapCost({ assessmentId }),
    enabled: assessmentId !== null,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/gap-costs/assessments/{id}', {
          params: { path: { id: String(assessmentId) } },
          signal,
        }),
      ),
  });
}

export function useSaveEstimate(assessmentId: number) {
  const client = useDecisionClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      indicatorCode,
      body,
      version,
    }: {
      indicatorCode: string;
      body: EstimateRequest;
      version?: number;
    }) =>
      data(
        client.PUT('/api/v1/gap-costs/assessments/{id}/estimates/{indicatorCode}', {
          params: {
            path: { id: String(assessmentId), indicatorCode },
            header: ifMatch(version),
          },
          body,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['decision', 'gap-cost'] });
      void queryClient.invalidateQueries({ queryKey: ['decision', 'ranking'] });
    },
  });
}

export function useUnitCosts(criteriaSetCode: string | undefined) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.unitCosts(criteriaSetCode ?? ''),
    enabled: !!criteriaSetCode,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/gap-costs/unit-costs', {
          params: { query: { criteriaSetCode } },
          signal,
        }),
      ),
  });
}

export function useSaveUnitCost(criteriaSetCode: string) {
  const client = useDecisionClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      indicatorCode,
      body,
      version,
    }: {
      indicatorCode: string;
      body: UnitCostRequest;
      version?: number;
    }) =>
      data(
        client.PUT('/api/v1/gap-costs/unit-costs/{criteriaSetCode}/{indicatorCode}', {
          params: {
            path: { criteriaSetCode, indicatorCode },
            header: ifMatch(version),
          },
          body,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: decisionKeys.all }),
  });
}

export type WhatIfFilters = {
  criteriaSetCode?: string;
  version?: number;
  fromSetCode?: string;
  year?: number;
  districtCode?: string;
};

const whatIfQuery = (f: WhatIfFilters) => ({
  criteriaSetCode: f.criteriaSetCode,
  version: q(f.version),
  fromSetCode: f.fromSetCode,
  year: q(f.year),
  districtCode: q(f.districtCode),
});

export function useWhatIf(filters: WhatIfFilters) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.whatIf(filters),
    enabled: !!filters.criteriaSetCode && !!filters.version && !!filters.fromSetCode,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/decision/what-if', { params: { query: whatIfQuery(filters) }, signal }),
      ),
  });
}

export function useExportWhatIf() {
  const client = useDecisionClient();
  return useMutation({
    mutationFn: async (filters: WhatIfFilters) => {
      const { response } = await client.GET('/api/v1/decision/what-if', {
        params: { query: { ...whatIfQuery(filters), format: 'xlsx' } },
        headers: { Accept: XLSX_ACCEPT },
        parseAs: 'stream',
      });
      const file = await readWithProgress(
        response,
        `danh-gia-lai-${filters.criteriaSetCode ?? ''}-v${filters.version ?? ''}.xlsx`,
      );
      saveFile(file);
      return file;
    },
  });
}

export function useForecast(filters: { planCode: string; year: number }) {
  const client = useDecisionClient();
  return useQuery({
    queryKey: decisionKeys.forecast(filters),
    enabled: !!filters.planCode,
    queryFn: ({ signal }) =>
      data(
        client.GET('/api/v1/decision/forecast', {
          params: { query: { planCode: filters.planCode, year: String(filters.year) } },
          signal,
        }),
      ),
  });
}

/** Every criteria set with its versions (staff see drafts too): the what-if's choices. */
export function useCriteriaSets() {
  const client = useApiClient();
  return useQuery({
    queryKey: decisionKeys.sets,
    queryFn: ({ signal }) =>
      data(client.GET('/api/v1/criteria-sets', { params: { query: { size: '500' } }, signal })),
    staleTime: 5 * 60_000,
  });
}

/** Funding sources and fields of spending: the budget form's choices. */
/** Sources and fields of spending for the forms, from the same queries the funding area reads. */
export function useFundingReference() {
  const sources = useFundingSources();
  const fields = useSpendingFields();
  return {
    data: sources.data && fields.data ? { sources: sources.data, fields: fields.data } : undefined,
    isPending: sources.isPending || fields.isPending,
  };
}
