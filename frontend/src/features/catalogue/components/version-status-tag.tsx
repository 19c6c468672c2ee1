import { Tag } from 'antd';

import type { VersionStatus } from '../api/types';
import { useCatalogueT } from '../i18n';

const COLORS: Record<VersionStatus, string> = {
  DRAFT: 'gold',
  PUBLISHED: 'green',
  RETIRED: 'default',
};

export function VersionStatusTag({ status }: { status: string | undefined }) {
  const t = useCatalogueT();
  const known = status === 'DRAFT' || status === 'PUBLISHED' || status === 'RETIRED';
  return (
    <Tag color={known ? COLORS[status] : 'default'}>{known ? t(`status.${status}`) : status}</Tag>
  );
}
