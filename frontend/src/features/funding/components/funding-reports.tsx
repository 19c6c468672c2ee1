import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Progress, Select, Space, Typography } from 'antd';
import { useState } from 'react';
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

import { ChartWithTable, type ChartColumn } from '@/components/chart-with-table';
import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { YearSelect } from '@/components/year-select';
import { LAST_DISTRICT_DAY, LAST_DISTRICT_YEAR, referenceDateOf } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useUnitNames } from '@/hooks/use-unit-names';
import { useYearParam } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import type { DownloadProgress } from '@/lib/download';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  useExecutionReport,
  useExportReport,
  useMobilisationReport,
  type Amounts,
  type ReportFilters,
  type ReportKind,
} from '../api/funding';
import { fundingTexts } from '../i18n';

const COLOURS = { planned: '#91caff', allocated: '#1677ff', disbursed: '#237804' };

type Row = { key: string; name: string; amounts: Amounts; extra?: string };

/**
 * The funding service's two reports: funds mobilised by source, and planned vs allocated vs
 * disbursed by district. Each as a chart and a table, and as the Excel file the service writes.
 */
export function FundingReports() {
  const t = useTexts(fundingTexts);
  const user = useUser();
  const [year, setYear] = useYearParam(new Date().getFullYear());
  const districts = useUnitNames(
    'DISTRICT',
    year < LAST_DISTRICT_YEAR ? referenceDateOf(year) : LAST_DISTRICT_DAY,
  );
  const [chosenUnit, setChosenUnit] = useState<string>('');
  // A district officer's reports are its district's (the service narrows them anyway).
  const unitCode = user.districtCode ?? (chosenUnit || undefined);
  const filters: ReportFilters = { year, unitCode };
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex wrap gap={16} align="center" role="search">
          <YearSelect
            label={t('year')}
            value={year}
            onChange={setYear}
            lastYear={new Date().getFullYear()}
          />
          {user.districtCode ? null : (
            <Space>
              <Typography.Text>{t('reports.unit')}</Typography.Text>
              <Select<string>
                aria-label={t('reports.unit')}
                style={{ minWidth: 200 }}
                value={chosenUnit}
                onChange={setChosenUnit}
                showSearch={{ optionFilterProp: 'label' }}
                options={[
                  { value: '', label: t('reports.province') },
                  ...[...districts].map(([code, name]) => ({ value: code, label: name })),
                ]}
              />
            </Space>
          )}
        </Flex>
      </Card>
      <MobilisationSection filters={filters} />
      <ExecutionSection filters={filters} />
    </Flex>
  );
}

function useAmountColumns(): ChartColumn<Row>[] {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const m = (v: number | undefined) => format.moneyAmount(v ?? 0, 'million');
  return [
    {
      key: 'planned',
      title: t('reports.planned'),
      numeric: true,
      render: (r) => m(r.amounts.planned),
    },
    {
      key: 'allocated',
      title: t('reports.allocated'),
      numeric: true,
      render: (r) => m(r.amounts.allocated),
    },
    {
      key: 'disbursed',
      title: t('reports.disbursed'),
      numeric: true,
      render: (r) => m(r.amounts.disbursed),
    },
    {
      key: 'rate',
      title: t('reports.rate'),
      numeric: true,
      render: (r) =>
        r.amounts.disbursementRate === undefined
          ? '—'
          : format.percent(r.amounts.disbursementRate / 100),
    },
  ];
}

function AmountsChart({ rows }: { rows: readonly Row[] }) {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const data = rows.map((r) => ({
    name: r.name,
    planned: (r.amounts.planned ?? 0) / 1e6,
    allocated: (r.amounts.allocated ?? 0) / 1e6,
    disbursed: (r.amounts.disbursed ?? 0) / 1e6,
  }));
  return (
    <ResponsiveContainer
      width="100%"
      height={Math.max(220, rows.length * 44 + 80)}
      initialDimension={{ width: 600, height: 300 }}
    >
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(v: number) => format.number(v, { maximumFractionDigits: 0 })}
        />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(value) =>
            `${format.number(Number(value), { maximumFractionDigits: 1 })} ${t('reports.millions')}`
          }
        />
        <Legend />
        <Bar
          dataKey="planned"
          name={t('reports.planned')}
          fill={COLOURS.planned}
          isAnimationActive={false}
        />
        <Bar
          dataKey="allocated"
          name={t('reports.allocated')}
          fill={COLOURS.allocated}
          isAnimationActive={false}
        />
        <Bar
          dataKey="disbursed"
          name={t('reports.disbursed')}
          fill={COLOURS.disbursed}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

