import { Card, Flex, Input, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
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
import { DegradedAlert } from '@/components/degraded-alert';
import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { YearSelect } from '@/components/year-select';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';
import { useYearParam } from '@/hooks/use-year-param';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useForecast } from '../api/decision';
import type { Outlook, TargetForecast } from '../api/types';
import { decisionTexts } from '../i18n';

const PLAN = '111/KH-UBND';
const OUTLOOK_COLOURS: Record<Outlook, string> = {
  MET: 'success',
  ON_TRACK: 'processing',
  AT_RISK: 'warning',
  MISSED: 'error',
  NOT_EVALUABLE: 'default',
};

/** Each target of the plan: likely value at its deadline, on track or at risk, and why. */
export function ForecastPanel() {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const [lang] = useLanguage();
  const [year, setYear] = useYearParam();
  const [plan, setPlan] = useState(PLAN);
  const planLabel = useId();
  const forecast = useForecast({ planCode: plan.trim(), year });
  const targets = forecast.data?.targets ?? [];
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex gap={16} wrap align="center" role="search">
          <YearSelect label={t('year')} value={year} onChange={setYear} />
          <Flex gap={8} align="center">
            <Typography.Text id={planLabel}>{t('forecast.plan')}</Typography.Text>
            <Input
              aria-labelledby={planLabel}
              style={{ width: 200 }}
              defaultValue={plan}
              onBlur={(e) => setPlan(e.target.value)}
              onPressEnter={(e) => setPlan(e.currentTarget.value)}
            />
          </Flex>
        </Flex>
      </Card>
      {forecast.isPending ? (
        <ListLoading />
      ) : forecast.isError ? (
        <ListError error={forecast.error} onRetry={() => void forecast.refetch()} />
      ) : targets.length === 0 ? (
        <ListEmpty description={t('forecast.empty')} />
      ) : (
        <>
          <DegradedAlert degraded={forecast.data.degraded} />
          <ChartWithTable<TargetForecast>
            title={t('forecast.title')}
            description={t('forecast.intro', {
              appraisal: forecast.data.assumptions.appraisalDays,
              works: forecast.data.assumptions.worksDays,
            })}
            rows={targets}
            rowKey={(r) => r.code}
            defaultView="table"
            columns={[
              {
                key: 'target',
                title: t('forecast.target'),
                render: (r) => r.description ?? r.code,
              },
              {
                key: 'required',
                title: t('forecast.required'),
                numeric: true,
                render: (r) => r.forecast.required,
              },
              {
                key: 'achieved',
                title: t('forecast.achieved'),
                numeric: true,
                render: (r) => r.forecast.achieved,
              },
              {
                key: 'appraisal',
                title: t('forecast.fromAppraisal'),
                numeric: true,
                render: (r) => r.forecast.fromAppraisal,
              },
              {
                key: 'funding',
                title: t('forecast.fromFunding'),
                numeric: true,
                render: (r) => r.forecast.fromFunding,
              },
              {
                key: 'likely',
                title: t('forecast.likely'),
                numeric: true,
                render: (r) => r.forecast.likely,
              },
              {
                key: 'deadline',
                title: t('forecast.deadline'),
                render: (r) => format.date(r.forecast.deadline),
              },
              {
                key: 'outlook',
                title: t('forecast.outlook'),
                render: (r) => (
                  <Tag color={OUTLOOK_COLOURS[r.forecast.outlook]}>
                    {t(`forecast.outlooks.${r.forecast.outlook}`)}
                  </Tag>
                ),
              },
              {
                key: 'reason',
                title: t('forecast.reason'),
                render: (r) => (lang === 'vi' ? r.forecast.reasonVi : r.forecast.reasonEn),
              },
            ]}
            chart={
              <ResponsiveContainer
                width="100%"
                height={Math.max(220, targets.length * 44 + 80)}
                initialDimension={{ width: 600, height: 300 }}
              >
                <BarChart
                  layout="vertical"
                  data={targets.map((r) => ({
                    name: r.code,
                    required: r.forecast.required,
                    likely: r.forecast.likely,
                  }))}
                  margin={{ left: 8, right: 24 }}
                >
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={120} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="required" name={t('forecast.required')} fill="#91caff" />
                  <Bar dataKey="likely" name={t('forecast.likely')} fill="#1677ff" />
                </BarChart>
              </ResponsiveContainer>
            }
          />
        </>
      )}
    </Flex>
  );
}
