import { PlansPage } from '@/features/dashboard/components/plans-page';

export function Component() {
  return <PlansPage />;
}
