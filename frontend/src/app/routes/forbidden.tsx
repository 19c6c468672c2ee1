import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('errors.forbiddenTitle'));
  return (
    <Result
      status="403"
      title={<h1 className="ntm-result-title">{t('errors.forbiddenTitle')}</h1>}
      subTitle={t('errors.forbiddenBody')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
