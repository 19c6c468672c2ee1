/**
 * Query keys of the assessment side, in one place: a mutation in one feature (a workflow step)
 * invalidates what other features show (the assessment, its audit, dashboards, scorecards)
 * without importing them.
 */
export const queryKeys = {
  assessments: {
    all: ['assessments'] as const,
    list: (filters: Record<string, unknown>) => ['assessments', 'list', filters] as const,
    detail: (id: number) => ['assessments', 'detail', id] as const,
    audit: (id: number) => ['assessments', 'audit', id] as const,
  },
  criteriaVersion: (code: string, version: number) => ['criteria-version', code, version] as const,
  dashboard: {
    all: ['dashboard'] as const,
    province: (year: number) => ['dashboard', 'province', year] as const,
    district: (code: string, year: number) => ['dashboard', 'district', code, year] as const,
  },
  scorecard: {
    all: ['scorecard'] as const,
    commune: (code: string, at: string | undefined) => ['scorecard', code, at ?? 'today'] as const,
  },
  obstacles: {
    all: ['obstacles'] as const,
    list: (filters: Record<string, unknown>) => ['obstacles', 'list', filters] as const,
  },
  units: (level: string, at: string, parentCode?: string) =>
    ['units', level, at, parentCode ?? ''] as const,
  audit: {
    unit: (code: string) => ['audit', 'unit', code] as const,
    verify: ['audit', 'verify'] as const,
  },
};

/** What a change to an assessment's workflow makes stale: it, its audit, lists, dashboards, scorecards. */
export const AFTER_ASSESSMENT_CHANGE = [
  queryKeys.assessments.all,
  queryKeys.dashboard.all,
  queryKeys.scorecard.all,
] as const;
