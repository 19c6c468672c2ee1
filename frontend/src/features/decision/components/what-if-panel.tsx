import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { ChartWithTable } from '@/components/chart-with-table';
import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { ProblemAlert } from '@/components/problem-alert';
import { useLanguage } from '@/hooks/use-language';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useCriteriaSets, useExportWhatIf, useWhatIf, type WhatIfFilters } from '../api/decision';
import type { CommuneOutcome, WhatIfChange } from '../api/types';
import { decisionTexts } from '../i18n';

import { SetSelect, useDefaultSetCode } from './shared';

const CHANGE_COLOURS: Record<WhatIfChange, string> = {
  GAINS: 'success',
  LOSES: 'error',
  STILL_REACHES: 'processing',
  STILL_SHORT: 'default',
};

/**
 * Every commune's latest assessment judged again under another version (drafts included): who
 * would gain or lose the standard, which indicators cause it, which values are missing.
 */
export function WhatIfPanel() {
  const t = useTexts(decisionTexts);
  const { message } = App.useApp();
  const user = useUser();
  const [lang] = useLanguage();
  const sets = useCriteriaSets();
  const defaultFrom = useDefaultSetCode();
  const [fromChosen, setFrom] = useState<string>();
  const [target, setTarget] = useState<string>();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const targetLabel = useId();
  const fromSetCode = fromChosen ?? defaultFrom;
  const [targetCode, targetVersion] = (target ?? '').split(':');
  const filters: WhatIfFilters = {
    criteriaSetCode: targetCode || undefined,
    version: targetVersion ? Number(targetVersion) : undefined,
    fromSetCode,
    districtCode: user.districtCode,
  };
  const report = useWhatIf(filters);
  const exporter = useExportWhatIf();
  const versionOptions = useMemo(
    () =>
      (sets.data?.items ?? []).flatMap((s) =>
        (s.versions ?? []).map((v) => ({
          value: `${s.code ?? ''}:${v.version ?? 0}`,
          label: `${s.nameVi ?? s.code ?? ''} — ${t('whatIf.version', {
            version: v.version ?? 0,
            status: v.status ?? '',
          })}`,
        })),
      ),
    [sets.data, t],
  );
  const outcomes = (report.data?.outcomes ?? []).filter(
    (o) => !onlyChanged || o.change === 'GAINS' || o.change === 'LOSES',
  );
  const counts = report.data
    ? [
        { key: 'GAINS' as const, value: report.data.gains },
        { key: 'LOSES' as const, value: report.data.loses },
        { key: 'STILL_REACHES' as const, value: report.data.stillReaches },
        { key: 'STILL_SHORT' as const, value: report.data.stillShort },
      ]
    : [];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={16} wrap align="center" role="search">
          <Space>
            <Typography.Text>{t('whatIf.from')}</Typography.Text>
            <SetSelect value={fromSetCode} onChange={setFrom} />
          </Space>
          <Space>
            <Typography.Text id={targetLabel}>{t('whatIf.target')}</Typography.Text>
            <Select<string>
              aria-labelledby={targetLabel}
              style={{ minWidth: 360 }}
              value={target}
              onChange={setTarget}
              loading={sets.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={versionOptions}
            />
          </Space>
          {report.data ? (
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.isPending}
              onClick={() =>
                exporter.mutate(filters, {
                  onSuccess: (file) => void message.success(t('exported', { file: file.fileName })),
                })
              }
            >
              {t('exportExcel')}
            </Button>
          ) : null}
        </Flex>
        {exporter.error ? <ProblemAlert error={exporter.error} /> : null}
      </Card>
      {!filters.criteriaSetCode || !filters.fromSetCode ? (
        <ListEmpty description={t('whatIf.choose')} />
      ) : report.isPending ? (
        <ListLoading />
      ) : report.isError ? (
        <ListError error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data.communes === 0 ? (
        <ListEmpty description={t('whatIf.empty')} />
      ) : (
        <>
          <Typography.Paragraph>
            {lang === 'vi' ? report.data.summaryVi : report.data.summaryEn}
          </Typography.Paragraph>
          <ChartWithTable
            title={t('whatIf.chartTitle')}
            rows={counts}
            rowKey={(r) => r.key}
            columns={[
              {
                key: 'change',
                title: t('whatIf.change'),
                render: (r) => t(`whatIf.changes.${r.key}`),
              },
              { key: 'value', title: t('whatIf.communes'), numeric: true, render: (r) => r.value },
            ]}
            chart={
              <ResponsiveContainer
                width="100%"
                height={220}
                initialDimension={{ width: 600, height: 220 }}
              >
                <BarChart
                  data={counts.map((c) => ({ name: t(`whatIf.changes.${c.key}`), value: c.value }))}
                >
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="name" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Bar dataKey="value" name={t('whatIf.communes')} fill="#1677ff" />
                </BarChart>
              </ResponsiveContainer>
            }
          />
          <Card
            title={t('whatIf.outcomes')}
            extra={
              <Space>
                <Switch
                  checked={onlyChanged}
                  onChange={setOnlyChanged}
                  aria-label={t('whatIf.onlyChanged')}
                />
                <Typography.Text>{t('whatIf.onlyChanged')}</Typography.Text>
              </Space>
            }
          >
            <Table<CommuneOutcome>
              size="small"
              rowKey="unitCode"
              dataSource={outcomes}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('commune'), dataIndex: 'name' },
                { title: t('whatIf.scoreBefore'), dataIndex: 'scoreBefore', align: 'right' },
                { title: t('whatIf.scoreAfter'), dataIndex: 'scoreAfter', align: 'right' },
                {
                  title: t('whatIf.change'),
                  dataIndex: 'change',
                  render: (c: WhatIfChange) => (
                    <Tag color={CHANGE_COLOURS[c]}>{t(`whatIf.changes.${c}`)}</Tag>
                  ),
                },
                {
                  title: t('whatIf.causes'),
                  key: 'causes',
                  render: (_, o) =>
                    o.causes.map((c) => (
                      <div key={c.indicatorCode}>
                        <Typography.Text strong>{c.indicatorCode}</Typography.Text> (
                        {t(`whatIf.reasons.${c.reason}`)}):{' '}
                        {lang === 'vi' ? c.explanationVi : c.explanationEn}
                      </div>
                    )),
                },
                {
                  title: t('whatIf.missing'),
                  key: 'missing',
                  render: (_, o) => [...o.missingBecauseNew, ...o.missingAlso].join(', ') || '—',
                },
                {
                  title: t('whatIf.why'),
                  key: 'why',
                  render: (_, o) => (lang === 'vi' ? o.explanationVi : o.explanationEn),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
