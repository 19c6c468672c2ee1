/** Realm roles of DESIGN.md §5, as the access token's `roles` claim carries them. */
export const ROLES = [
  'coordinator',
  'department-appraiser',
  'finance-planner',
  'district-officer',
  'commune-officer',
  'observer',
  'external-system',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
