import { useParams } from 'react-router';

import { VersionPage } from '@/features/catalogue/components/version-page';

import { NotFound } from './not-found';

export function Component() {
  const { code, version } = useParams();
  const number = Number(version);
  if (!code || !Number.isInteger(number) || number < 1) return <NotFound />;
  // Keyed: another version is another page (its own editors, defects and tabs).
  return <VersionPage key={`${code}:${number}`} code={code} version={number} />;
}
