import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

import { useDocumentTitle } from '@/hooks/use-document-title';

/** A screen's code could not be fetched: usually a new release replaced it, so reload. */
export function ScreenLoadFailed() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.chunkTitle'));
  return (
    <Result
      status="warning"
      title={<h1 className="ntm-result-title">{t('errors.chunkTitle')}</h1>}
      subTitle={t('errors.chunkBody')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}
