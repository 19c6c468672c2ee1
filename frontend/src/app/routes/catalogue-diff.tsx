import { DiffPage } from '@/features/catalogue/components/diff-page';

export function Component() {
  return <DiffPage />;
}
