import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="ntm-result-title">{t('errors.notFoundTitle')}</h1>}
      subTitle={t('errors.notFoundBody')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
