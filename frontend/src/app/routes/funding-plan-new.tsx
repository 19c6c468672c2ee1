import { PlanNewPage } from '@/features/funding/components/plan-new-page';

export function Component() {
  return <PlanNewPage />;
}
