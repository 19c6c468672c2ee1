import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';

import { paths } from '@/config/paths';
import type { AuthUser } from '@/lib/auth/auth-user';
import { can, type Permission, type ViewPermission } from '@/lib/auth/permissions';
import type { Translation } from '@/lib/i18n/translation';

export type AreaKey = keyof Translation['areas'];
type NavKey = keyof Translation['nav'];

/**
 * What each screen will let people do, and who may: the placeholder pages list this now, and the
 * real screens will put the same permissions on their buttons. Typed against the translations,
 * so a capability without a text (or a text without a capability) does not compile.
 */
export const CAPABILITIES = {
  dashboard: {
    targets: 'dashboard:province:view',
    levels: 'dashboard:province:view',
    pilots: 'dashboard:province:view',
    pipeline: 'dashboard:province:view',
    funding: 'dashboard:province:view',
  },
  districtDashboard: {
    overview: 'dashboard:district:view',
    plan: 'dashboard:district:view',
  },
  myCommune: {
    scorecard: 'commune:own:view',
    gap: 'commune:own:view',
    history: 'commune:own:view',
    funding: 'commune:own:view',
  },
  communes: { filter: 'communes:view', scorecard: 'communes:view' },
  assessments: {
    list: 'assessments:view',
    history: 'assessments:view',
    create: 'assessments:edit',
    importExcel: 'assessments:edit',
    submit: 'assessments:submit',
    return: 'assessments:return',
    recognise: 'recognition:record',
    bulk: 'assessments:bulk',
  },
  appraisal: { queue: 'appraisal:view', appraise: 'appraisal:appraise' },
  catalogue: {
    browse: 'catalogue:view',
    provenance: 'catalogue:view',
    diff: 'catalogue:view',
    editDraft: 'catalogue:edit',
    derive: 'catalogue:edit',
    publish: 'catalogue:edit',
  },
  plans: { targets: 'plans:view', districtPlans: 'plans:view', edit: 'plans:edit' },
  funding: { ledger: 'funding:view', export: 'funding:view', record: 'funding:edit' },
  obstacles: { list: 'obstacles:view', raise: 'obstacles:raise', answer: 'obstacles:answer' },
  reports: { funding: 'reports:view', export: 'reports:view' },
  decision: {
    proposal: 'decision:view',
    gapCosts: 'decision:view',
    whatIf: 'decision:view',
    forecast: 'decision:view',
  },
  audit: { timeline: 'audit:view', verify: 'audit:view' },
} as const satisfies {
  [A in AreaKey]: Translation['areas'][A] extends { cap: infer C }
    ? Record<keyof C, Permission>
    : never;
};

export type Area = {
  key: AreaKey;
  path: string;
  /** Seeing the area in the navigation and opening its route both need this. */
  view: ViewPermission;
  icon: ComponentType;
  /** The navigation label, worded for the user's scope ("its communes", "my criteria"). */
  label: (user: AuthUser) => NavKey;
};

const has = (user: AuthUser, role: AuthUser['roles'][number]) => user.roles.includes(role);

/** In navigation order. */
export const AREAS: readonly Area[] = [
  {
    key: 'dashboard',
    path: paths.dashboard,
    view: 'dashboard:province:view',
    icon: DashboardOutlined,
    label: () => 'dashboard',
  },
  {
    key: 'districtDashboard',
    path: paths.districtDashboard,
    view: 'dashboard:district:view',
    icon: DashboardOutlined,
    label: () => 'districtDashboard',
  },
  {
    key: 'myCommune',
    path: paths.myCommune,
    view: 'commune:own:view',
    icon: HomeOutlined,
    label: () => 'myCommune',
  },
  {
    key: 'communes',
    path: paths.communes,
    view: 'communes:view',
    icon: EnvironmentOutlined,
    label: (user) => (has(user, 'district-officer') ? 'districtCommunes' : 'communes'),
  },
  {
    key: 'assessments',
    path: paths.assessments,
    view: 'assessments:view',
    icon: FileTextOutlined,
    label: (user) => (has(user, 'commune-officer') ? 'myAssessment' : 'assessments'),
  },
  {
    key: 'appraisal',
    path: paths.appraisal,
    view: 'appraisal:view',
    icon: CheckSquareOutlined,
    label: (user) => (has(user, 'department-appraiser') ? 'myAppraisal' : 'appraisal'),
  },
  {
    key: 'catalogue',
    path: paths.catalogue,
    view: 'catalogue:view',
    icon: BookOutlined,
    label: () => 'catalogue',
  },
  {
    key: 'plans',
    path: paths.plans,
    view: 'plans:view',
    icon: FileDoneOutlined,
    label: () => 'plans',
  },
  {
    key: 'funding',
    path: paths.funding,
    view: 'funding:view',
    icon: WalletOutlined,
    label: (user) => (has(user, 'district-officer') ? 'districtFunding' : 'funding'),
  },
  {
    key: 'obstacles',
    path: paths.obstacles,
    view: 'obstacles:view',
    icon: AlertOutlined,
    label: () => 'obstacles',
  },
  {
    key: 'reports',
    path: paths.reports,
    view: 'reports:view',
    icon: BarChartOutlined,
    label: () => 'reports',
  },
  {
    key: 'decision',
    path: paths.decision,
    view: 'decision:view',
    icon: FundProjectionScreenOutlined,
    label: () => 'decision',
  },
  {
    key: 'audit',
    path: paths.audit,
    view: 'audit:view',
    icon: AuditOutlined,
    label: () => 'audit',
  },
];

export function visibleAreas(user: AuthUser): Area[] {
  return AREAS.filter((area) => can(user, area.view));
}

export function areaByKey(key: AreaKey): Area {
  const area = AREAS.find((candidate) => candidate.key === key);
  if (!area) throw new Error(`unknown area ${key}`);
  return area;
}
