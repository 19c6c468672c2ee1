import { useParams } from 'react-router';

import { AppraisalPanel } from '@/features/appraisal/components/appraisal-panel';
import { AssessmentView } from '@/features/assessments/components/assessment-view';
import { AssessmentTimeline } from '@/features/audit/components/audit-timeline';
import { WorkflowActions } from '@/features/workflow/components/workflow-actions';

/** One assessment: values (assessments), workflow steps (workflow), verdicts (appraisal), history (audit). */
export function Component() {
  const { id = '' } = useParams();
  return (
    <AssessmentView
      id={Number(id)}
      actions={(assessment) => <WorkflowActions assessment={assessment} />}
      appraisal={(assessment) => <AppraisalPanel assessment={assessment} />}
      history={(assessment) => <AssessmentTimeline assessmentId={assessment.id ?? 0} />}
    />
  );
}
