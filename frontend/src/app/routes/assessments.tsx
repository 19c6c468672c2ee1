import { AssessmentList } from '@/features/assessments/components/assessment-list';
import { BulkActions } from '@/features/workflow/components/bulk-actions';
import { useCan } from '@/lib/auth/can';

export function Component() {
  const canBulk = useCan('assessments:bulk');
  return (
    <AssessmentList
      bulk={
        canBulk
          ? (selected, clear) => (
              <BulkActions
                selected={selected}
                onClear={clear}
                describe={(a) => `${a.unitCode ?? ''} · ${a.year ?? ''} (#${a.id})`}
              />
            )
          : undefined
      }
    />
  );
}
