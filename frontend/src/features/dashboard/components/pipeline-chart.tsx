import { Link } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';

import { ChartWithTable } from '@/components/chart-with-table';
import { useVocabulary } from '@/components/ntm-tags';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import { dashboardTexts } from '../i18n';

export const PIPELINE = [
  'DRAFT',
  'SUBMITTED',
  'IN_APPRAISAL',
  'APPRAISED',
  'RECOGNISED',
  'RETURNED',
] as const;
const COLOURS: Record<string, string> = {
  DRAFT: '#8c8c8c',
  SUBMITTED: '#1677ff',
  IN_APPRAISAL: '#2f54eb',
  APPRAISED: '#13c2c2',
  RECOGNISED: '#389e0d',
  RETURNED: '#fa8c16',
};

/** How many of the year's assessments sit in each workflow state, in workflow order. */
export function PipelineChart({ counts, year }: { counts: Record<string, number>; year: number }) {
  const t = useTexts(dashboardTexts);
  const format = useFormat();
  const { label } = useVocabulary();
  const canOpenList = useCan('assessments:view');
  const extra = Object.keys(counts).filter((s) => !(PIPELINE as readonly string[]).includes(s));
  const rows = [...PIPELINE, ...extra].map((state) => ({
    state,
    name: label('state', state),
    count: counts[state] ?? 0,
  }));
  return (
    <ChartWithTable
      title={t('pipeline.title')}
      description={t('pipeline.description', { year })}
      rows={rows}
      rowKey={(row) => row.state}
      columns={[
        {
          key: 'state',
          title: t('pipeline.state'),
          render: (row) =>
            canOpenList && row.count > 0 ? (
              <Link to={`${paths.assessments}?year=${year}&state=${row.state}`}>{row.name}</Link>
            ) : (
              row.name
            ),
        },
        {
          key: 'count',
          title: t('pipeline.count'),
          numeric: true,
          render: (row) => format.number(row.count),
        },
      ]}
      chart={
        <ResponsiveContainer
          width="100%"
          height={rows.length * 36 + 50}
          initialDimension={{ width: 500, height: 280 }}
        >
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tickFormatter={(v: number) => format.number(v)}
            />
            <YAxis type="category" dataKey="name" width={130} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => format.number(Number(value))} />
            <Bar
              dataKey="count"
              name={t('pipeline.count')}
              isAnimationActive={false}
              shape={(bar: BarShapeProps) => (
                <Rectangle
                  {...bar}
                  fill={COLOURS[(bar.payload as { state: string }).state] ?? '#8c8c8c'}
                />
              )}
            />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}
