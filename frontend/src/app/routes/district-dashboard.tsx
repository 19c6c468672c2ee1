import { Flex } from 'antd';

import { LAST_DISTRICT_YEAR } from '@/config/programme';
import { DistrictDashboard } from '@/features/communes/components/district-dashboard';
import { DistrictGapRanking } from '@/features/decision/components/gap-costs-panel';
import { useYearParam } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import { useCan } from '@/lib/auth/can';

export function Component() {
  const user = useUser();
  // The same ?year= as the dashboard above, so the ranking follows its year.
  const [year] = useYearParam(LAST_DISTRICT_YEAR);
  const readsGapCosts = useCan('decision:view');
  return (
    <Flex vertical gap={16}>
      <DistrictDashboard />
      {readsGapCosts && user.districtCode ? (
        <DistrictGapRanking districtCode={user.districtCode} year={year} />
      ) : null}
    </Flex>
  );
}
