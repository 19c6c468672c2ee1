import { useParams } from 'react-router';

import { AppraisalPanel } from '@/features/appraisal/components/appraisal-panel';
import { AssessmentView } from '@/features/assessments/components/assessment-view';
import { AssessmentTimeline } from '@/features/audit/components/audit-timeline';

/** An assessment as its appraisers see it: their criteria first, the values and history beside. */
export function Component() {
  const { id = '' } = useParams();
  return (
    <AssessmentView
      id={Number(id)}
      defaultTab="appraisal"
      appraisal={(assessment) => <AppraisalPanel assessment={assessment} />}
      history={(assessment) => <AssessmentTimeline assessmentId={assessment.id ?? 0} />}
    />
  );
}
