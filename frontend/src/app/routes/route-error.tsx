import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { NotFound } from './not-found';

/** A route that failed to render or load (e.g. a lazy chunk missing after a deployment). */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  console.error(error);
  return (
    <Result
      status="500"
      title={<h1 className="ntm-result-title">{t('errors.unexpectedTitle')}</h1>}
      subTitle={t('errors.unexpectedBody')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}
