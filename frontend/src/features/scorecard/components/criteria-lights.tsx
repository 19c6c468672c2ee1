import { Alert, Card, Flex, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';

import { StateTag, TrafficLight, useVocabulary, VerdictTag } from '@/components/ntm-tags';
import { SectionTitle } from '@/components/section-title';
import { useLanguage } from '@/hooks/use-language';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';
import { explanationText, needText, ruleText, thresholdText } from '@/utils/need-text';

import type { CriterionEvaluation, LatestAssessment } from '../api/get-scorecard';
import { scorecardTexts } from '../i18n';

type SetHeader = components['schemas']['CriteriaSetHeader'];
type IndicatorEvaluation = components['schemas']['IndicatorEvaluation'];

/**
 * One criteria set's latest assessment: criterion by criterion as a traffic light, each criterion's
 * indicators (threshold, how the value was judged, what is needed), then the gap to the standard.
 */
export function CriteriaLights({
  latest,
  header,
  assessmentLink,
}: {
  latest: LatestAssessment;
  header: SetHeader | undefined;
  /** Where the user's role opens the assessment, if at all. */
  assessmentLink: ((id: number) => string) | null;
}) {
  const t = useTexts(scorecardTexts);
  const [lang] = useLanguage();
  const { label } = useVocabulary();
  const a = latest.assessment;
  const ev = latest.evaluation;
  const setName =
    (lang === 'en' ? header?.nameEn : header?.nameVi) ?? header?.nameVi ?? latest.criteriaSetCode;
  const gap = ev?.gap;
  return (
    <Card
      title={
        <SectionTitle>
          {t('assessments.setLine', {
            name: setName,
            version: latest.criteriaSetVersion,
            legal: header?.legalNumber ?? latest.criteriaSetCode,
          })}
        </SectionTitle>
      }
      style={{ marginBottom: 16 }}
    >
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t('assessments.year', { year: a?.year })}</Typography.Text>
        <StateTag state={a?.state} />
        <Typography.Text>
          {t('assessments.score', { met: ev?.criteriaMet ?? 0, total: ev?.criteriaTotal ?? 0 })}
        </Typography.Text>
        {ev?.standardReached ? (
          <TrafficLight status="MET" kind="criterion" />
        ) : (
          <Typography.Text type="danger">
            {t('assessments.notReached', { count: gap?.criteriaStillNeeded ?? 0 })}
          </Typography.Text>
        )}
        {ev?.criteriaAgreed ? (
          <Typography.Text type="secondary">
            {t('assessments.agreed', { count: ev.criteriaAgreed })}
          </Typography.Text>
        ) : null}
        {assessmentLink && a?.id ? (
          <Link to={assessmentLink(a.id)}>{t('assessments.open')}</Link>
        ) : null}
      </Flex>
      {ev?.rule ? (
        <Typography.Paragraph type="secondary">
          {t('assessments.required', { rule: ruleText(ev.rule, lang) })} · {t('assessments.legend')}
        </Typography.Paragraph>
      ) : null}
      <Table<CriterionEvaluation>
        size="small"
        rowKey={(c) => c.code ?? ''}
        dataSource={[...(ev?.criteria ?? [])]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (criterion) => (
            <IndicatorTable indicators={criterion.indicators ?? []} />
          ),
          rowExpandable: (criterion) => (criterion.indicators?.length ?? 0) > 0,
        }}
        columns={[
          {
            key: 'criterion',
            title: t('assessments.criterion'),
            render: (_, c) => (
              <span>
                <strong>{c.code}.</strong> {c.nameVi}
              </span>
            ),
          },
          {
            key: 'status',
            title: t('assessments.status'),
            render: (_, c) => <TrafficLight status={c.status} kind="criterion" />,
          },
          {
            key: 'indicators',
            title: t('assessments.indicators'),
            align: 'right',
            render: (_, c) => `${c.indicatorsMet ?? 0}/${c.indicatorsTotal ?? 0}`,
          },
          {
            key: 'department',
            title: t('assessments.department'),
            render: (_, c) => label('department', c.departmentCode),
          },
          {
            key: 'verdict',
            title: t('assessments.verdict'),
            render: (_, c) => <VerdictTag verdict={c.verdict} />,
          },
        ]}
      />
      <GapBlock gap={gap} />
    </Card>
  );
}

function IndicatorTable({ indicators }: { indicators: readonly IndicatorEvaluation[] }) {
  const t = useTexts(scorecardTexts);
  const [lang] = useLanguage();
  return (
    <Table<IndicatorEvaluation>
      size="small"
      rowKey={(i) => i.code ?? ''}
      dataSource={[...indicators]}
      pagination={false}
      columns={[
        {
          key: 'indicator',
          title: t('assessments.indicator'),
          render: (_, i) => (
            <span>
              <strong>{i.code}</strong> {i.nameVi}
            </span>
          ),
        },
        {
          key: 'threshold',
          title: t('assessments.threshold'),
          render: (_, i) => (i.threshold ? thresholdText(i.threshold, lang) : '—'),
        },
        {
          key: 'status',
          title: t('assessments.status'),
          render: (_, i) => <TrafficLight status={i.status} kind="indicator" />,
        },
        {
          key: 'judged',
          title: t('assessments.judged'),
          render: (_, i) => explanationText(i.explanation, lang),
        },
        {
          key: 'need',
          title: t('assessments.need'),
          render: (_, i) => needText(i.need, lang) || '—',
        },
      ]}
    />
  );
}

function GapBlock({ gap }: { gap: components['schemas']['Gap'] | undefined }) {
  const t = useTexts(scorecardTexts);
  const [lang] = useLanguage();
  const unmet = gap?.unmetCriteria ?? [];
  if (unmet.length === 0) {
    return <Alert type="success" showIcon title={t('gap.none')} style={{ marginTop: 16 }} />;
  }
  return (
    <section aria-label={t('gap.title')} style={{ marginTop: 16 }}>
      <SectionTitle level={3}>{t('gap.title')}</SectionTitle>
      <Typography.Paragraph style={{ marginTop: 8 }}>{t('gap.intro')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20 }}>
        {unmet.map((c) => (
          <li key={c.code} style={{ marginBottom: 8 }}>
            <Space wrap>
              <strong>
                {c.code}. {c.nameVi}
              </strong>
              <TrafficLight status={c.status} kind="criterion" />
            </Space>
            <ul style={{ paddingInlineStart: 20 }}>
              {(c.needs ?? []).map((n) => (
                <li key={n.indicatorCode}>
                  <strong>{n.indicatorCode}</strong>: {needText(n.need, lang)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
