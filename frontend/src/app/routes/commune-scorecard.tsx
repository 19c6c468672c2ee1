import { Flex } from 'antd';
import { useParams } from 'react-router';

import { ScorecardGapCost } from '@/features/decision/components/gap-costs-panel';
import { CommuneScorecard } from '@/features/scorecard/components/commune-scorecard';
import { useCan } from '@/lib/auth/can';

export function Component() {
  const { code = '' } = useParams();
  // The cost to reach the standard (decision support) for those who may read gap costs.
  const readsGapCosts = useCan('decision:view');
  return (
    <Flex vertical gap={16}>
      <CommuneScorecard code={code} />
      {readsGapCosts && code ? <ScorecardGapCost code={code} /> : null}
    </Flex>
  );
}
