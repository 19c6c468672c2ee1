import type { ReactNode } from 'react';

import { useCan } from '@/lib/auth/can';
import type { Permission } from '@/lib/auth/permissions';

import { Forbidden } from './routes/forbidden';

/** A route the user's role may not open shows 403 (the services would answer 403 anyway). */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  return useCan(permission) ? children : <Forbidden />;
}
