import { Card, Table } from 'antd';
import { Link } from 'react-router';

import { LevelTag, StateTag } from '@/components/ntm-tags';
import { SectionTitle } from '@/components/section-title';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import { dashboardTexts } from '../i18n';

type CommuneLine = components['schemas']['CommuneLine'];

/** The plan's pilot communes (Chiềng Ban, Mường Sang, Chiềng Cọ), with level and latest assessment. */
export function PilotsTable({
  pilots,
  year,
  districtNames,
}: {
  pilots: readonly CommuneLine[];
  year: number;
  districtNames: Map<string, string>;
}) {
  const t = useTexts(dashboardTexts);
  const canOpen = useCan('communes:view');
  return (
    <Card title={<SectionTitle>{t('pilots.title')}</SectionTitle>}>
      <Table<CommuneLine>
        size="small"
        rowKey={(row) => row.unitCode ?? ''}
        dataSource={[...pilots]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('pilots.empty') }}
        columns={[
          {
            key: 'commune',
            title: t('pilots.commune'),
            render: (_, row) =>
              canOpen && row.unitCode ? (
                <Link to={`${paths.commune(row.unitCode)}?year=${year}`}>{row.unitName}</Link>
              ) : (
                row.unitName
              ),
          },
          {
            key: 'district',
            title: t('pilots.district'),
            render: (_, row) => districtNames.get(row.districtCode ?? '') ?? row.districtCode,
          },
          {
            key: 'level',
            title: t('pilots.level'),
            render: (_, row) => <LevelTag level={row.level} />,
          },
          {
            key: 'latest',
            title: t('pilots.latest'),
            render: (_, row) =>
              row.latestState ? (
                <>
                  <StateTag state={row.latestState} /> {row.assessmentYear}
                </>
              ) : (
                <StateTag state={null} />
              ),
          },
          {
            key: 'criteria',
            title: t('pilots.criteria'),
            align: 'right',
            render: (_, row) =>
              row.criteriaTotal ? `${row.criteriaMet ?? 0}/${row.criteriaTotal}` : '—',
          },
        ]}
      />
    </Card>
  );
}
