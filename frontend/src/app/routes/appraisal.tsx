import { AppraisalQueue } from '@/features/appraisal/components/appraisal-queue';

export function Component() {
  return <AppraisalQueue />;
}
