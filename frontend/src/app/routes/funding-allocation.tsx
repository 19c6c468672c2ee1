import { useParams } from 'react-router';

import { AllocationPage } from '@/features/funding/components/allocation-page';

import { NotFound } from './not-found';

export function Component() {
  const id = Number(useParams().id);
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />;
  return <AllocationPage key={id} id={id} />;
}
