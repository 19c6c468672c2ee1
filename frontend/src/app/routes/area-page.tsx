import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { UnderConstruction } from '@/components/under-construction';
import { useUser } from '@/lib/auth/auth-context';
import { can, isWritePermission, type Permission } from '@/lib/auth/permissions';

import { areaByKey, CAPABILITIES, type AreaKey } from '../areas';

// Keys built from the typed CAPABILITIES table; i18next cannot follow the template literal.
const text = (t: TFunction, key: string) => t(key as 'app.name');

/** The placeholder of one area, until its real screen lands with the gateway. */
export function AreaPage({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  const user = useUser();
  const capabilities = Object.entries(CAPABILITIES[area]) as [string, Permission][];
  const allowed = capabilities.filter(([, permission]) => can(user, permission));
  const label = (capability: string) => text(t, `areas.${area}.cap.${capability}`);
  return (
    <UnderConstruction
      title={t(`nav.${areaByKey(area).label(user)}`)}
      intro={text(t, `areas.${area}.intro`)}
      features={allowed.filter(([, p]) => !isWritePermission(p)).map(([c]) => label(c))}
      actions={allowed.filter(([, p]) => isWritePermission(p)).map(([c]) => label(c))}
    />
  );
}
