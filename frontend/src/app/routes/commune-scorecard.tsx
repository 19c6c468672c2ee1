import { useParams } from 'react-router';

import { CommuneScorecard } from '@/features/scorecard/components/commune-scorecard';

export function Component() {
  const { code = '' } = useParams();
  return <CommuneScorecard code={code} />;
}
