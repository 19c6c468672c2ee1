import { Menu } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { useUser } from '@/lib/auth/auth-context';

import { visibleAreas } from '../areas';

/** Only the areas the user's role may open (DESIGN.md §5); the services enforce the same. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const areas = visibleAreas(user);
  const selected = areas.find(
    (area) => pathname === area.path || pathname.startsWith(`${area.path}/`),
  );

  return (
    <nav aria-label={t('app.mainNavigation')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected.path] : []}
        style={{ borderInlineEnd: 'none' }}
        items={areas.map((area) => ({
          key: area.path,
          icon: createElement(area.icon),
          label: t(`nav.${area.label(user)}`),
        }))}
        onClick={({ key }) => {
          void navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}
