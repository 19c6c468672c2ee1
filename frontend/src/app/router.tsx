import { Outlet, type RouteObject } from 'react-router';

import { ListLoading } from '@/components/list-state';
import { paths } from '@/config/paths';

import { AREAS, type AreaKey } from './areas';
import { AppLayout } from './layout/app-layout';
import { RequirePermission } from './require-permission';
import { Home } from './routes/home';
import { LoggedOut } from './routes/logged-out';
import { NotFound } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { ScreenLoadFailed } from './routes/screen-load-failed';

type LazyRoute = () => Promise<{ Component: React.ComponentType }>;

// One chunk per area: a screen's code (and its charts) loads when someone opens it.
const AREA_ROUTES: Record<AreaKey, LazyRoute> = {
  dashboard: () => import('./routes/dashboard'),
  districtDashboard: () => import('./routes/district-dashboard'),
  myCommune: () => import('./routes/my-commune'),
  communes: () => import('./routes/communes'),
  assessments: () => import('./routes/assessments'),
  appraisal: () => import('./routes/appraisal'),
  catalogue: () => import('./routes/catalogue'),
  plans: () => import('./routes/plans'),
  funding: () => import('./routes/funding'),
  obstacles: () => import('./routes/obstacles'),
  reports: () => import('./routes/reports'),
  decision: () => import('./routes/decision'),
  audit: () => import('./routes/audit'),
};

// Screens below an area's first one, e.g. /catalogue/:code/:version (same permission as the area).
const AREA_SUBPAGES: Partial<Record<AreaKey, { path: string; lazy: LazyRoute }[]>> = {
  catalogue: [
    { path: 'diff', lazy: () => import('./routes/catalogue-diff') },
    { path: ':code/:version', lazy: () => import('./routes/catalogue-version') },
  ],
  funding: [
    { path: 'plans/new', lazy: () => import('./routes/funding-plan-new') },
    { path: 'plans/:id', lazy: () => import('./routes/funding-plan') },
    { path: 'allocations/:id', lazy: () => import('./routes/funding-allocation') },
  ],
  communes: [{ path: ':code', lazy: () => import('./routes/commune-scorecard') }],
  assessments: [{ path: ':id', lazy: () => import('./routes/assessment') }],
  appraisal: [{ path: ':id', lazy: () => import('./routes/appraisal-assessment') }],
};

/**
 * A lazy route whose chunk cannot be fetched (a release replaced it, the network dropped) shows a
 * "reload" screen inside the shell. React Router would otherwise render nothing for it.
 */
export function safeLazy(load: LazyRoute): LazyRoute {
  return () =>
    load().catch((error: unknown) => {
      console.error('Screen failed to load', error);
      return { Component: ScreenLoadFailed };
    });
}

export const routes: RouteObject[] = [
  { path: paths.loggedOut, element: <LoggedOut /> },
  {
    path: paths.home,
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the first screen's lazy chunk loads.
    hydrateFallbackElement: <ListLoading />,
    children: [
      { index: true, element: <Home /> },
      ...AREAS.map((area): RouteObject => ({
        path: area.path,
        element: (
          <RequirePermission permission={area.view}>
            <Outlet />
          </RequirePermission>
        ),
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: safeLazy(AREA_ROUTES[area.key]) },
          ...(AREA_SUBPAGES[area.key] ?? []).map((page) => ({
            path: page.path,
            lazy: safeLazy(page.lazy),
          })),
        ],
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
];
