import { useParams } from 'react-router';

import { PlanPage } from '@/features/funding/components/plan-page';

import { NotFound } from './not-found';

export function Component() {
  const id = Number(useParams().id);
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />;
  return <PlanPage key={id} id={id} />;
}
