/** Every route of the SPA, in one place (links and the router both read it). */
export const paths = {
  home: '/',
  loggedOut: '/logged-out',
  dashboard: '/dashboard',
  districtDashboard: '/district',
  myCommune: '/my-commune',
  communes: '/communes',
  commune: (code: string) => `/communes/${encodeURIComponent(code)}`,
  assessments: '/assessments',
  assessment: (id: number) => `/assessments/${id}`,
  appraisal: '/appraisal',
  /** One assessment seen by its appraisers (who do not open the assessments area). */
  appraisalOf: (id: number) => `/appraisal/${id}`,
  catalogue: '/catalogue',
  catalogueVersion: (code: string, version: number) =>
    `/catalogue/${encodeURIComponent(code)}/${version}`,
  /** `from` and `to` as `code:version`. */
  catalogueDiff: (from?: string, to?: string) =>
    `/catalogue/diff${from && to ? `?${new URLSearchParams({ from, to }).toString()}` : ''}`,
  plans: '/plans',
  funding: '/funding',
  fundingPlanNew: '/funding/plans/new',
  fundingPlan: (id: number) => `/funding/plans/${id}`,
  fundingAllocation: (id: number) => `/funding/allocations/${id}`,
  obstacles: '/obstacles',
  reports: '/reports',
  decision: '/decision',
  audit: '/audit',
} as const;
