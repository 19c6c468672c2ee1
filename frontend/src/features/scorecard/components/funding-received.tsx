import { Alert, Card, Table, Tabs, Typography } from 'antd';

import { ListEmpty } from '@/components/list-state';
import { SectionTitle } from '@/components/section-title';
import { useFormat } from '@/hooks/use-format';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import { scorecardTexts } from '../i18n';

type CommuneSummary = components['schemas']['CommuneSummary'];
type SummaryRow = components['schemas']['SummaryRow'];

/** Money the commune (and its predecessors) received, by source, year and field. */
export function FundingReceived({
  funding,
  unavailable,
}: {
  funding: CommuneSummary | null | undefined;
  unavailable: boolean;
}) {
  const t = useTexts(scorecardTexts);
  const format = useFormat();
  const money = (v: number | undefined) => format.moneyAmount(v ?? 0, 'million');
  const table = (rows: readonly SummaryRow[] | undefined) => (
    <Table<SummaryRow>
      size="small"
      rowKey={(r) => r.code ?? r.name ?? ''}
      dataSource={[...(rows ?? [])]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'name', title: t('funding.name'), render: (_, r) => r.name ?? r.code },
        {
          key: 'planned',
          title: t('funding.planned'),
          align: 'right',
          render: (_, r) => money(r.planned),
        },
        {
          key: 'allocated',
          title: t('funding.allocated'),
          align: 'right',
          render: (_, r) => money(r.allocated),
        },
        {
          key: 'disbursed',
          title: t('funding.disbursed'),
          align: 'right',
          render: (_, r) => money(r.disbursed),
        },
        {
          key: 'rate',
          title: t('funding.rate'),
          align: 'right',
          render: (_, r) =>
            r.disbursementRate === null || r.disbursementRate === undefined
              ? '—'
              : format.percent(r.disbursementRate / 100),
        },
      ]}
    />
  );
  let body;
  if (unavailable) body = <Alert type="warning" showIcon title={t('funding.unavailable')} />;
  else if (!funding) body = <ListEmpty description={t('funding.none')} />;
  else {
    const predecessors = (funding.predecessors ?? []).filter((p) => p.code !== funding.code);
    body = (
      <>
        <Typography.Paragraph strong>
          {t('funding.total', {
            allocated: format.money(funding.total?.allocated ?? 0, { unit: 'million' }),
            disbursed: format.money(funding.total?.disbursed ?? 0, { unit: 'million' }),
          })}
        </Typography.Paragraph>
        {predecessors.length > 0 ? (
          <Typography.Paragraph type="secondary">
            {t('funding.predecessors', { names: predecessors.map((p) => p.name).join(', ') })}
          </Typography.Paragraph>
        ) : null}
        <Tabs
          items={[
            { key: 'source', label: t('funding.bySource'), children: table(funding.bySource) },
            {
              key: 'year',
              label: t('funding.byYear'),
              children: table(funding.byYear?.map((r) => ({ ...r, name: r.name ?? r.code }))),
            },
            { key: 'field', label: t('funding.byField'), children: table(funding.byField) },
          ]}
        />
      </>
    );
  }
  return (
    <Card title={<SectionTitle>{t('funding.title')}</SectionTitle>} style={{ marginBottom: 16 }}>
      {body}
    </Card>
  );
}
