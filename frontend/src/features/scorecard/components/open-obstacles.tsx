import { Card, Typography } from 'antd';
import { Link } from 'react-router';

import { ListEmpty } from '@/components/list-state';
import { ObstacleStatusTag } from '@/components/ntm-tags';
import { SectionTitle } from '@/components/section-title';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import { scorecardTexts } from '../i18n';

type Obstacle = components['schemas']['Obstacle'];

export function OpenObstacles({ obstacles }: { obstacles: readonly Obstacle[] }) {
  const t = useTexts(scorecardTexts);
  const format = useFormat();
  const canList = useCan('obstacles:view');
  return (
    <Card
      title={<SectionTitle>{t('obstacles.title')}</SectionTitle>}
      extra={canList ? <Link to={paths.obstacles}>{t('obstacles.all')}</Link> : null}
      style={{ marginBottom: 16 }}
    >
      {obstacles.length === 0 ? (
        <ListEmpty description={t('obstacles.none')} />
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {obstacles.map((o) => (
            <li key={o.id} style={{ borderBottom: '1px solid #f0f0f0', padding: '8px 0' }}>
              <Typography.Text strong>{o.title}</Typography.Text>{' '}
              <ObstacleStatusTag status={o.status} />
              {o.criterionCode ? (
                <Typography.Text type="secondary">
                  {' '}
                  · {t('obstacles.criterion', { code: o.criterionCode })}
                </Typography.Text>
              ) : null}
              <Typography.Paragraph style={{ margin: '4px 0' }}>
                {o.description}
              </Typography.Paragraph>
              {o.answer ? (
                <Typography.Paragraph type="success" style={{ margin: '4px 0' }}>
                  {t('obstacles.answer', { answer: o.answer })}
                </Typography.Paragraph>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('obstacles.raisedBy', {
                  by: o.raisedBy,
                  date: o.raisedAt ? format.dateTime(o.raisedAt) : '',
                })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
