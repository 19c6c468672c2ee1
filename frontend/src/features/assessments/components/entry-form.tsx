import { Alert, Button, Collapse, Flex, Space, Typography } from 'antd';

import { TrafficLight, useVocabulary, VerdictTag } from '@/components/ntm-tags';
import { useLanguage } from '@/hooks/use-language';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import type { Assessment } from '../api/get-assessment';
import type { CriteriaSetVersion, IndicatorDocument } from '../api/get-criteria-version';
import { assessmentsTexts } from '../i18n';

import { EvidenceList } from './evidence-list';
import { IndicatorField } from './indicator-field';
import { serverEntry, type Autosave } from './use-autosave';

type ThresholdDocument = components['schemas']['ThresholdDocument'];

function thresholdFor(
  doc: IndicatorDocument,
  communeClass: string | null | undefined,
): ThresholdDocument | undefined {
  const all = doc.thresholds ?? [];
  return (
    (communeClass ? all.find((t) => t.communeClass === communeClass) : undefined) ??
    all.find((t) => !t.communeClass)
  );
}

/**
 * The values of an assessment, group → criterion → indicator as the set version lays them out,
 * with each criterion's traffic light and each indicator's field. Read-only when the user may not
 * edit (or the state does not allow it).
 */
export function EntryForm({
  assessment,
  version,
  editable,
  autosave,
}: {
  assessment: Assessment;
  version: CriteriaSetVersion;
  editable: boolean;
  autosave: Autosave;
}) {
  const t = useTexts(assessmentsTexts);
  const [lang] = useLanguage();
  const { label } = useVocabulary();
  const id = assessment.id ?? 0;
  const criteria = new Map((assessment.evaluation?.criteria ?? []).map((c) => [c.code ?? '', c]));
  const verdicts = new Map((assessment.verdicts ?? []).map((v) => [v.criterionCode ?? '', v]));
  const drafts = Object.keys(autosave.drafts);
  const restored = drafts.filter((code) => {
    const state = autosave.states[code];
    return state?.kind === 'failed';
  });
  const notice = autosave.notice;
  const name = (o: { nameVi?: string | null; nameEn?: string | null }) =>
    (lang === 'en' ? o.nameEn : o.nameVi) ?? o.nameVi ?? '';

  return (
    <div>
      {editable ? <Typography.Paragraph>{t('entry.intro')}</Typography.Paragraph> : null}
      {notice ? (
        <Alert
          type={notice.kind === 'reloaded' ? 'info' : 'warning'}
          showIcon
          closable={{ onClose: autosave.clearNotice }}
          role="alert"
          style={{ marginBottom: 16 }}
          title={
            notice.kind === 'reloaded'
              ? t('entry.reloaded', { code: notice.code })
              : notice.kind === 'conflict'
                ? t('entry.conflictNotice', { code: notice.code })
                : t('entry.notEditable', { detail: notice.detail ?? '' })
          }
        />
      ) : null}
      {editable && restored.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('entry.draftsTitle', { count: restored.length })}
          description={t('entry.draftsBody')}
          action={
            <Space orientation="vertical">
              <Button
                size="small"
                type="primary"
                onClick={() => restored.forEach((code) => void autosave.retry(code))}
              >
                {t('entry.saveAll')}
              </Button>
              <Button
                size="small"
                onClick={() => restored.forEach((code) => autosave.discard(code))}
              >
                {t('entry.discardAll')}
              </Button>
            </Space>
          }
        />
      ) : null}
      <Collapse
        defaultActiveKey={(version.groups ?? []).map((g) => g.code ?? '')}
        items={(version.groups ?? []).map((group) => ({
          key: group.code ?? '',
          label: <strong>{t('entry.group', { code: group.code, name: name(group) })}</strong>,
          children: (group.criteria ?? []).map((criterion) => {
            const evaluation = criteria.get(criterion.code ?? '');
            const indicators = new Map(
              (evaluation?.indicators ?? []).map((i) => [i.code ?? '', i]),
            );
            return (
              <section
                key={criterion.code}
                aria-label={`${criterion.code}. ${name(criterion)}`}
                data-criterion={criterion.code}
                style={{ marginBottom: 24 }}
              >
                <Flex justify="space-between" wrap gap="small" className="ntm-criterion-head">
                  <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                    {criterion.code}. {name(criterion)}
                  </Typography.Title>
                  <Space wrap>
                    <TrafficLight status={evaluation?.status} kind="criterion" />
                    <Typography.Text type="secondary">
                      {t('entry.indicatorsMet', {
                        met: evaluation?.indicatorsMet ?? 0,
                        total: evaluation?.indicatorsTotal ?? criterion.indicators?.length ?? 0,
                      })}
                    </Typography.Text>
                    <VerdictTag verdict={verdicts.get(criterion.code ?? '')?.verdict} />
                  </Space>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('entry.criterionDepartment', {
                    department: label('department', criterion.departmentCode),
                  })}
                </Typography.Text>
                <div style={{ marginTop: 8 }}>
                  {(criterion.indicators ?? []).map((doc) => {
                    const code = doc.code ?? '';
                    const entry = serverEntry(assessment, code);
                    return (
                      <div key={code} style={{ borderTop: '1px solid #f0f0f0', padding: '12px 0' }}>
                        <IndicatorField
                          doc={doc}
                          threshold={thresholdFor(doc, assessment.communeClass)}
                          evaluation={indicators.get(code)}
                          entry={entry}
                          state={autosave.states[code] ?? { kind: 'idle' }}
                          draft={autosave.drafts[code]}
                          editable={editable}
                          onSave={(input) => void autosave.save(code, input)}
                          onRetry={() => void autosave.retry(code)}
                          onDiscard={() => autosave.discard(code)}
                          evidence={
                            <EvidenceList
                              assessmentId={id}
                              indicatorCode={code}
                              files={entry?.evidence ?? []}
                              editable={editable}
                              autosave={autosave}
                            />
                          }
                        />
                      </div>
                    );
                  })}
                </div>
              </section>
            );
          }),
        }))}
      />
    </div>
  );
}
