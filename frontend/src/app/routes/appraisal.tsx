import { AreaPage } from './area-page';

// Placeholder until the gateway lands: see components/under-construction.tsx.
export function Component() {
  return <AreaPage area="appraisal" />;
}
