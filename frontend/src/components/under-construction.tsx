import { ToolOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { PageHeader } from './page-header';

type Props = {
  title: string;
  intro: string;
  /** What the screen will show this user. */
  features: readonly string[];
  /** The changes this user's role will be allowed to make; empty for read-only roles. */
  actions: readonly string[];
};

/**
 * A screen that waits for the gateway. It says so plainly and shows no data, real or made up;
 * it lists what the screen will do, and the actions the user's role will have, as disabled buttons.
 */
export function UnderConstruction({ title, intro, features, actions }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={title}
        description={intro}
        extra={actions.map((action) => (
          <Button key={action} disabled title={t('underConstruction.actionUnavailable')}>
            {action}
          </Button>
        ))}
      />
      <Alert
        type="info"
        showIcon
        icon={<ToolOutlined />}
        title={t('underConstruction.title')}
        description={t('underConstruction.body')}
        style={{ marginBottom: 24 }}
      />
      <Card>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
          {t('underConstruction.willShow')}
        </Typography.Title>
        <ul style={{ marginTop: 0 }}>
          {features.map((feature) => (
            <li key={feature}>{feature}</li>
          ))}
        </ul>
        <Flex vertical gap={4}>
          {actions.length > 0 ? (
            <>
              <Typography.Text strong>{t('underConstruction.actions')}</Typography.Text>
              <ul style={{ margin: 0 }}>
                {actions.map((action) => (
                  <li key={action}>{action}</li>
                ))}
              </ul>
            </>
          ) : (
            <Typography.Text type="secondary">{t('underConstruction.readOnly')}</Typography.Text>
          )}
        </Flex>
      </Card>
    </>
  );
}
