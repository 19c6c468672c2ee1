import { Flex, Select, Space, Typography } from 'antd';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';

import { DegradedAlert, isDegraded } from '@/components/degraded-alert';
import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { LevelTag, PilotTag } from '@/components/ntm-tags';
import { PageHeader } from '@/components/page-header';
import { SectionTitle } from '@/components/section-title';
import { paths } from '@/config/paths';
import { FIRST_YEAR, LAST_DISTRICT_YEAR, referenceDateOf } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useScorecard, type UnitDetail } from '../api/get-scorecard';
import { scorecardTexts } from '../i18n';

import { CriteriaLights } from './criteria-lights';
import { FundingReceived } from './funding-received';
import { OpenObstacles } from './open-obstacles';
import { RecognitionHistory } from './recognition-history';

const RANK: Record<string, number> = { BASIC: 1, ADVANCED: 2, MODEL: 3 };

/** The highest level the unit itself holds (never a predecessor's). */
function ownLevel(unit: UnitDetail): string {
  let best = 'NONE';
  for (const r of unit.recognitions ?? []) {
    if (r.revocation?.revokedOn || !r.level) continue;
    if ((RANK[r.level] ?? 0) > (RANK[best] ?? 0)) best = r.level;
  }
  return best;
}

/** `?year=2020` shows the unit as it was at the end of 2020 (codes were reused in 2025); none: today. */
function useAsOf(): [number | null, (year: number | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('year'));
  const year =
    Number.isInteger(raw) && raw >= FIRST_YEAR && raw <= new Date().getFullYear() ? raw : null;
  const setYear = (next: number | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === null) copy.delete('year');
        else copy.set('year', String(next));
        return copy;
      },
      { replace: true },
    );
  return [year, setYear];
}

/**
 * A commune's scorecard: criterion-by-criterion traffic light of its latest assessment of each set,
 * the gap and what each missing indicator needs, recognitions (its own, and its predecessors' as
 * theirs) and lineage, funding received, open obstacles.
 */
export function CommuneScorecard({ code, own = false }: { code: string; own?: boolean }) {
  const t = useTexts(scorecardTexts);
  const format = useFormat();
  const [year, setYear] = useAsOf();
  const query = useScorecard(code, year === null ? undefined : referenceDateOf(year));
  const canList = useCan('communes:view');
  const canAssessments = useCan('assessments:view');
  const canAppraisal = useCan('appraisal:view');
  const selectId = useId();
  const assessmentLink = canAssessments
    ? paths.assessment
    : canAppraisal
      ? paths.appraisalOf
      : null;
  const scorecard = query.data;
  const unit = scorecard?.unit;

  const yearSelect = (
    <Space>
      <Typography.Text id={selectId}>{t('at')}</Typography.Text>
      <Select<number | 'today'>
        aria-labelledby={selectId}
        style={{ width: 150 }}
        value={year ?? 'today'}
        onChange={(v) => setYear(v === 'today' ? null : v)}
        options={[
          { value: 'today' as const, label: t('today') },
          ...Array.from(
            { length: LAST_DISTRICT_YEAR - FIRST_YEAR + 1 },
            (_, i) => LAST_DISTRICT_YEAR - i,
          ).map((y) => ({ value: y, label: t('yearEnd', { year: y }) })),
        ]}
      />
    </Space>
  );

  return (
    <>
      <PageHeader
        title={unit?.name ?? (own ? t('myCommune') : t('title'))}
        description={
          unit ? (
            <Flex wrap gap="small" align="center" component="span">
              <span>{t('unitLine', { code: unit.code, parent: unit.parent?.name ?? '' })}</span>
              <span>
                ·{' '}
                {t('validity', {
                  from: unit.validFrom ? format.date(unit.validFrom) : t('validFromStart'),
                  to: unit.validTo ? format.date(unit.validTo) : t('validToOpen'),
                })}
              </span>
              <span>·</span>
              <span>{t('levelNow')}</span>
              <LevelTag level={ownLevel(unit)} />
              {unit.pilot?.designated ? <PilotTag /> : null}
            </Flex>
          ) : null
        }
        extra={
          <>
            {yearSelect}
            {canList && !own ? <Link to={paths.communes}>{t('back')}</Link> : null}
          </>
        }
      />
      {query.isPending ? <ListLoading /> : null}
      {query.isError ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {scorecard ? (
        <>
          <DegradedAlert degraded={scorecard.degraded} />
          <section aria-label={t('assessments.title')}>
            <div style={{ marginBottom: 12 }}>
              <SectionTitle>{t('assessments.title')}</SectionTitle>
            </div>
            {(scorecard.latestAssessments ?? []).length === 0 ? (
              isDegraded(scorecard.degraded, 'assessment') ? null : (
                <ListEmpty description={t('assessments.empty')} />
              )
            ) : (
              (scorecard.latestAssessments ?? []).map((latest) => (
                <CriteriaLights
                  key={`${latest.criteriaSetCode}-${latest.criteriaSetVersion}`}
                  latest={latest}
                  header={scorecard.criteriaSets?.find(
                    (s) =>
                      s.code === latest.criteriaSetCode && s.version === latest.criteriaSetVersion,
                  )}
                  assessmentLink={assessmentLink}
                />
              ))
            )}
          </section>
          {unit ? <RecognitionHistory unit={unit} /> : null}
          <FundingReceived
            funding={scorecard.funding}
            unavailable={isDegraded(scorecard.degraded, 'funding')}
          />
          <OpenObstacles obstacles={scorecard.openObstacles ?? []} />
        </>
      ) : null}
    </>
  );
}