function ExportButton({ kind, filters }: { kind: ReportKind; filters: ReportFilters }) {
  const t = useTexts(fundingTexts);
  const { message } = App.useApp();
  const exporter = useExportReport(kind);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const percent = progress?.total
    ? Math.min(100, Math.round((progress.received / progress.total) * 100))
    : null;
  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }}>
      <Button
        icon={<DownloadOutlined />}
        loading={exporter.isPending}
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          exporter.mutate(
            { filters, onProgress: setProgress },
            {
              onSuccess: (file) =>
                void message.success(t('reports.exported', { file: file.fileName })),
              onSettled: () => setProgress(null),
            },
          )
        }
      >
        {t('reports.export')}
      </Button>
      {exporter.isPending ? (
        <div role="status" aria-live="polite" style={{ maxWidth: 240 }}>
          <Progress
            size="small"
            percent={percent ?? 100}
            status="active"
            showInfo={percent !== null}
            aria-label={t('reports.exporting')}
          />
        </div>
      ) : null}
      {exporter.isError ? (
        <ProblemAlert error={exporter.error} onClose={() => exporter.reset()} />
      ) : null}
    </Flex>
  );
}

function MobilisationSection({ filters }: { filters: ReportFilters }) {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const query = useMobilisationReport(filters);
  const columns = useAmountColumns();
  if (query.isPending) return <ListLoading />;
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  const rows: Row[] = (report.sources ?? []).map((s) => ({
    key: s.sourceCode ?? '',
    name: s.nameVi ?? s.sourceCode ?? '',
    amounts: s.amounts ?? {},
    extra: s.kind,
  }));
  const withTotal: Row[] = [
    ...rows,
    { key: '__total', name: t('reports.total'), amounts: report.total ?? {} },
  ];
  return (
    <div>
      <ExportButton kind="mobilisation" filters={filters} />
      {rows.length === 0 ? (
        <Card title={t('reports.mobilisation')}>
          <ListEmpty description={t('reports.empty')} />
        </Card>
      ) : (
        <ChartWithTable
          title={`${t('reports.mobilisation')} — ${report.unit?.name ?? ''} ${report.year ?? ''}`}
          description={t('reports.intro', {
            date: report.unit?.at ? format.date(report.unit.at) : '',
          })}
          rows={withTotal}
          rowKey={(r) => r.key}
          columns={[
            { key: 'name', title: t('reports.source'), render: (r) => r.name },
            {
              key: 'kind',
              title: t('reports.kind'),
              render: (r) =>
                r.extra === 'BUDGET' || r.extra === 'MOBILISED'
                  ? t(`reports.kinds.${r.extra}`)
                  : '',
            },
            ...columns,
          ]}
          chart={<AmountsChart rows={rows} />}
        />
      )}
    </div>
  );
}

function ExecutionSection({ filters }: { filters: ReportFilters }) {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const query = useExecutionReport(filters);
  const columns = useAmountColumns();
  if (query.isPending) return <ListLoading />;
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  const below = (report.districts ?? []).flatMap((d) =>
    // A district's own report lists its communes; the province's lists its districts.
    report.unit?.level === 'DISTRICT' ? (d.communes ?? []) : [d],
  );
  const rows: Row[] = below.map((d) => ({
    key: d.code ?? '',
    name: d.name ?? d.code ?? '',
    amounts: d.amounts ?? {},
  }));
  const table: Row[] = [
    ...rows,
    ...(report.ownLevel
      ? [
          {
            key: '__own',
            name: t('reports.ownLevel', { name: report.unit?.name ?? '' }),
            amounts: report.ownLevel,
          },
        ]
      : []),
    { key: '__total', name: t('reports.total'), amounts: report.total ?? {} },
  ];
  return (
    <div>
      <ExportButton kind="execution" filters={filters} />
      {rows.length === 0 ? (
        <Card title={t('reports.execution')}>
          <ListEmpty description={t('reports.empty')} />
        </Card>
      ) : (
        <ChartWithTable
          title={`${t('reports.execution')} — ${report.unit?.name ?? ''} ${report.year ?? ''}`}
          description={t('reports.intro', {
            date: report.unit?.at ? format.date(report.unit.at) : '',
          })}
          rows={table}
          rowKey={(r) => r.key}
          columns={[
            { key: 'name', title: t('reports.district'), render: (r) => r.name },
            ...columns,
          ]}
          chart={<AmountsChart rows={rows} />}
        />
      )}
    </div>
  );
}

/** The reports area: the funding reports, with their Excel files. */
export function ReportsPage() {
  const t = useTexts(fundingTexts);
  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.areaIntro')} />
      <FundingReports />
    </>
  );
}
