import { ObstaclesPage } from '@/features/obstacles/components/obstacles-page';

export function Component() {
  return <ObstaclesPage />;
}
