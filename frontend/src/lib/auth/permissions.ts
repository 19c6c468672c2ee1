import type { AuthUser } from './auth-user';
import type { Role } from './roles';

/**
 * What the SPA shows to whom. The services enforce the same rules on every request (DESIGN.md §5);
 * this table only keeps people from seeing screens and buttons that would answer 403.
 */
export const VIEW_PERMISSIONS = [
  'dashboard:province:view',
  'dashboard:district:view',
  'commune:own:view',
  'communes:view',
  'assessments:view',
  'appraisal:view',
  'catalogue:view',
  'plans:view',
  'funding:view',
  'obstacles:view',
  'reports:view',
  'decision:view',
  'audit:view',
] as const;

export const WRITE_PERMISSIONS = [
  'assessments:edit',
  'assessments:submit',
  'assessments:return',
  'assessments:bulk',
  'recognition:record',
  'appraisal:appraise',
  'catalogue:edit',
  'plans:edit',
  'roadmaps:edit',
  'funding:edit',
  'funding:approve',
  'obstacles:raise',
  'obstacles:answer',
] as const;

export type ViewPermission = (typeof VIEW_PERMISSIONS)[number];
export type WritePermission = (typeof WRITE_PERMISSIONS)[number];
export type Permission = ViewPermission | WritePermission;

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  coordinator: [
    'dashboard:province:view',
    'communes:view',
    'assessments:view',
    'appraisal:view',
    'catalogue:view',
    'plans:view',
    'funding:view',
    'obstacles:view',
    'audit:view',
    'assessments:return',
    'assessments:bulk',
    'recognition:record',
    'catalogue:edit',
    'plans:edit',
    'roadmaps:edit',
    'obstacles:answer',
    // Funding reports are the office's too (funding-service: every staff role, scoped).
    'reports:view',
    // Drafts, approves and allocates plans like finance; alone may accept an over-disbursement.
    'funding:edit',
    'funding:approve',
    // Decision support (issue 9): proposals, scenarios, unit costs, what-if, forecasts.
    'decision:view',
  ],
  'department-appraiser': [
    'dashboard:province:view',
    'appraisal:view',
    'communes:view',
    'catalogue:view',
    'appraisal:appraise',
  ],
  'district-officer': [
    'dashboard:district:view',
    'communes:view',
    'assessments:view',
    'funding:view',
    'obstacles:view',
    // Its own district's roadmaps and funding reports (the services narrow both to the district).
    'plans:view',
    'reports:view',
    'assessments:edit',
    'assessments:submit',
    'funding:edit',
    'roadmaps:edit',
    'obstacles:raise',
    // Its own communes' ranking and gap costs, and the what-if for the district.
    'decision:view',
  ],
  'commune-officer': [
    'commune:own:view',
    'assessments:view',
    'obstacles:view',
    'assessments:edit',
    'obstacles:raise',
  ],
  'finance-planner': [
    'dashboard:province:view',
    'funding:view',
    'reports:view',
    'funding:edit',
    'funding:approve',
    'decision:view',
  ],
  // Reads everything province-wide; "own district" and "own commune" have no meaning for it.
  observer: VIEW_PERMISSIONS.filter(
    (p) => p !== 'dashboard:district:view' && p !== 'commune:own:view',
  ),
  // Uses the published status API only; never logs into the SPA.
  'external-system': [],
};

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function can(user: AuthUser | null | undefined, permission: Permission): boolean {
  return user ? permissionsOf(user.roles).has(permission) : false;
}

export function isWritePermission(permission: Permission): permission is WritePermission {
  return (WRITE_PERMISSIONS as readonly string[]).includes(permission);
}
