import { CriteriaSetsPage } from '@/features/catalogue/components/criteria-sets-page';

export function Component() {
  return <CriteriaSetsPage />;
}
