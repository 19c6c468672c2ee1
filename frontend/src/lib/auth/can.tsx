import type { ReactNode } from 'react';

import { useAuth } from './auth-context';
import { can, type Permission } from './permissions';

export function useCan(permission: Permission): boolean {
  return can(useAuth().user, permission);
}

/** Renders its children only for users whose roles grant `permission`. */
export function Can({
  permission,
  children,
  otherwise = null,
}: {
  permission: Permission;
  children: ReactNode;
  otherwise?: ReactNode;
}) {
  return useCan(permission) ? children : otherwise;
}
