import { ProvinceDashboard } from '@/features/dashboard/components/province-dashboard';

export function Component() {
  return <ProvinceDashboard />;
}
