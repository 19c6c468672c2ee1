import { UserOutlined } from '@ant-design/icons';
import { Avatar, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { AuthUser } from '@/lib/auth/auth-user';

/** "Cán bộ UBND Huyện Mai Sơn — Cán bộ huyện (huyện mã 125)". */
export function useRoleLabel(user: AuthUser): string {
  const { t } = useTranslation();
  const role = user.roles[0];
  const name = role ? t(`roles.${role}`) : t('roles.none');
  const scope = user.unitCode
    ? t('scope.unit', { code: user.unitCode })
    : user.districtCode
      ? t('scope.district', { code: user.districtCode })
      : user.departmentCode
        ? t('scope.department', { code: user.departmentCode.toUpperCase() })
        : null;
  return scope ? `${name} (${scope})` : name;
}

export function UserBadge({ user, compact = false }: { user: AuthUser; compact?: boolean }) {
  const roleLabel = useRoleLabel(user);
  return (
    <Flex align="center" gap="small" style={{ minWidth: 0 }} data-testid="user-badge">
      <Avatar icon={<UserOutlined />} aria-hidden="true" style={{ flex: 'none' }} />
      {compact ? null : (
        <Flex vertical style={{ minWidth: 0, lineHeight: 1.3 }}>
          <Typography.Text strong ellipsis style={{ color: 'inherit' }}>
            {user.displayName}
          </Typography.Text>
          <Typography.Text ellipsis style={{ color: 'inherit', opacity: 0.85, fontSize: 12 }}>
            {roleLabel}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
