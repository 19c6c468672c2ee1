import { Alert, Card } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ChartWithTable } from '@/components/chart-with-table';
import { ListEmpty } from '@/components/list-state';
import { SectionTitle } from '@/components/section-title';
import { useFormat } from '@/hooks/use-format';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import { dashboardTexts } from '../i18n';

type SummaryRow = components['schemas']['SummaryRow'];

const billions = (dong: number | undefined) => Math.round((dong ?? 0) / 1e7) / 100;

/** Planned, allocated and disbursed money by funding source, with the province's total. */
export function FundingChart({
  rows,
  total,
  year,
  unavailable,
}: {
  rows: readonly SummaryRow[] | null | undefined;
  total: SummaryRow | null | undefined;
  year: number;
  unavailable: boolean;
}) {
  const t = useTexts(dashboardTexts);
  const format = useFormat();
  if (unavailable || !rows) {
    return (
      <Card title={<SectionTitle>{t('funding.title')}</SectionTitle>}>
        <Alert type="warning" showIcon title={t('funding.unavailable')} />
      </Card>
    );
  }
  if (rows.length === 0) {
    return (
      <Card title={<SectionTitle>{t('funding.title')}</SectionTitle>}>
        <ListEmpty description={t('funding.empty', { year })} />
      </Card>
    );
  }
  const money = (value: number | undefined) => format.moneyAmount(value ?? 0, 'million');
  const chartRows = rows.map((row) => ({
    name: row.name ?? row.code ?? '',
    planned: billions(row.planned),
    allocated: billions(row.allocated),
    disbursed: billions(row.disbursed),
  }));
  const tableRows = total
    ? [...rows, { ...total, code: '__total', name: t('funding.total') }]
    : [...rows];
  return (
    <ChartWithTable
      title={t('funding.title')}
      description={t('funding.description', { year })}
      rows={tableRows}
      rowKey={(row) => row.code ?? row.name ?? ''}
      columns={[
        { key: 'source', title: t('funding.source'), render: (row) => row.name ?? row.code },
        {
          key: 'planned',
          title: t('funding.planned'),
          numeric: true,
          render: (row) => money(row.planned),
        },
        {
          key: 'allocated',
          title: t('funding.allocated'),
          numeric: true,
          render: (row) => money(row.allocated),
        },
        {
          key: 'disbursed',
          title: t('funding.disbursed'),
          numeric: true,
          render: (row) => money(row.disbursed),
        },
        {
          key: 'rate',
          title: t('funding.rate'),
          numeric: true,
          render: (row) =>
            row.disbursementRate === null || row.disbursementRate === undefined
              ? '—'
              : format.percent(row.disbursementRate / 100),
        },
      ]}
      chart={
        <ResponsiveContainer
          width="100%"
          height={Math.max(280, chartRows.length * 44 + 60)}
          initialDimension={{ width: 800, height: 400 }}
        >
          <BarChart data={chartRows} layout="vertical" margin={{ left: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={(v: number) => format.number(v)}
              label={{ value: t('funding.axis'), position: 'insideBottomRight', offset: -4 }}
            />
            <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value) => `${format.number(Number(value))} ${t('funding.axis')}`}
            />
            <Legend />
            <Bar
              dataKey="planned"
              name={t('funding.planned')}
              fill="#b7eb8f"
              isAnimationActive={false}
            />
            <Bar
              dataKey="allocated"
              name={t('funding.allocated')}
              fill="#52c41a"
              isAnimationActive={false}
            />
            <Bar
              dataKey="disbursed"
              name={t('funding.disbursed')}
              fill="#237804"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}
