import { ReportsPage } from '@/features/funding/components/funding-reports';

export function Component() {
  return <ReportsPage />;
}
