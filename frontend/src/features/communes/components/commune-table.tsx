import { CheckCircleFilled } from '@ant-design/icons';
import { Table, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';

import { LevelTag, PilotTag, StateTag } from '@/components/ntm-tags';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import { communesTexts } from '../i18n';

import { LEVEL_ORDER, STATE_ORDER, type CommuneRow } from './commune-rows';

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Communes with level, latest assessment and criteria met; sortable; each linked to its scorecard. */
export function CommuneTable({
  rows,
  year,
  showDistrict,
  loading,
  caption,
}: {
  rows: readonly CommuneRow[];
  year: number;
  showDistrict: boolean;
  loading?: boolean;
  caption: string;
}) {
  const t = useTexts(communesTexts);
  const format = useFormat();
  const canOpenAssessment = useCan('assessments:view');
  const showFunding = rows.some((row) => row.disbursed !== null);
  return (
    <Table<CommuneRow>
      size="small"
      loading={loading}
      rowKey={(row) => `${row.districtCode}-${row.code}`}
      dataSource={[...rows]}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('table.empty') }}
      title={() => <Typography.Text type="secondary">{caption}</Typography.Text>}
      columns={[
        {
          key: 'name',
          title: t('table.commune'),
          sorter: (a, b) => byText(a.name, b.name),
          defaultSortOrder: showDistrict ? undefined : 'ascend',
          render: (_, row) => (
            <span>
              <Link
                to={`${paths.commune(row.code)}?year=${year}`}
                aria-label={t('table.openScorecard', { name: row.name })}
              >
                {row.name}
              </Link>{' '}
              <Typography.Text type="secondary">{row.code}</Typography.Text>{' '}
              {row.pilot ? <PilotTag /> : null}
            </span>
          ),
        },
        ...(showDistrict
          ? [
              {
                key: 'district',
                title: t('table.district'),
                sorter: (a: CommuneRow, b: CommuneRow) => byText(a.districtName, b.districtName),
                defaultSortOrder: 'ascend' as const,
                render: (_: unknown, row: CommuneRow) => row.districtName,
              },
            ]
          : []),
        {
          key: 'level',
          title: t('table.level'),
          sorter: (a, b) => (LEVEL_ORDER[a.level] ?? 0) - (LEVEL_ORDER[b.level] ?? 0),
          render: (_, row) => <LevelTag level={row.level} />,
        },
        {
          key: 'latest',
          title: t('table.latest'),
          sorter: (a, b) =>
            (STATE_ORDER[a.latestState ?? ''] ?? 0) - (STATE_ORDER[b.latestState ?? ''] ?? 0),
          render: (_, row) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              <StateTag state={row.latestState} />
              {row.assessmentYear ? `${row.assessmentYear} ` : null}
              {canOpenAssessment && row.latestAssessmentId ? (
                <Link to={paths.assessment(row.latestAssessmentId)}>
                  {t('table.openAssessment')}
                </Link>
              ) : null}
            </span>
          ),
        },
        {
          key: 'criteria',
          title: <Tooltip title={t('table.criteriaHelp')}>{t('table.criteria')}</Tooltip>,
          align: 'right',
          sorter: (a, b) => (a.criteriaMet ?? -1) - (b.criteriaMet ?? -1),
          render: (_, row) =>
            row.criteriaTotal ? (
              <span style={{ whiteSpace: 'nowrap' }}>
                {row.criteriaMet ?? 0}/{row.criteriaTotal}
                {row.standardReached ? (
                  <Tooltip title={t('table.standard')}>
                    <CheckCircleFilled
                      style={{ color: '#389e0d', marginInlineStart: 4 }}
                      aria-label={t('table.standard')}
                    />
                  </Tooltip>
                ) : null}
                {row.criteriaAgreed ? (
                  <Typography.Text type="secondary">
                    {' '}
                    ({t('table.agreed', { count: row.criteriaAgreed })})
                  </Typography.Text>
                ) : null}
              </span>
            ) : (
              '—'
            ),
        },
        ...(showFunding
          ? [
              {
                key: 'disbursed',
                title: t('table.disbursed'),
                align: 'right' as const,
                sorter: (a: CommuneRow, b: CommuneRow) => (a.disbursed ?? 0) - (b.disbursed ?? 0),
                render: (_: unknown, row: CommuneRow) =>
                  row.disbursed === null ? '—' : format.moneyAmount(row.disbursed, 'million'),
              },
            ]
          : []),
      ]}
    />
  );
}
