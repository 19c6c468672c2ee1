import { Link } from 'react-router';
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
import { useVocabulary } from '@/components/ntm-tags';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import { dashboardTexts } from '../i18n';

type DistrictLevels = components['schemas']['DistrictLevels'];

export const LEVELS = ['ADVANCED', 'BASIC', 'NONE'] as const;
const COLOURS: Record<(typeof LEVELS)[number] | 'MODEL', string> = {
  MODEL: '#722ed1',
  ADVANCED: '#d4b106',
  BASIC: '#52c41a',
  NONE: '#bfbfbf',
};

type Row = {
  code: string;
  name: string;
  total: number;
  MODEL: number;
  ADVANCED: number;
  BASIC: number;
  NONE: number;
};

/** Communes by level in each district: stacked bars, and the same as a table with links to the lists. */
export function LevelsChart({
  districts,
  year,
  referenceDate,
}: {
  districts: readonly DistrictLevels[];
  year: number;
  referenceDate: string | undefined;
}) {
  const t = useTexts(dashboardTexts);
  const format = useFormat();
  const { label } = useVocabulary();
  const canOpenList = useCan('communes:view');
  const rows: Row[] = districts.map((d) => ({
    code: d.districtCode ?? '',
    name: d.districtName ?? t('levels.twoTier'),
    total: d.communes ?? 0,
    MODEL: d.communesByLevel?.MODEL ?? 0,
    ADVANCED: d.communesByLevel?.ADVANCED ?? 0,
    BASIC: d.communesByLevel?.BASIC ?? 0,
    NONE: d.communesByLevel?.NONE ?? 0,
  }));
  const levels = rows.some((r) => r.MODEL > 0) ? (['MODEL', ...LEVELS] as const) : LEVELS;
  const sum = (key: keyof Omit<Row, 'code' | 'name'>) => rows.reduce((s, r) => s + r[key], 0);
  const totalRow: Row = {
    code: '__total',
    name: t('levels.totalRow'),
    total: sum('total'),
    MODEL: sum('MODEL'),
    ADVANCED: sum('ADVANCED'),
    BASIC: sum('BASIC'),
    NONE: sum('NONE'),
  };
  const cell = (row: Row, level: string, value: number) =>
    canOpenList && row.code && row.code !== '__total' && value > 0 ? (
      <Link to={`${paths.communes}?year=${year}&district=${row.code}&level=${level}`}>
        {format.number(value)}
      </Link>
    ) : (
      format.number(value)
    );

  return (
    <ChartWithTable
      title={t('levels.title')}
      description={
        referenceDate ? t('levels.description', { date: format.date(referenceDate) }) : null
      }
      rows={[...rows, totalRow]}
      rowKey={(row) => row.code || row.name}
      columns={[
        {
          key: 'name',
          title: t('levels.district'),
          render: (row) =>
            canOpenList && row.code && row.code !== '__total' ? (
              <Link to={`${paths.communes}?year=${year}&district=${row.code}`}>{row.name}</Link>
            ) : (
              row.name
            ),
        },
        ...levels.map((level) => ({
          key: level,
          title: label('level', level),
          numeric: true,
          render: (row: Row) => cell(row, level, row[level]),
        })),
        {
          key: 'total',
          title: t('levels.total'),
          numeric: true,
          render: (row) => format.number(row.total),
        },
      ]}
      chart={
        <ResponsiveContainer
          width="100%"
          height={Math.max(220, rows.length * 30 + 60)}
          initialDimension={{ width: 800, height: 400 }}
        >
          <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tickFormatter={(v: number) => format.number(v)}
            />
            <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => format.number(Number(value))} />
            <Legend />
            {levels.map((level) => (
              <Bar
                key={level}
                dataKey={level}
                name={label('level', level)}
                stackId="levels"
                fill={COLOURS[level]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}
