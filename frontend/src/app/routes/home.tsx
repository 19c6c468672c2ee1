import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';

import { useAuth, useUser } from '@/lib/auth/auth-context';

import { visibleAreas } from '../areas';

/** `/` opens the first screen the user's role has; a user with none is told why. */
export function Home() {
  const user = useUser();
  const { logout } = useAuth();
  const { t } = useTranslation();
  const first = visibleAreas(user)[0];
  if (first) return <Navigate to={first.path} replace />;
  return (
    <Result
      status="403"
      title={<h1 className="ntm-result-title">{t('errors.noAccessTitle')}</h1>}
      subTitle={
        user.roles.includes('external-system')
          ? t('errors.externalSystemBody')
          : t('errors.noAccessBody')
      }
      extra={<Button onClick={() => void logout()}>{t('header.logout')}</Button>}
    />
  );
}
