import { Card, Col, Descriptions, Result, Row, Statistic } from 'antd';

import { DegradedAlert, isDegraded } from '@/components/degraded-alert';
import { ListError, ListLoading } from '@/components/list-state';
import { LevelTag, StateTag } from '@/components/ntm-tags';
import { PageHeader } from '@/components/page-header';
import { SectionTitle } from '@/components/section-title';
import { YearSelect } from '@/components/year-select';
import { LAST_DISTRICT_YEAR } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useYearParam } from '@/hooks/use-year-param';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useDistrictDashboard } from '../api/get-district-dashboard';
import { communesTexts } from '../i18n';

import { communeRows } from './commune-rows';
import { CommuneTable } from './commune-table';

const LEVELS = ['ADVANCED', 'BASIC', 'NONE'] as const;
const STATES = [
  'DRAFT',
  'RETURNED',
  'SUBMITTED',
  'IN_APPRAISAL',
  'APPRAISED',
  'RECOGNISED',
  'NONE',
] as const;

/** A district officer's first screen: its communes by level and by assessment state, funding, and the list. */
export function DistrictDashboard() {
  const t = useTexts(communesTexts);
  const format = useFormat();
  const user = useUser();
  const [year, setYear] = useYearParam(LAST_DISTRICT_YEAR);
  const query = useDistrictDashboard(user.districtCode, year);
  const dashboard = query.data;
  const header = (
    <PageHeader
      title={t('district.title')}
      description={dashboard ? t('district.intro', { name: dashboard.districtName, year }) : null}
      extra={
        <YearSelect
          label={t('filters.year')}
          value={year}
          onChange={setYear}
          lastYear={LAST_DISTRICT_YEAR}
        />
      }
    />
  );
  if (!user.districtCode) {
    return (
      <>
        {header}
        <Result status="warning" title={t('district.noDistrict')} />
      </>
    );
  }
  const rows = dashboard ? communeRows(dashboard) : [];
  const funding = dashboard?.fundingTotal;
  return (
    <>
      {header}
      {query.isPending ? <ListLoading /> : null}
      {query.isError ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {dashboard ? (
        <>
          <DegradedAlert degraded={dashboard.degraded} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('district.communes')}
                  value={rows.length}
                  formatter={(v) => format.number(Number(v))}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('district.pilots')} value={dashboard.pilots?.length ?? 0} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card>
                <Statistic
                  title={t('district.funding')}
                  value={
                    funding && !isDegraded(dashboard.degraded, 'funding')
                      ? format.money(funding.disbursed ?? 0, { unit: 'million' })
                      : t('district.fundingUnavailable')
                  }
                />
                {funding ? (
                  <span style={{ color: 'rgba(0,0,0,0.55)' }}>
                    {t('district.fundingOf', {
                      planned: format.money(funding.planned ?? 0, { unit: 'million' }),
                    })}
                  </span>
                ) : null}
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} md={12}>
              <Card title={<SectionTitle>{t('district.byLevel')}</SectionTitle>}>
                <Descriptions
                  column={1}
                  size="small"
                  items={LEVELS.map((level) => ({
                    key: level,
                    label: <LevelTag level={level} />,
                    children: format.number(dashboard.communesByLevel?.[level] ?? 0),
                  }))}
                />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title={<SectionTitle>{t('district.byState')}</SectionTitle>}>
                <Descriptions
                  column={{ xs: 1, sm: 2 }}
                  size="small"
                  items={STATES.map((state) => ({
                    key: state,
                    label: <StateTag state={state} />,
                    children: format.number(dashboard.latestAssessmentsByState?.[state] ?? 0),
                  }))}
                />
              </Card>
            </Col>
          </Row>
          <Card title={<SectionTitle>{t('district.communeTable')}</SectionTitle>}>
            <CommuneTable
              rows={rows}
              year={year}
              showDistrict={false}
              caption={t('list.count', { shown: rows.length, total: rows.length })}
            />
          </Card>
        </>
      ) : null}
    </>
  );
}
