import { Result } from 'antd';

import { CommuneScorecard } from '@/features/scorecard/components/commune-scorecard';
import { useUser } from '@/lib/auth/auth-context';

/** A commune officer's own commune (the `unit_code` of its token). */
export function Component() {
  const user = useUser();
  if (!user.unitCode) return <Result status="403" />;
  return <CommuneScorecard code={user.unitCode} own />;
}
