import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { FullPageMessage } from '@/components/full-page-state';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth/auth-context';

/** Where Keycloak sends the browser after logout; the only page that needs no login. */
export function LoggedOut() {
  const { t } = useTranslation();
  const { login } = useAuth();
  return (
    <FullPageMessage
      status="success"
      title={t('auth.loggedOutTitle')}
      subTitle={t('auth.loggedOutBody')}
      extra={
        <Button type="primary" onClick={() => void login(paths.home)}>
          {t('auth.loginAgain')}
        </Button>
      }
    />
  );
}
