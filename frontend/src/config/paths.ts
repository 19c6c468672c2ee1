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
  appraisal: '/appraisal',
  catalogue: '/catalogue',
  plans: '/plans',
  funding: '/funding',
  obstacles: '/obstacles',
  reports: '/reports',
  audit: '/audit',
} as const;
