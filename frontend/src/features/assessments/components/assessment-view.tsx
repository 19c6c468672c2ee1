import { Alert, Descriptions, Flex, Result, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ListError, ListLoading } from '@/components/list-state';
import { StateTag } from '@/components/ntm-tags';
import { PageHeader } from '@/components/page-header';
import { useFormat } from '@/hooks/use-format';
import { isApiProblem } from '@/lib/api-problem';
import { canEditValues, inEditingScope, isEditableState } from '@/lib/auth/assessment-scope';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useAssessment, type Assessment } from '../api/get-assessment';
import { useCriteriaVersion } from '../api/get-criteria-version';
import { assessmentsTexts } from '../i18n';

import { EntryForm } from './entry-form';
import { ExcelPanel } from './excel-panel';
import { useAutosave } from './use-autosave';

type Slots = {
  /** Workflow buttons for this user on this assessment (submit, return, recognise). */
  actions?: (assessment: Assessment) => ReactNode;
  /** The appraisal tab (verdicts; a department's own criteria). */
  appraisal?: (assessment: Assessment) => ReactNode;
  /** The audit timeline. */
  history?: (assessment: Assessment) => ReactNode;
  defaultTab?: 'entry' | 'appraisal' | 'history';
};

/** One assessment: header with its state and score, then values, appraisal and history as tabs. */
export function AssessmentView({ id, ...slots }: { id: number } & Slots) {
  const { t: shared } = useTranslation();
  const query = useAssessment(id);
  if (query.isPending) return <ListLoading />;
  if (query.isError) {
    if (isApiProblem(query.error) && (query.error.status === 403 || query.error.status === 404)) {
      const forbidden = query.error.status === 403;
      return (
        <Result
          status={forbidden ? '403' : '404'}
          title={
            <h1 className="ntm-result-title">
              {forbidden ? shared('errors.forbiddenTitle') : shared('errors.notFoundTitle')}
            </h1>
          }
          subTitle={query.error.detail ?? query.error.title}
        />
      );
    }
    return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <Loaded assessment={query.data} {...slots} />;
}

function Loaded({
  assessment,
  actions,
  appraisal,
  history,
  defaultTab = 'entry',
}: { assessment: Assessment } & Slots) {
  const t = useTexts(assessmentsTexts);
  const format = useFormat();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const version = useCriteriaVersion(
    assessment.criteriaSet?.code ?? undefined,
    assessment.criteriaSet?.version ?? undefined,
  );
  const autosave = useAutosave(assessment);
  const editable = canEditValues(user, assessment);
  const ev = assessment.evaluation;
  const tab = params.get('tab') ?? defaultTab;

  const readOnlyWhy =
    !editable && inEditingScope(user, assessment) && !isEditableState(assessment.state)
      ? t('detail.readOnlyState', { state: assessment.state ?? '' })
      : null;

  const entryTab = (
    <>
      {readOnlyWhy ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('detail.readOnly', { why: readOnlyWhy })}
        />
      ) : null}
      <ExcelPanel assessmentId={assessment.id ?? 0} editable={editable} autosave={autosave} />
      {version.isPending ? <ListLoading /> : null}
      {version.isError ? (
        <ListError error={version.error} onRetry={() => void version.refetch()} />
      ) : null}
      {version.data ? (
        <EntryForm
          assessment={assessment}
          version={version.data}
          editable={editable}
          autosave={autosave}
        />
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('detail.title', {
          name: assessment.unitName ?? assessment.unitCode,
          year: assessment.year,
        })}
        description={
          <Flex wrap gap="small" align="center" component="span">
            <StateTag state={assessment.state} />
            <span>
              {t('detail.setLine', {
                name: assessment.criteriaSet?.nameVi ?? assessment.criteriaSet?.code,
                version: assessment.criteriaSet?.version,
              })}
            </span>
          </Flex>
        }
        extra={actions ? actions(assessment) : null}
      />
      {assessment.state === 'RETURNED' && assessment.returnReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('detail.returned')}
          description={t('detail.returnedBody', { reason: assessment.returnReason })}
        />
      ) : null}
      {assessment.state === 'RECOGNISED' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('detail.recognised')}
        />
      ) : null}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 4 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'score',
            label: t('detail.score'),
            children: (
              <span data-testid="assessment-score">
                {t('detail.scoreValue', {
                  met: ev?.criteriaMet ?? 0,
                  total: ev?.criteriaTotal ?? 0,
                })}
                {' — '}
                {ev?.standardReached
                  ? t('detail.reached')
                  : t('detail.notReached', { count: ev?.gap?.criteriaStillNeeded ?? 0 })}
              </span>
            ),
          },
          { key: 'agreed', label: t('detail.agreed'), children: ev?.criteriaAgreed ?? 0 },
          { key: 'round', label: t('detail.round'), children: assessment.round ?? 1 },
          {
            key: 'missing',
            label: t('detail.missingLabel'),
            children: ev?.indicatorsMissing ?? 0,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {assessment.createdBy && assessment.createdAt
          ? t('detail.createdBy', {
              by: assessment.createdBy,
              at: format.dateTime(assessment.createdAt),
            })
          : null}
        {assessment.submittedBy && assessment.submittedAt
          ? ` · ${t('detail.submittedBy', { by: assessment.submittedBy, at: format.dateTime(assessment.submittedAt) })}`
          : null}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (current) => {
              const copy = new URLSearchParams(current);
              copy.set('tab', key);
              return copy;
            },
            { replace: true },
          )
        }
        items={[
          { key: 'entry', label: t('detail.tabEntry'), children: entryTab },
          ...(appraisal
            ? [
                {
                  key: 'appraisal',
                  label: t('detail.tabAppraisal'),
                  children: appraisal(assessment),
                },
              ]
            : []),
          ...(history
            ? [{ key: 'history', label: t('detail.tabHistory'), children: history(assessment) }]
            : []),
        ]}
      />
    </>
  );
}
