import { FundingPage } from '@/features/funding/components/funding-page';

export function Component() {
  return <FundingPage />;
}
