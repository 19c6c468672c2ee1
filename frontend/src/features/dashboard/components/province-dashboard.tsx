import { Col, Row, Typography } from 'antd';

import { DegradedAlert, isDegraded } from '@/components/degraded-alert';
import { ListError, ListLoading } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { YearSelect } from '@/components/year-select';
import { referenceDateOf } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useUnitNames } from '@/hooks/use-unit-names';
import { useYearParam } from '@/hooks/use-year-param';
import { useTexts } from '@/lib/i18n/feature-texts';

import { stateCounts, useProvinceDashboard } from '../api/get-province-dashboard';
import { dashboardTexts } from '../i18n';

import { FundingChart } from './funding-chart';
import { LevelsChart } from './levels-chart';
import { PilotsTable } from './pilots-table';
import { PipelineChart } from './pipeline-chart';
import { TargetsSection } from './targets-section';

/**
 * The coordination office's first screen: the targets of plan 111 (and any other plan covering the
 * year) with their progress and the communes behind each number, communes by level per district,
 * the pilots, the assessment pipeline and funding by source. Parts the gateway could not fetch are
 * named in a warning and left empty, never drawn as zeros.
 */
export function ProvinceDashboard() {
  const t = useTexts(dashboardTexts);
  const format = useFormat();
  const [year, setYear] = useYearParam();
  const query = useProvinceDashboard(year);
  const districtNames = useUnitNames('DISTRICT', referenceDateOf(Math.min(year, 2025)));
  const dashboard = query.data;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro', { year })}
        extra={<YearSelect label={t('year')} value={year} onChange={setYear} />}
      />
      {query.isPending ? <ListLoading /> : null}
      {query.isError ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {dashboard ? (
        <>
          <DegradedAlert degraded={dashboard.degraded} />
          {dashboard.referenceDate ? (
            <Typography.Paragraph type="secondary">
              {t('referenceDate', { date: format.date(dashboard.referenceDate) })}
            </Typography.Paragraph>
          ) : null}
          <Row gutter={[16, 16]}>
            <Col span={24}>
              {isDegraded(dashboard.degraded, 'assessment') ? null : (
                <TargetsSection plans={dashboard.plans ?? []} year={year} />
              )}
            </Col>
            <Col xs={24} xl={14}>
              {dashboard.levelsByDistrict ? (
                <LevelsChart
                  districts={dashboard.levelsByDistrict}
                  year={year}
                  referenceDate={dashboard.referenceDate}
                />
              ) : null}
            </Col>
            <Col xs={24} xl={10}>
              {isDegraded(dashboard.degraded, 'assessment') ? null : (
                <PipelineChart counts={stateCounts(dashboard)} year={year} />
              )}
            </Col>
            <Col span={24}>
              {dashboard.pilots ? (
                <PilotsTable pilots={dashboard.pilots} year={year} districtNames={districtNames} />
              ) : null}
            </Col>
            <Col span={24}>
              <FundingChart
                rows={dashboard.fundingBySource}
                total={dashboard.fundingTotal}
                year={year}
                unavailable={isDegraded(dashboard.degraded, 'funding')}
              />
            </Col>
          </Row>
        </>
      ) : null}
    </>
  );
}
