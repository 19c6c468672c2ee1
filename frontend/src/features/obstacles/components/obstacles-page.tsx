import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { ListEmpty, ListError } from '@/components/list-state';
import { ObstacleStatusTag } from '@/components/ntm-tags';
import { PageHeader } from '@/components/page-header';
import { LAST_DISTRICT_DAY } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useUnitNames } from '@/hooks/use-unit-names';
import { isApiProblem } from '@/lib/api-problem';
import { useUser } from '@/lib/auth/auth-context';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  PAGE_SIZE,
  useCloseObstacle,
  useObstacles,
  type Obstacle,
  type ObstacleStatus,
} from '../api/obstacles';
import { obstaclesTexts } from '../i18n';

import { AnswerDialog } from './answer-dialog';
import { RaiseDialog } from './raise-dialog';

const STATUSES: readonly ObstacleStatus[] = ['OPEN', 'ANSWERED', 'CLOSED'];

/**
 * Obstacles: districts and communes raise them, the coordination office answers and closes them.
 * Filters travel in the address; the service narrows the list to the caller's own scope.
 */
export function ObstaclesPage() {
  const t = useTexts(obstaclesTexts);
  const format = useFormat();
  const user = useUser();
  const { message } = App.useApp();
  const canRaise = useCan('obstacles:raise');
  const canAnswer = useCan('obstacles:answer');
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ObstacleStatus)
    : undefined;
  const districtCode = params.get('district') ?? undefined;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const query = useObstacles({ status, districtCode, page });
  const districts = useUnitNames('DISTRICT', LAST_DISTRICT_DAY);
  const communes = useUnitNames('COMMUNE', LAST_DISTRICT_DAY);
  const [raising, setRaising] = useState(false);
  const [answering, setAnswering] = useState<Obstacle | null>(null);
  const close = useCloseObstacle();
  const provinceWide = !user.districtCode && !user.unitCode;

  const setParam = (key: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });

  const stale = (error: unknown) => {
    if (isApiProblem(error) && error.status === 412) void message.warning(t('stale'));
    else void message.error(isApiProblem(error) ? (error.detail ?? error.title) : String(error));
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        extra={
          canRaise ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
              {t('raise')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
          <Select<string>
            aria-label={t('filters.status')}
            style={{ minWidth: 180 }}
            value={status ?? ''}
            onChange={(value) => setParam('status', value || undefined)}
            options={[
              { value: '', label: t('filters.anyStatus') },
              ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
          />
          {provinceWide ? (
            <Select<string>
              aria-label={t('filters.district')}
              style={{ minWidth: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              value={districtCode ?? ''}
              onChange={(value) => setParam('district', value || undefined)}
              options={[
                { value: '', label: t('filters.allDistricts') },
                ...[...districts].map(([code, name]) => ({ value: code, label: name })),
              ]}
            />
          ) : null}
        </Flex>
        {query.isError ? (
          <ListError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<Obstacle>
            rowKey={(o) => String(o.id)}
            loading={query.isPending || (query.isFetching && query.isPlaceholderData)}
            dataSource={query.data?.items ?? []}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <ListEmpty description={t('table.empty')} /> }}
            pagination={{
              current: page + 1,
              pageSize: PAGE_SIZE,
              total: query.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('table.count', { total: format.number(total) }),
              onChange: (next) => setParam('page', next > 1 ? String(next - 1) : undefined),
            }}
            columns={[
              {
                key: 'title',
                title: t('table.title'),
                width: 320,
                render: (_, o) => (
                  <>
                    <Typography.Text strong>{o.title}</Typography.Text>
                    <Typography.Paragraph style={{ margin: 0, maxWidth: 420 }}>
                      {o.description}
                    </Typography.Paragraph>
                  </>
                ),
              },
              {
                key: 'commune',
                title: t('table.commune'),
                render: (_, o) => (
                  <>
                    {communes.get(o.unitCode ?? '') ?? o.unitCode}
                    <br />
                    <Typography.Text type="secondary">
                      {districts.get(o.districtCode ?? '') ?? o.districtCode}
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: 'criterion',
                title: t('table.criterion'),
                render: (_, o) => o.criterionCode ?? '—',
              },
              {
                key: 'status',
                title: t('table.status'),
                render: (_, o) => <ObstacleStatusTag status={o.status} />,
              },
              {
                key: 'raised',
                title: t('table.raised'),
                render: (_, o) => (
                  <>
                    {o.raisedBy}
                    <br />
                    <Typography.Text type="secondary">
                      {o.raisedAt ? format.dateTime(o.raisedAt) : ''}
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: 'answer',
                title: t('table.answer'),
                width: 300,
                render: (_, o) =>
                  o.answer ? (
                    <>
                      <Typography.Paragraph style={{ margin: 0, maxWidth: 380 }}>
                        {o.answer}
                      </Typography.Paragraph>
                      <Typography.Text type="secondary">
                        {t('table.answeredBy', {
                          by: o.answeredBy ?? '',
                          at: o.answeredAt ? format.dateTime(o.answeredAt) : '',
                        })}
                      </Typography.Text>
                      {o.closedAt ? (
                        <div>
                          <Typography.Text type="secondary">
                            {t('table.closedBy', {
                              by: o.closedBy ?? '',
                              at: format.dateTime(o.closedAt),
                            })}
                          </Typography.Text>
                        </div>
                      ) : null}
                    </>
                  ) : (
                    '—'
                  ),
              },
              ...(canAnswer
                ? [
                    {
                      key: 'actions',
                      title: t('table.actions'),
                      render: (_: unknown, o: Obstacle) =>
                        o.status === 'CLOSED' ? null : (
                          <Space>
                            <Button size="small" onClick={() => setAnswering(o)}>
                              {t('answer.open')}
                            </Button>
                            <Popconfirm
                              title={t('close.confirm', { title: o.title ?? '' })}
                              okText={t('close.open')}
                              cancelText={t('cancel')}
                              onConfirm={() =>
                                close
                                  .mutateAsync(o)
                                  .then(() => void message.success(t('close.done')), stale)
                              }
                            >
                              <Button size="small" danger loading={close.isPending}>
                                {t('close.open')}
                              </Button>
                            </Popconfirm>
                          </Space>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {raising ? <RaiseDialog onClose={() => setRaising(false)} /> : null}
      {answering ? (
        <AnswerDialog obstacle={answering} onClose={() => setAnswering(null)} onStale={stale} />
      ) : null}
    </>
  );
}
