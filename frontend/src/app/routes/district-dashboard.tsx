import { DistrictDashboard } from '@/features/communes/components/district-dashboard';

export function Component() {
  return <DistrictDashboard />;
}
