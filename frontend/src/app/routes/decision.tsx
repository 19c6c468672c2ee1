import { DecisionPage } from '@/features/decision/components/decision-page';

export function Component() {
  return <DecisionPage />;
}
