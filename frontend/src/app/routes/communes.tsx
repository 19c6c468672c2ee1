import { CommuneList } from '@/features/communes/components/commune-list';

export function Component() {
  return <CommuneList />;
}
